#include "tests/sync/healthprobe.h"

#include "sync/httpclient.h"

#include <QElapsedTimer>
#include <chrono>

namespace o2o::test {

HealthProbe::HealthProbe(QString platformUrl, QString caFile, int intervalMs)
    : m_url(std::move(platformUrl))
    , m_caFile(std::move(caFile))
    , m_intervalMs(intervalMs) {}

HealthProbe::~HealthProbe() {
    stop();
}

void HealthProbe::start() {
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

ProbeReport HealthProbe::stop() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    return m_report;
}

void HealthProbe::run() {
    TlsSettings tls;
    tls.caFile = m_caFile;
    HttpRequest request;
    request.url = m_url + QStringLiteral("/v1/health");
    request.timeoutMs = 10'000; // a probe that waits this long has failed anyway
    while (!m_stop) {
        // A new connection each time, as a load balancer's check makes: a kept one would hold a worker of
        // its own and never queue behind the fleet's connections.
        HttpClient client(tls);
        QElapsedTimer timer;
        timer.start();
        const auto answer = client.send(request);
        const qint64 latency = timer.elapsed();
        ++m_report.probes;
        if (answer && answer->status == 200 && answer->body.contains("\"ok\""))
            ++m_report.answered;
        m_report.maxLatencyMs = std::max(m_report.maxLatencyMs, latency);
        if (latency < m_intervalMs)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_intervalMs - latency));
    }
}

} // namespace o2o::test
