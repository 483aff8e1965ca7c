#pragma once

#include "core/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace o2o::json {

/** One JSON object from a platform body; anything else (not JSON, cut short, an array) is an error. */
[[nodiscard]] Result<QJsonObject> parseObject(const QByteArray& body, const QString& what);

/**
 * Strict reading of a platform answer: a field that is missing or of the wrong type is noted (the first
 * one wins) and read as empty, so a whole object can be read and then judged once. Fields nobody asks
 * for are ignored: the platform may add fields within v1.
 */
class Reader {
public:
    explicit Reader(QJsonObject object, QString context = {})
        : m_object(std::move(object))
        , m_context(std::move(context)) {}

    QString string(QLatin1StringView name);
    /** A whole number a double holds exactly (|n| <= 2^53). */
    qint64 integer(QLatin1StringView name);
    /** As integer(), but missing or null gives fallback. */
    qint64 optionalInteger(QLatin1StringView name, qint64 fallback);
    /** As string(), but missing or null gives fallback. */
    QString optionalString(QLatin1StringView name, const QString& fallback = {});
    bool boolean(QLatin1StringView name);
    QJsonObject object(QLatin1StringView name);
    QJsonArray array(QLatin1StringView name);

    bool ok() const { return !m_error; }
    /** The first problem, as an Error: a bad body is retried later, so it is retryable. */
    Unexpected failure() const;

private:
    void bad(QLatin1StringView name, const char* expected);

    QJsonObject m_object;
    QString m_context;
    std::optional<QString> m_error;
};

} // namespace o2o::json
