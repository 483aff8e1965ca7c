#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>

typedef void CURL;

namespace o2o {

/** Whom a connection trusts and how it identifies itself. */
struct TlsSettings {
    QString caFile;   // the pinned platform CA (PEM); empty: the peer is not verified (enrollment only)
    QString certFile; // the device certificate (PEM); empty: no client certificate
    QString keyFile;  // its private key (PEM)
};

struct HttpRequest {
    QByteArray method = "GET";
    QString url;
    QByteArray body;
    qint64 timeoutMs = 30'000;              // the whole request, connection included
    qint64 maxBodyBytes = 16 * 1024 * 1024; // a longer answer fails the request
    bool captureCertificates = false;       // keep the server's certificate chain (enrollment)
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    qint64 retryAfterSecs = -1;         // from Retry-After (seconds or an HTTP date); -1: none
    qint64 serverTimeMs = 0;            // from O2O-Server-Time-Ms; 0: none
    QList<QByteArray> peerCertificates; // PEM, the server's own first; only when asked for
};

/**
 * HTTPS on one libcurl easy handle (connections are reused between requests). TLS 1.2 or newer, the
 * pinned CA only (never the system store), explicit connect and total timeouts, no redirects, https only.
 * Any answer with a status comes back as a response; only a failed transfer (DNS, connect, TLS, timeout,
 * cut-off body) is an Error, retryable unless retrying cannot help (a certificate that does not verify).
 * Used by one thread at a time (the change feed's next page is fetched on a helper thread while the
 * owner waits for it).
 */
class HttpClient {
public:
    static constexpr qint64 kConnectTimeoutMs = 5'000;

    explicit HttpClient(TlsSettings tls);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    [[nodiscard]] Result<HttpResponse> send(const HttpRequest& request);
    /** A flag another thread may set to abort the transfer in progress (shutting down). */
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    const TlsSettings& tls() const { return m_tls; }

private:
    TlsSettings m_tls;
    CURL* m_curl = nullptr;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace o2o
