#include "sandbox/httpreply.h"

#include <QDateTime>
#include <QJsonDocument>

namespace o2o::sandbox {

qint64 serverTimeMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

void replyJson(httplib::Response& res, int status, QJsonObject body) {
    body.insert(QStringLiteral("server_time_ms"), serverTimeMs());
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

QString errorCodeFor(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 409:
        return QStringLiteral("conflict");
    case 413:
        return QStringLiteral("too_large");
    case 429:
        return QStringLiteral("rate_limited");
    case 503:
        return QStringLiteral("unavailable");
    default:
        return status >= 500 ? QStringLiteral("internal") : QStringLiteral("bad_request");
    }
}

void replyError(httplib::Response& res, int status, const QString& message, const QJsonObject& extra) {
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), errorCodeFor(status)},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("retryable"), status == 429 || status >= 500}});
    replyJson(res, status, body);
}

void replyStoreError(httplib::Response& res, const Error& error) {
    if (error.code == ErrorCode::DatabaseBusy)
        return replyError(res, 503, QStringLiteral("the platform is busy: try again"));
    replyError(res, 500, QStringLiteral("the platform failed: %1").arg(error.message));
}

std::optional<QJsonObject> jsonBody(const std::string& body) {
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), qsizetype(body.size())), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace o2o::sandbox
