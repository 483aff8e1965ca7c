#pragma once

#include <QString>
#include <atomic>
#include <thread>

namespace o2o::test {

/** What the probe saw. */
struct ProbeReport {
    int probes = 0;
    int answered = 0; // 200 with a body
    qint64 maxLatencyMs = 0;
};

/**
 * Asks the platform's GET /v1/health every intervalMs on a thread of its own, over the real libcurl
 * client on a new connection each time, and notes whether each answered and how fast.
 */
class HealthProbe {
public:
    HealthProbe(QString platformUrl, QString caFile, int intervalMs = 100);
    ~HealthProbe();
    HealthProbe(const HealthProbe&) = delete;
    HealthProbe& operator=(const HealthProbe&) = delete;

    void start();
    /** Stops after the probe in flight; returns what all probes saw. */
    ProbeReport stop();

private:
    void run();

    QString m_url;
    QString m_caFile;
    int m_intervalMs;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    ProbeReport m_report;
};

} // namespace o2o::test
