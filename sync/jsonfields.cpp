#include "sync/jsonfields.h"

#include "core/jsoninteger.h"

#include <QJsonDocument>

namespace o2o::json {

Result<QJsonObject> parseObject(const QByteArray& body, const QString& what) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1: the body is not JSON or is cut short (%2 at byte %3)")
                        .arg(what, error.errorString())
                        .arg(error.offset),
                    true);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1: the body is not a JSON object").arg(what),
                    true);
    return doc.object();
}

void Reader::bad(QLatin1StringView name, const char* expected) {
    if (!m_error)
        m_error = QStringLiteral("'%1' is missing or not %2").arg(name).arg(QLatin1StringView(expected));
}

Unexpected Reader::failure() const {
    const QString what = m_context.isEmpty() ? QStringLiteral("the platform's answer") : m_context;
    return fail(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(what, m_error.value_or(QString())),
                true);
}

QString Reader::string(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (!v.isString())
        bad(name, "a string");
    return v.toString();
}

QString Reader::optionalString(QLatin1StringView name, const QString& fallback) {
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return string(name);
}

qint64 Reader::integer(QLatin1StringView name) {
    const std::optional<qint64> n = jsonInteger(m_object.value(name));
    if (!n)
        bad(name, "a whole number");
    return n.value_or(0);
}

qint64 Reader::optionalInteger(QLatin1StringView name, qint64 fallback) {
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return integer(name);
}

bool Reader::boolean(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (!v.isBool())
        bad(name, "true or false");
    return v.toBool();
}

QJsonObject Reader::object(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (!v.isObject())
        bad(name, "an object");
    return v.toObject();
}

QJsonArray Reader::array(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (!v.isArray())
        bad(name, "an array");
    return v.toArray();
}

} // namespace o2o::json
