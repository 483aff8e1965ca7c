#pragma once

#include <QJsonValue>
#include <optional>

namespace o2o {

/** The largest integer a JSON number (a double) holds exactly: the bound for times and amounts. */
inline constexpr qint64 kMaxJsonInteger = qint64(1) << 53;

/**
 * The whole number a JSON value holds, when it is a number without a fraction within [min, max];
 * nullopt for anything else (a string, a fraction, NaN, out of range). The one strict integer reader of
 * voucher records, platform answers and the platform's own request bodies.
 */
std::optional<qint64> jsonInteger(const QJsonValue& value, qint64 min = -kMaxJsonInteger,
                                  qint64 max = kMaxJsonInteger);

} // namespace o2o
