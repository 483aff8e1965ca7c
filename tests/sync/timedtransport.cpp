#include "tests/sync/timedtransport.h"

#include "sync/httpclient.h"

#include <QElapsedTimer>

namespace o2o::test {

void RequestFigures::record(qint64 elapsedMs, qint64 timeoutMs, const Result<HttpResponse>& outcome) {
    std::lock_guard lock(m_mutex);
    ++m_requests;
    m_maxOverrunMs = std::max(m_maxOverrunMs, elapsedMs - timeoutMs);
    m_longestMs = std::max(m_longestMs, elapsedMs);
    if (elapsedMs > timeoutMs + 1000)
        ++m_late;
    ++m_outcomes[outcome ? QString::number(outcome->status) : QStringLiteral("error")];
}

qint64 RequestFigures::requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

qint64 RequestFigures::maxOverrunMs() const {
    std::lock_guard lock(m_mutex);
    return m_maxOverrunMs;
}

qint64 RequestFigures::longestMs() const {
    std::lock_guard lock(m_mutex);
    return m_longestMs;
}

qint64 RequestFigures::pastTimeoutPlusOneSecond() const {
    std::lock_guard lock(m_mutex);
    return m_late;
}

QMap<QString, qint64> RequestFigures::outcomes() const {
    std::lock_guard lock(m_mutex);
    return m_outcomes;
}

Result<HttpResponse> TimedTransport::send(const HttpRequest& request) {
    HttpRequest shortened = request;
    shortened.timeoutMs = std::min(request.timeoutMs, m_timeoutMs);
    m_inner->setCancelFlag(cancelFlag());
    QElapsedTimer clock;
    clock.start();
    auto outcome = m_inner->send(shortened);
    m_figures.record(clock.elapsed(), shortened.timeoutMs, outcome);
    return outcome;
}

TransportFactory timedCurl(qint64 timeoutMs, RequestFigures& figures) {
    return [timeoutMs, &figures](const TlsSettings& tls) -> std::unique_ptr<Transport> {
        return std::make_unique<TimedTransport>(std::make_unique<HttpClient>(tls), timeoutMs, figures);
    };
}

} // namespace o2o::test
