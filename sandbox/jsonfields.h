#pragma once

#include <QJsonObject>

namespace o2o::sandbox {

/**
 * Reads an optional whole number: JSON numbers are doubles, so fractions and values outside [min, max]
 * are refused (false). A missing or null field gives fallback.
 */
bool readJsonInteger(const QJsonObject& object, const QString& key, qint64 fallback, qint64 min, qint64 max,
                     qint64& out);

/** The largest integer a JSON number (a double) holds exactly: the bound for times and amounts. */
constexpr qint64 kMaxJsonInteger = qint64(1) << 53;

} // namespace o2o::sandbox
