#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/**
 * The cache benchmark: import, check, redeem for n cached vouchers, each next to the bare SQLite
 * operation it is built on (bulk insert, point lookup, durable commit), measured in the same run.
 */
QJsonObject runCacheBenchmark(const QString& workDir, qint64 vouchers);

} // namespace o2o::bench
