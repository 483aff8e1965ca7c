#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/**
 * The day report benchmark: a business day of n redemptions and m sales (with voids and conflicts)
 * reported as JSON and as PDF, each timed from opening the database to the bytes in memory.
 */
QJsonObject runDayBenchmark(const QString& workDir, int redemptions, int sales, bool keep);

} // namespace o2o::bench
