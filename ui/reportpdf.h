#pragma once

#include "core/error.h"
#include "store/dayreport.h"

#include <QByteArray>

namespace o2o {

/**
 * The report as a PDF a manager prints: A4, the store and the day on every page, the totals table, a
 * chart of redemptions and sales by hour, the breakdowns, voids and conflicts, "Page i of n". Text from
 * people (cashier names, deals) may be Chinese: the fonts fall back to the installed CJK font. Needs a
 * QGuiApplication (fonts).
 */
[[nodiscard]] Result<QByteArray> reportPdf(const DayReport& report, const QString& title);

} // namespace o2o
