#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

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
 * How a request reaches the platform. The terminal uses HttpClient (libcurl); the sync tests put an
 * in-process scripted one in its place (tests/sync/scriptedtransport.h), so the sync logic meets every
 * fault without a server or a real timeout. What every transport keeps to, as HttpClient does: any
 * answer with a status is a response; a transfer that fails (no connection, reset, cut-off body,
 * timeout, cancelled) is an Error, retryable unless retrying cannot help. Used by one thread at a time.
 */
class Transport {
public:
    virtual ~Transport() = default;

    [[nodiscard]] virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
    /** A flag another thread may set to abort the transfer in progress (shutting down). */
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    const std::atomic_bool* cancelFlag() const { return m_cancel; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    const std::atomic_bool* m_cancel = nullptr;
};

/** Makes the transport of a platform client with these TLS settings; an empty one means libcurl. */
using TransportFactory = std::function<std::unique_ptr<Transport>(const TlsSettings&)>;

} // namespace o2o
