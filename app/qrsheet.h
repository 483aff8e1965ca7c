#pragma once

#include "core/voucherrecord.h"

#include <QList>
#include <QString>

namespace o2o {

/**
 * Writes printable sheets of voucher QR codes: a PDF (A4, 12 a page) and a PNG of the first page.
 * Returns the paths written, or an error naming the file that could not be written.
 */
[[nodiscard]] Result<QStringList> writeQrSheets(const QList<VoucherRecord>& vouchers,
                                                const QString& directory);

} // namespace o2o
