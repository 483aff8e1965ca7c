#include "sandbox/jsonfields.h"

namespace o2o::sandbox {

bool readJsonInteger(const QJsonObject& object, const QString& key, qint64 fallback, qint64 min, qint64 max,
                     qint64& out) {
    const QJsonValue v = object.value(key);
    const std::optional<qint64> n = v.isUndefined() || v.isNull() ? fallback : jsonInteger(v, min, max);
    if (n)
        out = *n;
    return n.has_value();
}

} // namespace o2o::sandbox
