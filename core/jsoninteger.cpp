#include "core/jsoninteger.h"

#include <cmath>

namespace o2o {

std::optional<qint64> jsonInteger(const QJsonValue& value, qint64 min, qint64 max) {
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Compare as doubles before converting: a double beyond qint64 must not be cast at all.
    if (!std::isfinite(d) || std::trunc(d) != d || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

} // namespace o2o
