#pragma once

#include "store/dayreport.h"

#include <QByteArray>

namespace o2o {

/**
 * The report as one CSV table a spreadsheet opens cleanly: RFC 4180 (CRLF line ends, fields with commas,
 * quotes or line breaks quoted, quotes doubled), UTF-8 with a byte-order mark (without it Excel reads
 * UTF-8 as the local code page and garbles Chinese names). Columns: section, key, label, redemptions,
 * redemptions_value, uses, sales, sales_amount, voids, detail. A text cell starting with = + - @ gets a
 * leading apostrophe so that no spreadsheet runs it as a formula.
 */
QByteArray reportCsv(const DayReport& report);

} // namespace o2o
