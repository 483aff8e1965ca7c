#pragma once

#include "sandbox/chaosstore.h"
#include "sandbox/faultstore.h"

#include <openssl/ssl.h>

#include <chrono>
#include <mutex>
#include <random>

namespace o2o::sandbox {

class PlatformStore;
class StorePool;

/**
 * Network chaos for the terminal's reliability harness (o2o-sandbox fault chaos, docs/reliability.md):
 * while chaos is set, each request under its path gets, with its probability, a fault of a kind drawn
 * evenly from every FaultKind, and each TLS handshake, with a quarter of that probability, fails in one
 * of three ways made by the server (tls_alert: a fatal handshake_failure alert; tls_reset: the socket
 * reset mid-handshake; tls_garbage: bytes that are no TLS record, then a reset). Every fault made is
 * counted per kind in platform.db before it takes effect, so the counts are complete once the client
 * has seen it. The settings are re-read at most every 50 ms: `fault chaos` and `fault clear` from
 * another process take effect at once.
 */
class ChaosInjector {
public:
    explicit ChaosInjector(StorePool& pool)
        : m_pool(pool) {}

    /** Makes the handshake faults; once, before the server accepts connections. */
    void install(SSL_CTX* ctx);
    /** The fault chaos picks for this request (counted), or none. store: the request's connection. */
    std::optional<Fault> forRequest(PlatformStore& store, const QString& path);

private:
    static int onClientHello(SSL* ssl, int* alert, void* arg);
    /** tls_alert, tls_reset, tls_garbage, or empty: the handshake goes on. */
    QString forHandshake();
    /** The current settings, re-read when older than 50 ms; store: null to take one from the pool. */
    std::optional<ChaosSettings> settings(PlatformStore* store);
    /** With probability ppm: true and pick in [0, choices). */
    bool roll(qint64 ppm, int choices, int& pick);
    void count(PlatformStore* store, const QString& kind);

    StorePool& m_pool;
    std::mutex m_mutex;
    std::mt19937_64 m_random;
    std::optional<ChaosSettings> m_settings;
    std::chrono::steady_clock::time_point m_readAt{};
    bool m_read = false;
};

} // namespace o2o::sandbox
