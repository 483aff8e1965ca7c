#include "sync/platformclient.h"

#include "sync/jsonfields.h"
#include "sync/synclog.h"

#include <QJsonDocument>
#include <QUrl>

namespace o2o {

namespace {

// docs/protocol.md, "Errors": whether the same request may succeed later.
bool retryableStatus(int status) {
    return status == 413 || status == 429 || status >= 500;
}

ErrorCode errorCodeFor(int status) {
    if (status == 400 || status == 404 || status == 413)
        return ErrorCode::InvalidInput;
    if (status == 401 || status == 403)
        return ErrorCode::Crypto; // the certificate or pairing code is not (or no longer) good
    return ErrorCode::Io;
}

} // namespace

Result<QString> normalizePlatformUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (url.path() != QString() && url.path() != QStringLiteral("/")))
        return fail(ErrorCode::Usage,
                    QStringLiteral("the platform address must look like https://platform.example:8443"));
    return url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

PlatformClient::PlatformClient(QString baseUrl, TlsSettings tls, std::function<qint64()> nowMs,
                               const TransportFactory& transports)
    : m_baseUrl(std::move(baseUrl))
    , m_transport(transports ? transports(tls) : std::make_unique<HttpClient>(tls))
    , m_nowMs(std::move(nowMs)) {}

// The latest outcome must read as the latest, also when two fall in the same millisecond (a fast failure
// right after an upload): SyncState::online reads a tie as online, so a failure moves past the success
// before it, and a success catches up with the failure before it.
void PlatformClient::noteSuccess() {
    m_outcomes.lastOkMs = std::max(m_nowMs(), m_outcomes.lastFailMs);
}

void PlatformClient::noteFailure(const QString& message) {
    m_outcomes.lastFailMs = std::max(m_nowMs(), m_outcomes.lastOkMs + 1);
    m_outcomes.lastError = message;
}

void PlatformClient::noteServerTime(const QJsonObject& body) {
    const QJsonValue t = body.value(QLatin1StringView("server_time_ms"));
    if (t.isDouble() && t.toDouble() > 0 && t.toDouble() < 1e15)
        m_serverTimeMs = std::max(m_serverTimeMs, qint64(t.toDouble()));
}

ApiResult<HttpResponse> PlatformClient::exchange(HttpRequest request) {
    auto response = m_transport->send(request);
    if (!response) {
        if (!m_transport->cancelled()) // shutting down says nothing about the platform
            noteFailure(response.error().message);
        return apiFailure(response.error());
    }
    if (response->serverTimeMs > 0 && response->serverTimeMs < 1'000'000'000'000'000)
        m_serverTimeMs = std::max(m_serverTimeMs, response->serverTimeMs);
    return std::move(*response);
}

ApiError PlatformClient::statusError(const HttpResponse& response, const QString& what) {
    ApiError e;
    e.status = response.status;
    e.retryAfterSecs = response.retryAfterSecs;
    QString message;
    // The error body is informative only: a missing or odd one does not change what the status means.
    auto body = json::parseObject(response.body, what);
    if (body) {
        noteServerTime(*body);
        const QJsonObject error = body->value(QLatin1StringView("error")).toObject();
        e.code = error.value(QLatin1StringView("code")).toString().left(64);
        message = error.value(QLatin1StringView("message")).toString().left(200);
        e.reason = body->value(QLatin1StringView("reason")).toString().left(64);
    }
    e.error.code = errorCodeFor(response.status);
    e.error.retryable = retryableStatus(response.status);
    e.error.message = QStringLiteral("%1: the platform answered %2%3%4")
                          .arg(what)
                          .arg(response.status)
                          .arg(e.code.isEmpty() ? QString() : QStringLiteral(" ") + e.code)
                          .arg(message.isEmpty() ? QString() : QStringLiteral(" (") + message + u')');
    if (response.status == 401 || response.status == 403)
        e.error.message +=
            QStringLiteral("; the platform no longer accepts this terminal's certificate: enroll again");
    // The platform answered, but a terminal it will not serve, or one told to wait, is not online.
    const bool answered = response.status < 500 && response.status != 401 && response.status != 403 &&
                          response.status != 408 && response.status != 429;
    if (answered && body)
        noteSuccess();
    else
        noteFailure(e.error.message);
    return e;
}

ApiResult<QJsonObject> PlatformClient::readJson(const HttpResponse& response, const QString& what) {
    if (response.status < 200 || response.status > 299)
        return tl::unexpected(statusError(response, what));
    auto body = json::parseObject(response.body, what);
    if (body) {
        json::Reader r(*body, what);
        r.integer(QLatin1StringView("server_time_ms"));
        if (!r.ok())
            body = r.failure();
    }
    if (!body) {
        noteFailure(body.error().message);
        return apiFailure(body.error(), response.status);
    }
    noteServerTime(*body);
    noteSuccess();
    return std::move(*body);
}

ApiResult<QJsonObject> PlatformClient::postJson(const QString& path, const QJsonObject& body,
                                                qint64 timeoutMs) {
    HttpRequest request;
    request.method = "POST";
    request.url = m_baseUrl + path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.timeoutMs = timeoutMs;
    auto response = exchange(std::move(request));
    if (!response)
        return tl::unexpected(response.error());
    return readJson(*response, QStringLiteral("POST ") + path);
}

ApiResult<QJsonObject> PlatformClient::getJson(const QString& pathAndQuery, qint64 timeoutMs) {
    HttpRequest request;
    request.url = m_baseUrl + pathAndQuery;
    request.timeoutMs = timeoutMs;
    request.maxBodyBytes = 256LL * 1024 * 1024;
    auto response = exchange(std::move(request));
    if (!response)
        return tl::unexpected(response.error());
    return readJson(*response, QStringLiteral("GET ") + pathAndQuery.section(u'?', 0, 0));
}

ApiResult<std::optional<QByteArray>> PlatformClient::getText(const QString& pathAndQuery, qint64 timeoutMs,
                                                             qint64 maxBytes) {
    HttpRequest request;
    request.url = m_baseUrl + pathAndQuery;
    request.timeoutMs = timeoutMs;
    request.maxBodyBytes = maxBytes;
    auto response = exchange(std::move(request));
    if (!response)
        return tl::unexpected(response.error());
    const QString what = QStringLiteral("GET ") + pathAndQuery.section(u'?', 0, 0);
    if (response->status == 304) {
        noteSuccess();
        return std::optional<QByteArray>();
    }
    if (response->status < 200 || response->status > 299)
        return tl::unexpected(statusError(*response, what));
    noteSuccess();
    return std::optional<QByteArray>(std::move(response->body));
}

} // namespace o2o
