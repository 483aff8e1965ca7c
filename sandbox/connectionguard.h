#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace o2o::sandbox {

/**
 * Keeps slow or greedy clients from holding the server's worker threads, which httplib gives each
 * connection for as long as it stays open (serverlimits.h): at most kConnectionsPerAddress open
 * connections per client address, and kRequestDeadline and kMaxRequestBytes for each request to arrive,
 * from the start of the TLS handshake or the first byte of the next request until its route starts.
 *
 * httplib 0.11 shows a server neither its sockets nor the reading of a request, so the guard watches the
 * OpenSSL objects it does see: an info callback on the SSL_CTX marks the start of each handshake, a
 * callback on the connection's socket BIO counts what is read, and SSL ex_data's free callback says the
 * connection is gone (httplib frees the SSL before it closes the socket, so a socket the guard shuts down
 * is always still the connection's own).
 *
 * While accepted connections wait for a worker (WorkerPool), connections idle for more than kIdleGrace
 * since their last answer are closed: an idle keep-alive connection holds a worker for up to httplib's
 * keep-alive timeout, so 32 of them would make everybody else, /v1/health included, wait
 * (tests/sync/tst_fleet.cpp). A client reconnects for its next request, as HTTP allows.
 */
class ConnectionGuard {
public:
    /** requestDeadline: limits::kRequestDeadline but where a test asks for less (ServeOptions). */
    explicit ConnectionGuard(std::chrono::milliseconds requestDeadline);
    ~ConnectionGuard();
    ConnectionGuard(const ConnectionGuard&) = delete;
    ConnectionGuard& operator=(const ConnectionGuard&) = delete;

    /** Watches every connection of ctx from now on. Once, before the server accepts connections. */
    void install(SSL_CTX* ctx);

    /** The request arrived whole: its route may take as long as it likes (a stall fault does). */
    void requestRead(const httplib::Request& req);
    /** Ends the connection once this request is answered: the rest of its body was not read. */
    void closeAfterAnswer(const httplib::Request& req);
    /** The answer went out (httplib's logger): the connection waits for its next request. */
    void answerSent(const httplib::Request& req);
    /** How many accepted connections wait for a worker (WorkerPool); while any do, idle ones are closed. */
    void connectionsWaiting(std::size_t waiting);

private:
    enum class Phase { Arriving, Routed, Idle };
    struct Connection {
        ConnectionGuard* guard;
        int fd;
        std::string client;
        Phase phase = Phase::Arriving;
        std::chrono::steady_clock::time_point deadline;
        std::chrono::steady_clock::time_point idleSince; // when its last answer went out
        std::size_t bytes = 0;                           // read since the request began to arrive
        bool closeAfterAnswer = false;
        std::atomic_bool closed = false; // shut down by the guard: nothing more is read (checked unlocked)
    };

    static void onInfo(const SSL* ssl, int where, int ret);
    static long onBioEvent(BIO* bio, int oper, const char* data, std::size_t length, int argi, long argl,
                           int ret, std::size_t* processed);
    static void onSslFree(void* parent, void* ptr, CRYPTO_EX_DATA* data, int index, long argl, void* argp);

    void admit(const SSL* ssl);
    void release(const SSL* ssl);
    void received(Connection& connection, std::size_t bytes);
    void close(Connection& connection, const char* why);
    /** Closes the connection after its answer: nothing more is read, the peer sees the end at once. */
    void closeQuietly(Connection& connection);
    /** While connections wait for a worker: closes those idle for longer than kIdleGrace. */
    void closeIdleLocked();
    Connection* find(const httplib::Request& req);
    void watch();

    static constexpr std::chrono::milliseconds kIdleGrace{100};

    const std::chrono::milliseconds m_requestDeadline;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::size_t m_waiting = 0; // connections waiting for a worker
    std::unordered_map<const SSL*, std::unique_ptr<Connection>> m_connections;
    std::map<std::string, int> m_openPerClient;
    std::thread m_watchdog;
};

} // namespace o2o::sandbox
