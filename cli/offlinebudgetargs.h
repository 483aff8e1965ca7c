#pragma once

#include "cli/cliargs.h"

namespace o2o {

/** An offline budget as the command line sets it; -1 in a field: no limit. */
struct OfflineBudgetArgs {
    qint64 maxCount = -1;
    qint64 maxValueMinor = -1;
    qint64 maxHours = -1;
};

/**
 * Reads --offline-max-count, --offline-max-value (an amount in currency) and --offline-max-hours over
 * budget: the options given replace its fields, -1 lifts a limit. Returns the message for the first wrong
 * one, leaving budget as it was; empty when all are fine. Shared by `o2o-terminal config` and
 * `o2o-sandbox settings`, so both take the same limits.
 */
QString readOfflineBudgetArgs(const CliArgs& args, const QString& currency, OfflineBudgetArgs& budget);

} // namespace o2o
