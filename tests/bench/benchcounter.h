#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/**
 * The counter's day: `audit verify` of a chain of auditEntries entries, and the commit time of sales
 * (one line, durable) against a bare durable commit of one row in the same database.
 */
QJsonObject runCounterBenchmark(const QString& workDir, int auditEntries, int sales);

} // namespace o2o::bench
