#include "sandbox/sandboxserver.h"

#include "sandbox/connectionguard.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpreply.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxcli.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/serverlimits.h"
#include "sandbox/storepool.h"
#include "sandbox/tlspeer.h"

#include <QHostAddress>

#include <csignal>
#include <pthread.h>
#include <thread>

namespace o2o::sandbox {

namespace {

using limits::kMaxBodyBytes;

enum class Access { Anyone, Device };

/** The httplib server with the platform's routes, and what every request shares. */
class SandboxServer {
public:
    SandboxServer(const ServeOptions& options, std::unique_ptr<SandboxCa> ca)
        : m_options(options)
        , m_ca(std::move(ca))
        , m_pool(options.dataDir) {}

    Result<void> run();
    void stop() {
        m_faults.stop();
        if (m_server)
            m_server->stop();
    }

private:
    void addRoutes();
    void dispatch(const httplib::Request& req, httplib::Response& res, Route route, Access access);
    /** The calling device, or the protocol's 401/403 written to res. */
    std::optional<Device> authenticate(PlatformStore& store, const httplib::Request& req,
                                       httplib::Response& res);

    ServeOptions m_options;
    std::unique_ptr<SandboxCa> m_ca;
    StorePool m_pool;
    FaultInjector m_faults;
    ConnectionGuard m_guard; // before m_server: it watches the server's connections until the last is gone
    std::unique_ptr<httplib::SSLServer> m_server;
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
    m_server->new_task_queue = [] { return new httplib::ThreadPool(limits::kWorkerThreads); };
    m_server->set_payload_max_length(kMaxBodyBytes);
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
    int port = m_options.port;
    if (port == 0)
        port = m_server->bind_to_any_port(host);
    else if (!m_server->bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port));
    const bool ipv6 = QHostAddress(m_options.host).protocol() == QAbstractSocket::IPv6Protocol;
    printLine(QStringLiteral("listening on https://%1:%2")
                  .arg(ipv6 ? QStringLiteral("[%1]").arg(m_options.host) : m_options.host)
                  .arg(port));
    if (!m_server->listen_after_bind() && m_server->is_running())
        return fail(ErrorCode::Io, QStringLiteral("the server stopped unexpectedly"));
    return {};
}

void SandboxServer::addRoutes() {
    const auto add = [this](Route route, Access access) {
        return [this, route, access](const httplib::Request& req, httplib::Response& res) {
            dispatch(req, res, route, access);
        };
    };
    m_server->Get("/v1/health", add(routeHealth, Access::Anyone));
    m_server->Get("/v1/ca", add(routeCa, Access::Anyone));
    m_server->Post("/v1/enroll", add(routeEnroll, Access::Anyone));
    m_server->Post("/v1/events", add(routeEvents, Access::Device));
    m_server->Get("/v1/changes", add(routeChanges, Access::Device));
    m_server->Get("/v1/trust", add(routeTrust, Access::Device));
    m_server->Post("/v1/redemptions/prepare", add(routePrepare, Access::Device));
}

void SandboxServer::dispatch(const httplib::Request& req, httplib::Response& res, Route route,
                             Access access) {
    // The platform's time also as a header: the trust file and 304 answers have no JSON body to carry it.
    res.set_header("O2O-Server-Time-Ms", std::to_string(serverTimeMs()));
    std::optional<Fault> fault;
    std::optional<FaultKind> kind;
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
        if (fault) {
            qCInfo(lcSandbox, "injecting fault %s into %s %s", qPrintable(fault->kind), req.method.c_str(),
                   req.path.c_str());
            if (!faultAppliesRequest(*kind))
                return m_faults.answerInstead(*kind, *fault, req, res);
        }
        m_guard.requestRead(req); // the route may take its time now (a stall, a busy database)
        RouteContext context{**store, *m_ca, nullptr, serverTimeMs()};
        std::optional<Device> device;
        if (access == Access::Device) {
            device = authenticate(**store, req, res);
            if (!device)
                return;
            context.device = &*device;
        }
        route(context, req, res);
    } // the connection goes back to the pool before a stall, not after
    if (fault)
        m_faults.damage(*kind, *fault, req, res);
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
