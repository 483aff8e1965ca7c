#include "sandbox/jsonfields.h"

namespace o2o::sandbox {

bool readJsonInteger(const QJsonObject& object, const QString& key, qint64 fallback, qint64 min, qint64 max,
                     qint64& out) {
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        out = fallback;
        return true;
    }
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < double(min) || d > double(max) || d != double(qint64(d)))
        return false;
    out = qint64(d);
    return true;
}

} // namespace o2o::sandbox
