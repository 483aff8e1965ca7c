#pragma once

// The network chaos test's view of every request: the real libcurl transport, its timeout shortened
// for the test, and each request's duration measured against that timeout.
#include "sync/transport.h"

#include <QMap>
#include <mutex>

namespace o2o::test {

/** What the terminals' requests did, shared by their threads. */
class RequestFigures {
public:
    void record(qint64 elapsedMs, qint64 timeoutMs, const Result<HttpResponse>& outcome);

    qint64 requests() const;
    /** The longest time a request took beyond its timeout (negative: every one ended before it). */
    qint64 maxOverrunMs() const;
    qint64 longestMs() const;
    /** Requests that outlived their timeout by more than a second: the contract says none. */
    qint64 pastTimeoutPlusOneSecond() const;
    /** "200", "500", ..., and "error" for a transfer without an answer (reset, TLS, timeout, cut-off). */
    QMap<QString, qint64> outcomes() const;

private:
    mutable std::mutex m_mutex;
    qint64 m_requests = 0;
    qint64 m_maxOverrunMs = std::numeric_limits<qint64>::min();
    qint64 m_longestMs = 0;
    qint64 m_late = 0;
    QMap<QString, qint64> m_outcomes;
};

/** Carries each request on inner with its timeout capped at timeoutMs, and times it. */
class TimedTransport final : public Transport {
public:
    TimedTransport(std::unique_ptr<Transport> inner, qint64 timeoutMs, RequestFigures& figures)
        : m_inner(std::move(inner))
        , m_timeoutMs(timeoutMs)
        , m_figures(figures) {}

    [[nodiscard]] Result<HttpResponse> send(const HttpRequest& request) override;

private:
    std::unique_ptr<Transport> m_inner;
    qint64 m_timeoutMs;
    RequestFigures& m_figures;
};

/** libcurl (the terminal's HttpClient) behind a TimedTransport. */
TransportFactory timedCurl(qint64 timeoutMs, RequestFigures& figures);

} // namespace o2o::test
