#pragma once

#include "core/voucherrecord.h"

#include <QList>
#include <QString>

namespace o2o {

/** Printable sheets of voucher QR codes: a PDF (A4, 12 a page) and a PNG of the first page. */
struct QrSheets {
    QByteArray pdf;
    QByteArray png;
};

/** Draws the sheets in memory, so the caller decides when and how they reach the disk. */
[[nodiscard]] Result<QrSheets> renderQrSheets(const QList<VoucherRecord>& vouchers);

} // namespace o2o
