#include "sandbox/faultinjector.h"

#include "sandbox/httpreply.h"

#include <chrono>
#include <memory>
#include <poll.h>
#include <sys/socket.h>

namespace o2o::sandbox {

// httplib 0.11 gives a handler no socket, but Request::ssl is the connection's SSL and SSL_get_fd its
// socket. Shutting it down makes httplib's own write fail and close the connection; SO_LINGER 0 turns
// that close into a TCP RST. httplib still owns the descriptor and closes it: never close it here.
void abortConnection(int fd) {
    if (fd < 0)
        return;
    const linger abortive{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    ::shutdown(fd, SHUT_RDWR);
}

namespace {

int socketOf(const httplib::Request& req) {
    return req.ssl ? SSL_get_fd(req.ssl) : -1;
}

// The client closed its end (it gave up waiting): nothing the stall still holds back can reach it.
bool peerHungUp(int fd) {
    if (fd < 0)
        return false;
    pollfd p{fd, POLLRDHUP, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

} // namespace

void FaultInjector::answerInstead(FaultKind kind, const Fault& fault, const httplib::Request& req,
                                  httplib::Response& res) {
    switch (kind) {
    case FaultKind::ResetBefore:
        // The request was read whole (the server reads the body before it applies this); nothing answers it.
        abortConnection(socketOf(req));
        res.status = 500;
        return;
    case FaultKind::Status500:
        replyError(res, 500, QStringLiteral("injected fault: internal error"));
        return;
    case FaultKind::Status503:
    case FaultKind::Status429: {
        const int status = kind == FaultKind::Status503 ? 503 : 429;
        replyError(res, status, QStringLiteral("injected fault: %1").arg(errorCodeFor(status)));
        if (fault.retryAfter >= 0)
            res.set_header("Retry-After", std::to_string(fault.retryAfter));
        return;
    }
    case FaultKind::MalformedJson:
        // Complete and well-framed, so only a JSON parser can tell: a value is missing.
        res.status = 200;
        res.set_content("{\"server_time_ms\":" + std::to_string(serverTimeMs()) +
                            ",\"results\":[{\"event_id\":}]}",
                        "application/json");
        return;
    case FaultKind::ResetMidResponse:
    case FaultKind::Stall:
    case FaultKind::TruncatedJson:
    case FaultKind::ReplyLost:
        return; // damage() handles these after the route ran
    }
}

void FaultInjector::damage(FaultKind kind, const Fault& fault, const httplib::Request& req,
                           httplib::Response& res) {
    switch (kind) {
    case FaultKind::ResetMidResponse: {
        // Content-Length announces the whole body; half of it goes out, then the connection is aborted.
        auto body = std::make_shared<std::string>(std::move(res.body));
        res.body.clear();
        std::string type = res.get_header_value("Content-Type");
        res.headers.erase("Content-Type"); // set_content_provider adds it again
        const int fd = socketOf(req);
        res.set_content_provider(body->size(), type.empty() ? "application/json" : type,
                                 [body, fd](size_t offset, size_t, httplib::DataSink& sink) {
                                     if (offset == 0 && body->size() >= 2)
                                         return sink.write(body->data(), body->size() / 2);
                                     abortConnection(fd);
                                     return false; // httplib stops writing and closes
                                 });
        return;
    }
    case FaultKind::TruncatedJson:
        // A complete HTTP message (Content-Length matches) whose JSON ends in the middle.
        res.body.resize(res.body.size() / 2);
        return;
    case FaultKind::Stall: {
        // Held until the time is up, or the client hangs up: a client that gave up (its timeout is
        // shorter, as the stall means it to be) no longer holds a worker and a connection slot.
        const auto held = fault.stallMs > 0 ? std::chrono::milliseconds(fault.stallMs)
                                            : std::chrono::milliseconds(std::chrono::seconds(fault.seconds));
        const auto until = std::chrono::steady_clock::now() + held;
        const int fd = socketOf(req);
        std::unique_lock lock(m_mutex);
        while (!m_stopping && std::chrono::steady_clock::now() < until && !peerHungUp(fd))
            m_wake.wait_for(
                lock, std::min<std::chrono::steady_clock::duration>(until - std::chrono::steady_clock::now(),
                                                                    std::chrono::milliseconds(50)));
        return;
    }
    case FaultKind::ReplyLost:
        // Committed, and not a byte of the answer leaves: httplib's write fails on the aborted socket.
        abortConnection(socketOf(req));
        return;
    case FaultKind::ResetBefore:
    case FaultKind::Status500:
    case FaultKind::Status503:
    case FaultKind::Status429:
    case FaultKind::MalformedJson:
        return;
    }
}

void FaultInjector::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
}

} // namespace o2o::sandbox
