#include "sandbox/sandboxserver.h"

#include "sandbox/chaosinjector.h"
#include "sandbox/connectionguard.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpreply.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxcli.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/serverlimits.h"
#include "sandbox/storepool.h"
#include "sandbox/tlspeer.h"
#include "sandbox/workerpool.h"

#include <QHostAddress>

#include <csignal>
#include <pthread.h>
#include <set>
#include <sys/socket.h>
#include <thread>

namespace o2o::sandbox {

namespace {

using limits::kMaxBodyBytes;

void listenWithFullBacklog(const std::vector<int>& sockets) {
    // httplib 0.11 listens with a backlog of 5 (compiled into Debian's library). Terminals coming back
    // after an outage connect together: the kernel drops the connections beyond the backlog, and each
    // costs its terminal TCP's retransmission (1 s, 3 s, ...) and often its 5 s connect timeout
    // (tst_fleet). Listening again on a listening socket only changes its backlog.
    for (int fd : sockets) {
        int accepting = 0;
        socklen_t size = sizeof accepting;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &size) == 0 && accepting != 0)
            ::listen(fd, SOMAXCONN);
    }
}

enum class Access { Anyone, Device };

/** The body of a POST, read by dispatch once the request may send one. */
struct RequestBody {
    const httplib::ContentReader* reader;
    std::string bytes;
    bool read = false; // false: left unread, or read only in part (the connection must not be reused)
};

/** The httplib server with the platform's routes, and what every request shares. */
class SandboxServer {
public:
    SandboxServer(const ServeOptions& options, std::unique_ptr<SandboxCa> ca)
        : m_options(options)
        , m_ca(std::move(ca))
        , m_pool(options.dataDir)
        , m_chaos(m_pool)
        , m_guard(options.requestDeadline) {}

    Result<void> run();
    void stop() {
        m_faults.stop();
        if (m_server)
            m_server->stop();
    }

private:
    void addRoutes();
    /** Answers, without reading it, a request whose body httplib would read without a limit or not at all. */
    httplib::Server::HandlerResponse refuseStrayBody(const httplib::Request& req, httplib::Response& res);
    void dispatch(const httplib::Request& req, httplib::Response& res, RequestBody* body, Route route,
                  Access access);
    /** Reads the body within kMaxBodyBytes; false with the 413 or 400 written to res. */
    bool readBody(const httplib::Request& req, RequestBody& body, httplib::Response& res);
    /** The calling device, or the protocol's 401/403 written to res. */
    std::optional<Device> authenticate(PlatformStore& store, const httplib::Request& req,
                                       httplib::Response& res);

    ServeOptions m_options;
    std::unique_ptr<SandboxCa> m_ca;
    StorePool m_pool;
    FaultInjector m_faults;
    ChaosInjector m_chaos;
    EnrollmentLimiter m_enrollment;
    ConnectionGuard m_guard; // before m_server: it watches the server's connections until the last is gone
    std::unique_ptr<httplib::SSLServer> m_server;
    std::set<std::string> m_bodyPaths; // the POST routes, which read their own bodies
};

Result<void> SandboxServer::run() {
    auto files = m_ca->ensureServerCertificate(m_options.dataDir, m_options.host);
    if (!files)
        return Unexpected(files.error());
    Error setupError{ErrorCode::Crypto, QStringLiteral("cannot set up TLS")};
    m_server = std::make_unique<httplib::SSLServer>([&](SSL_CTX& ctx) {
        auto r = setUpServerContext(ctx, *m_ca, files->first, files->second);
        if (!r)
            setupError = r.error();
        return r.has_value();
    });
    if (!m_server->is_valid())
        return Unexpected(setupError);
    m_guard.install(m_server->ssl_context());
    m_chaos.install(m_server->ssl_context());
    // httplib deletes the pool when it stops listening, before m_guard goes.
    m_server->new_task_queue = [this] {
        return new WorkerPool(limits::kWorkerThreads,
                              [this](std::size_t waiting) { m_guard.connectionsWaiting(waiting); });
    };
    // httplib's own check, on an announced Content-Length only; readBody counts every body as it arrives.
    m_server->set_payload_max_length(kMaxBodyBytes);
    m_server->set_pre_routing_handler(
        [this](const httplib::Request& req, httplib::Response& res) { return refuseStrayBody(req, res); });
    // Answers httplib makes itself (404, 413, a bad request line) get the protocol's error body too.
    const httplib::Server::HandlerWithResponse errorBody = [](const httplib::Request&,
                                                              httplib::Response& res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        replyError(res, res.status, QStringLiteral("%1 %2").arg(res.status).arg(errorCodeFor(res.status)));
        return httplib::Server::HandlerResponse::Handled;
    };
    m_server->set_error_handler(errorBody);
    m_server->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        replyError(res, 500, QStringLiteral("the platform failed"));
    });
    m_server->set_logger([this](const httplib::Request& req, const httplib::Response& res) {
        m_guard.answerSent(req); // called once the answer is written, for every answer
        // The path only: queries hold nothing secret today, but bodies do (pairing codes).
        qCInfo(lcSandbox, "%s %s %d", req.method.c_str(), req.path.c_str(), res.status);
    });
    addRoutes();

    const std::string host = m_options.host.toStdString();
    std::vector<int> sockets; // what httplib made to listen on
    m_server->set_socket_options([&sockets](socket_t sock) {
        httplib::default_socket_options(sock);
        sockets.push_back(sock);
    });
    int port = m_options.port;
    if (port == 0)
        port = m_server->bind_to_any_port(host);
    else if (!m_server->bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port));
    listenWithFullBacklog(sockets);
    const bool ipv6 = QHostAddress(m_options.host).protocol() == QAbstractSocket::IPv6Protocol;
    printLine(QStringLiteral("listening on https://%1:%2")
                  .arg(ipv6 ? QStringLiteral("[%1]").arg(m_options.host) : m_options.host)
                  .arg(port));
    if (!m_server->listen_after_bind() && m_server->is_running())
        return fail(ErrorCode::Io, QStringLiteral("the server stopped unexpectedly"));
    return {};
}

void SandboxServer::addRoutes() {
    const auto get = [this](const char* path, Route route, Access access) {
        m_server->Get(path, [this, route, access](const httplib::Request& req, httplib::Response& res) {
            dispatch(req, res, nullptr, route, access);
        });
    };
    // A content-reader handler: httplib leaves the body to it instead of reading it first.
    const auto post = [this](const char* path, Route route, Access access) {
        m_bodyPaths.insert(path);
        m_server->Post(path, [this, route, access](const httplib::Request& req, httplib::Response& res,
                                                   const httplib::ContentReader& reader) {
            RequestBody body{&reader, {}};
            dispatch(req, res, &body, route, access);
            if (!body.read) // what is left of it must not be read as the next request
                m_guard.closeAfterAnswer(req);
        });
    };
    get("/v1/health", routeHealth, Access::Anyone);
    get("/v1/ca", routeCa, Access::Anyone);
    post("/v1/enroll", routeEnroll, Access::Anyone);
    post("/v1/events", routeEvents, Access::Device);
    get("/v1/changes", routeChanges, Access::Device);
    get("/v1/trust", routeTrust, Access::Device);
    post("/v1/redemptions/prepare", routePrepare, Access::Device);
}

httplib::Server::HandlerResponse SandboxServer::refuseStrayBody(const httplib::Request& req,
                                                                httplib::Response& res) {
    // Before routing httplib reads the body of a POST, PUT, PATCH or DELETE itself, with no limit when it
    // is chunked or has no length, and never reads the body of a GET, which it then parses as the next
    // request. Only the POST routes here take a body, and they read it themselves.
    const bool isGet = req.method == "GET" || req.method == "HEAD";
    const bool hasBody =
        req.has_header("Transfer-Encoding") ||
        (req.has_header("Content-Length") && req.get_header_value<uint64_t>("Content-Length") > 0);
    if ((req.method == "POST" && m_bodyPaths.count(req.path) != 0) || (isGet && !hasBody))
        return httplib::Server::HandlerResponse::Unhandled;
    if (req.method == "POST")
        replyError(res, 404, QStringLiteral("404 not_found"));
    else if (isGet)
        replyError(res, 400, QStringLiteral("a GET request has no body"));
    else
        replyError(res, 405, QStringLiteral("the platform answers GET and POST only"));
    m_guard.closeAfterAnswer(req);
    return httplib::Server::HandlerResponse::Handled;
}

void SandboxServer::dispatch(const httplib::Request& req, httplib::Response& res, RequestBody* body,
                             Route route, Access access) {
    // The platform's time also as a header: the trust file and 304 answers have no JSON body to carry it.
    res.set_header("O2O-Server-Time-Ms", std::to_string(serverTimeMs()));
    std::optional<Fault> fault;
    std::optional<FaultKind> kind;
    std::optional<Device> device;
    {
        auto store = m_pool.acquire();
        if (!store)
            return replyStoreError(res, store.error());
        const QString path = QString::fromStdString(req.path);
        auto taken = FaultStore((*store)->connection()).take(path);
        if (!taken)
            qCWarning(lcSandbox, "cannot read the faults: %s", qPrintable(taken.error().message));
        else if (*taken && (kind = faultKindFromName((**taken).kind)))
            fault = **taken;
        if (!fault && (fault = m_chaos.forRequest(**store, path)))
            kind = faultKindFromName(fault->kind);
        if (fault)
            qCInfo(lcSandbox, "injecting fault %s into %s %s", qPrintable(fault->kind), req.method.c_str(),
                   req.path.c_str());
        // The certificate is checked before the body is read: a stranger cannot make the platform read one.
        // A fault that answers in place of the route answers anybody, as it always has.
        if (access == Access::Device && !(fault && !faultAppliesRequest(*kind))) {
            device = authenticate(**store, req, res);
            if (!device)
                return;
        }
    } // no database connection is held while a body arrives
    if (body && !readBody(req, *body, res))
        return;
    m_guard.requestRead(req); // the route may take its time now (a stall, a busy database)
    if (fault && !faultAppliesRequest(*kind))
        return m_faults.answerInstead(*kind, *fault, req, res);
    {
        auto store = m_pool.acquire();
        if (!store)
            return replyStoreError(res, store.error());
        static const std::string noBody;
        RouteContext context{.store = **store,
                             .ca = *m_ca,
                             .device = device ? &*device : nullptr,
                             .nowMs = serverTimeMs(),
                             .body = body ? body->bytes : noBody,
                             .enrollment = m_enrollment};
        route(context, req, res);
    } // the connection goes back to the pool before a stall, not after
    if (fault)
        m_faults.damage(*kind, *fault, req, res);
}

bool SandboxServer::readBody(const httplib::Request& req, RequestBody& body, httplib::Response& res) {
    const auto tooLarge = [&res] {
        replyError(res, 413, QStringLiteral("the body is larger than %1 bytes").arg(kMaxBodyBytes));
        return false;
    };
    // Announced too large: refused before a byte of it is read (httplib would read it all to skip it).
    if (req.has_header("Content-Length") && req.get_header_value<uint64_t>("Content-Length") > kMaxBodyBytes)
        return tooLarge();
    // httplib hands a multipart body to a parser of its own instead of to the receiver below.
    if (req.is_multipart_form_data()) {
        replyError(res, 400, QStringLiteral("the body must be JSON"));
        return false;
    }
    // Counted as it arrives, after httplib undid the chunking and any Content-Encoding: a small
    // compressed body may inflate to any size.
    bool overLimit = false;
    const bool complete = (*body.reader)([&](const char* data, size_t size) {
        if (body.bytes.size() + size > kMaxBodyBytes) {
            overLimit = true;
            return false;
        }
        body.bytes.append(data, size);
        return true;
    });
    if (overLimit)
        return tooLarge();
    if (!complete) {
        replyError(res, 400, QStringLiteral("the body could not be read"));
        return false;
    }
    body.read = true;
    return true;
}

std::optional<Device> SandboxServer::authenticate(PlatformStore& store, const httplib::Request& req,
                                                  httplib::Response& res) {
    const PeerCertificate peer = inspectPeer(req.ssl);
    switch (peer.state) {
    case PeerCertificate::State::Missing:
        replyError(res, 401, QStringLiteral("a device certificate is required: enroll first"));
        return std::nullopt;
    case PeerCertificate::State::Untrusted:
        replyError(res, 401, QStringLiteral("the certificate is not from this platform: enroll again"));
        return std::nullopt;
    case PeerCertificate::State::Expired:
        replyError(res, 403, QStringLiteral("the device certificate has expired: enroll again"));
        return std::nullopt;
    case PeerCertificate::State::Valid:
        break;
    }
    auto device = DeviceStore(store.connection()).byFingerprint(peer.fingerprint);
    if (!device) {
        replyStoreError(res, device.error());
        return std::nullopt;
    }
    if (!*device) {
        replyError(res, 401, QStringLiteral("this device is not enrolled: enroll again"));
        return std::nullopt;
    }
    if ((*device)->revokedMs != 0) {
        replyError(res, 403, QStringLiteral("this device was revoked"));
        return std::nullopt;
    }
    return *device;
}

} // namespace

Result<void> runServer(const ServeOptions& options) {
    auto store = PlatformStore::open(options.dataDir);
    if (!store)
        return Unexpected(store.error());
    auto ca = SandboxCa::loadOrCreate(options.dataDir, (*store)->merchantId());
    if (!ca)
        return Unexpected(ca.error());
    store->reset();
    // A client that hangs up makes a write fail; without this the process would die of SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // SIGINT/SIGTERM go to one thread that stops the server; blocked before httplib starts its threads,
    // so none of those is interrupted.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    SandboxServer server(options, std::move(*ca));
    std::thread watcher([&server, signals] {
        int signal = 0;
        sigwait(&signals, &signal);
        if (signal != SIGUSR1) {
            qCInfo(lcSandbox, "stopping (signal %d)", signal);
            server.stop();
        }
    });
    auto result = server.run();
    pthread_kill(watcher.native_handle(), SIGUSR1); // the watcher's way out when run() ended by itself
    watcher.join();
    return result;
}

} // namespace o2o::sandbox
