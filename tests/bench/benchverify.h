#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/**
 * The signed-code benchmark: a terminal holding `revoked` revoked voucher ids checks signed codes it
 * has never seen (signature, revocation lookup, usage lookup, rules), plain and rotating; then member
 * codes (signature, revocation lookup; some of them revoked).
 */
QJsonObject runVerifyBenchmark(const QString& workDir, qint64 revoked, int checks);

} // namespace o2o::bench
