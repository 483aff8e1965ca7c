#pragma once

#include "sync/httpclient.h"

#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

namespace o2o {

/** A failed platform request: the Error, and what the platform said about it. */
struct ApiError {
    Error error;
    int status = 0;             // HTTP status; 0: no answer (network, TLS, timeout)
    QString code;               // the platform's error code ("rate_limited", ...)
    QString reason;             // 409 answers to prepare: why the platform refused
    qint64 retryAfterSecs = -1; // Retry-After; -1: none
};
template <typename T> using ApiResult = tl::expected<T, ApiError>;

/** A failure without an HTTP answer worth keeping (network, a local database error, a bad body). */
inline tl::unexpected<ApiError> apiFailure(Error error, int status = 0) {
    ApiError e;
    e.error = std::move(error);
    e.status = status;
    return tl::unexpected(std::move(e));
}

/** How the latest requests went, for the online indicator (docs/protocol.md, "Sync cycle"). */
struct RequestOutcomes {
    qint64 lastOkMs = 0;
    qint64 lastFailMs = 0;
    QString lastError;
};

/**
 * The v1 API on top of a Transport (libcurl unless a factory says otherwise): JSON bodies in and out, the
 * platform's error bodies turned into ApiError with the retry advice of docs/protocol.md, every answer's
 * server_time_ms collected (the trusted clock floor), and each request's outcome noted. A 2xx JSON answer
 * that is not a whole object or lacks server_time_ms is a failed request.
 */
class PlatformClient {
public:
    static constexpr qint64 kRequestTimeoutMs = 30'000;
    static constexpr qint64 kPageTimeoutMs = 60'000;

    PlatformClient(QString baseUrl, TlsSettings tls, std::function<qint64()> nowMs,
                   const TransportFactory& transports = {});

    [[nodiscard]] ApiResult<QJsonObject> postJson(const QString& path, const QJsonObject& body,
                                                  qint64 timeoutMs = kRequestTimeoutMs);
    [[nodiscard]] ApiResult<QJsonObject> getJson(const QString& pathAndQuery,
                                                 qint64 timeoutMs = kRequestTimeoutMs);
    /** A text answer (the trust list); nothing on 304 Not Modified. */
    [[nodiscard]] ApiResult<std::optional<QByteArray>> getText(const QString& pathAndQuery, qint64 timeoutMs,
                                                               qint64 maxBytes);

    /** The latest platform time seen in any answer; 0: none yet. */
    qint64 serverTimeMs() const { return m_serverTimeMs; }
    const RequestOutcomes& outcomes() const { return m_outcomes; }
    /**
     * Starts from the outcomes already stored, so that this client's first success orders after a failure
     * an earlier client stored in the same millisecond (noteFailure keeps a failure 1 ms past a success).
     */
    void continueFrom(const RequestOutcomes& stored) { m_outcomes = stored; }
    /** Marks a request failed after the fact (an answer the caller could not use). */
    void noteFailure(const QString& message);
    const QString& baseUrl() const { return m_baseUrl; }
    Transport& transport() { return *m_transport; }

private:
    [[nodiscard]] ApiResult<HttpResponse> exchange(HttpRequest request);
    [[nodiscard]] ApiResult<QJsonObject> readJson(const HttpResponse& response, const QString& what);
    ApiError statusError(const HttpResponse& response, const QString& what);
    void noteSuccess();
    void noteServerTime(const QJsonObject& body);

    QString m_baseUrl;
    std::unique_ptr<Transport> m_transport;
    std::function<qint64()> m_nowMs;
    qint64 m_serverTimeMs = 0;
    RequestOutcomes m_outcomes;
};

/** A platform address as `https://host[:port]`, without a trailing slash; anything else is refused. */
[[nodiscard]] Result<QString> normalizePlatformUrl(const QString& url);

} // namespace o2o
