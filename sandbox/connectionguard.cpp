#include "sandbox/connectionguard.h"

#include "sandbox/clientaddress.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/serverlimits.h"

#include <sys/socket.h>

namespace o2o::sandbox {

namespace {

using Clock = std::chrono::steady_clock;

// Where an SSL_CTX keeps its guard: OpenSSL's callbacks have no argument of their own.
int contextIndex() {
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

ConnectionGuard* guardOf(const SSL* ssl) {
    SSL_CTX* ctx = SSL_get_SSL_CTX(ssl);
    return ctx ? static_cast<ConnectionGuard*>(SSL_CTX_get_ex_data(ctx, contextIndex())) : nullptr;
}

} // namespace

ConnectionGuard::ConnectionGuard(std::chrono::milliseconds requestDeadline)
    : m_requestDeadline(requestDeadline)
    , m_watchdog([this] { watch(); }) {}

ConnectionGuard::~ConnectionGuard() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_watchdog.join();
}

void ConnectionGuard::install(SSL_CTX* ctx) {
    // OpenSSL calls an ex_data free callback for every SSL it frees, whether or not a value was set: that
    // is the guard's word that a connection is gone. Registered before the first connection exists.
    static const int freeIndex = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, onSslFree);
    (void)freeIndex;
    SSL_CTX_set_ex_data(ctx, contextIndex(), this);
    SSL_CTX_set_info_callback(ctx, onInfo);
}

void ConnectionGuard::onInfo(const SSL* ssl, int where, int) {
    // Called before the handshake reads anything, so a client that never finishes it is timed too.
    if ((where & SSL_CB_HANDSHAKE_START) == 0 || SSL_is_server(ssl) == 0)
        return;
    if (ConnectionGuard* guard = guardOf(ssl))
        guard->admit(ssl);
}

long ConnectionGuard::onBioEvent(BIO* bio, int oper, const char*, std::size_t, int, long, int ret,
                                 std::size_t* processed) {
    auto* connection = reinterpret_cast<Connection*>(BIO_get_callback_arg(bio));
    if (connection == nullptr)
        return ret;
    if (oper == BIO_CB_READ) // before a read: a connection the guard has closed reads nothing more
        return connection->closed ? -1 : ret;
    if (oper == (BIO_CB_READ | BIO_CB_RETURN) && ret > 0 && processed != nullptr && *processed > 0)
        connection->guard->received(*connection, *processed);
    return ret;
}

void ConnectionGuard::onSslFree(void* parent, void*, CRYPTO_EX_DATA*, int, long, void*) {
    const auto* ssl = static_cast<const SSL*>(parent);
    if (ConnectionGuard* guard = guardOf(ssl))
        guard->release(ssl);
}

void ConnectionGuard::admit(const SSL* ssl) {
    const int fd = SSL_get_fd(ssl);
    if (fd < 0)
        return;
    const std::string client = clientKey(peerAddress(fd));
    std::unique_lock lock(m_mutex);
    if (m_connections.count(ssl) != 0)
        return; // a renegotiation: the connection is counted already
    int& open = m_openPerClient[client];
    if (open >= limits::kConnectionsPerAddress) {
        lock.unlock();
        qCInfo(lcSandbox, "refused a connection from %s: %d are open already", client.c_str(),
               limits::kConnectionsPerAddress);
        // The handshake then fails at once, and httplib closes the socket.
        ::shutdown(fd, SHUT_RDWR);
        return;
    }
    ++open;
    auto connection = std::make_unique<Connection>();
    connection->guard = this;
    connection->fd = fd;
    connection->client = client;
    connection->deadline = Clock::now() + m_requestDeadline;
    BIO* bio = SSL_get_rbio(ssl);
    BIO_set_callback_arg(bio, reinterpret_cast<char*>(connection.get()));
    BIO_set_callback_ex(bio, onBioEvent);
    m_connections.emplace(ssl, std::move(connection));
}

void ConnectionGuard::release(const SSL* ssl) {
    std::lock_guard lock(m_mutex);
    const auto it = m_connections.find(ssl);
    if (it == m_connections.end())
        return;
    BIO* bio = SSL_get_rbio(ssl);
    BIO_set_callback_ex(bio, nullptr); // the BIO outlives this call by a moment (SSL_free frees it next)
    BIO_set_callback_arg(bio, nullptr);
    const auto open = m_openPerClient.find(it->second->client);
    if (open != m_openPerClient.end() && --open->second <= 0)
        m_openPerClient.erase(open);
    m_connections.erase(it);
}

void ConnectionGuard::received(Connection& connection, std::size_t bytes) {
    std::lock_guard lock(m_mutex);
    if (connection.phase == Phase::Idle) { // the first byte of the connection's next request
        connection.phase = Phase::Arriving;
        connection.deadline = Clock::now() + m_requestDeadline;
        connection.bytes = 0;
    }
    connection.bytes += bytes;
    if (connection.phase == Phase::Arriving && connection.bytes > limits::kMaxRequestBytes &&
        !connection.closed)
        close(connection, "it sent more than a request may hold");
}

void ConnectionGuard::close(Connection& connection, const char* why) {
    qCInfo(lcSandbox, "closing a connection from %s: %s", connection.client.c_str(), why);
    connection.closed = true;
    // httplib's blocked read returns at once and it closes the socket itself; the guard never closes it.
    ::shutdown(connection.fd, SHUT_RDWR);
}

ConnectionGuard::Connection* ConnectionGuard::find(const httplib::Request& req) {
    const auto it = req.ssl ? m_connections.find(req.ssl) : m_connections.end();
    return it == m_connections.end() ? nullptr : it->second.get();
}

void ConnectionGuard::requestRead(const httplib::Request& req) {
    std::lock_guard lock(m_mutex);
    if (Connection* connection = find(req))
        connection->phase = Phase::Routed;
}

void ConnectionGuard::closeAfterAnswer(const httplib::Request& req) {
    std::lock_guard lock(m_mutex);
    if (Connection* connection = find(req))
        connection->closeAfterAnswer = true;
}

void ConnectionGuard::answerSent(const httplib::Request& req) {
    std::lock_guard lock(m_mutex);
    Connection* connection = find(req);
    if (!connection)
        return;
    connection->phase = Phase::Idle;
    if (connection->closed)
        return;
    if (connection->closeAfterAnswer) {
        // httplib would read what is left of the body as the next request. The answer is written: SHUT_WR
        // sends it on its way with a FIN behind it, and the connection reads nothing more, so httplib's
        // next read fails and it closes the socket.
        connection->closed = true;
        ::shutdown(connection->fd, SHUT_WR);
    }
    connection->idleSince = Clock::now();
}

void ConnectionGuard::closeQuietly(Connection& connection) {
    // The answer already sent still goes out, with a FIN behind it; SHUT_RD wakes httplib's wait for a
    // next request at once, so the worker is free now, not after the keep-alive timeout.
    connection.closed = true;
    ::shutdown(connection.fd, SHUT_RDWR);
}

void ConnectionGuard::connectionsWaiting(std::size_t waiting) {
    std::lock_guard lock(m_mutex);
    m_waiting = waiting;
    if (waiting > 0)
        closeIdleLocked();
}

void ConnectionGuard::closeIdleLocked() {
    // A connection idle for a moment only is most likely a client between two requests of one exchange
    // (a sync cycle's upload, pull and trust list follow each other within milliseconds): it keeps its
    // worker until kIdleGrace has passed; the watchdog comes back for it.
    const auto idleBefore = Clock::now() - kIdleGrace;
    int closed = 0;
    for (auto& [ssl, connection] : m_connections)
        if (connection->phase == Phase::Idle && !connection->closed && connection->idleSince <= idleBefore) {
            closeQuietly(*connection);
            ++closed;
        }
    if (closed > 0)
        qCInfo(lcSandbox, "%zu connection(s) wait for a worker: closed %d idle one(s)", m_waiting, closed);
}

void ConnectionGuard::watch() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        // While connections wait for a worker, idle ones past their grace are closed within a tick.
        m_wake.wait_for(lock, m_waiting > 0 ? kIdleGrace / 2 : std::chrono::milliseconds(250));
        if (m_waiting > 0)
            closeIdleLocked();
        const auto now = Clock::now();
        for (auto& [ssl, connection] : m_connections)
            if (connection->phase == Phase::Arriving && !connection->closed && now > connection->deadline)
                close(*connection, "its request did not arrive in time");
    }
}

} // namespace o2o::sandbox
