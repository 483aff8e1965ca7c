#pragma once

#include "core/jsoninteger.h"

#include <QJsonObject>

namespace o2o::sandbox {

/**
 * Reads an optional whole number of a request body (core/jsoninteger.h): fractions and values outside
 * [min, max] are refused (false). A missing or null field gives fallback.
 */
bool readJsonInteger(const QJsonObject& object, const QString& key, qint64 fallback, qint64 min, qint64 max,
                     qint64& out);

} // namespace o2o::sandbox
