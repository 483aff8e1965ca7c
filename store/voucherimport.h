#pragma once

#include "store/database.h"

#include <QIODevice>

namespace o2o {

struct ImportSummary {
    qint64 vouchers = 0;
};

/**
 * Imports voucher records, one JSON object per line (docs/voucher-records.md), all or nothing:
 * a single bad line refuses the whole file with its line number, and nothing is stored.
 */
[[nodiscard]] Result<ImportSummary> importVoucherLines(Database& db, QIODevice& input);

} // namespace o2o
