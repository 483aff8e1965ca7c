#pragma once

#include "sync/transport.h"

typedef void CURL;

namespace o2o {

/**
 * HTTPS on one libcurl easy handle (connections are reused between requests). TLS 1.2 or newer, the
 * pinned CA only (never the system store), explicit connect and total timeouts, no redirects, https only.
 * Any answer with a status comes back as a response; only a failed transfer (DNS, connect, TLS, timeout,
 * cut-off body) is an Error, retryable unless retrying cannot help (a certificate that does not verify).
 * Used by one thread at a time (the change feed's next page is fetched on a helper thread while the
 * owner waits for it).
 */
class HttpClient final : public Transport {
public:
    static constexpr qint64 kConnectTimeoutMs = 5'000;

    explicit HttpClient(TlsSettings tls);
    ~HttpClient() override;
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    [[nodiscard]] Result<HttpResponse> send(const HttpRequest& request) override;
    const TlsSettings& tls() const { return m_tls; }
    /**
     * The local address connections leave from (an IP address); empty: the system's choice. A machine
     * with several networks can pin the platform's traffic to one; tests give each simulated terminal an
     * address of its own in 127.0.0.0/8, as terminals in different stores have (tests/sync/tst_fleet.cpp).
     */
    void setSourceAddress(const QByteArray& address) { m_sourceAddress = address; }

private:
    TlsSettings m_tls;
    QByteArray m_sourceAddress;
    CURL* m_curl = nullptr;
};

} // namespace o2o
