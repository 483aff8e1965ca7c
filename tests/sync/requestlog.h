#pragma once

#include "sync/transport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QVector>

namespace o2o::test {

/** When each request of a fleet left (ms on one monotonic clock), from any number of threads. */
class RequestLog {
public:
    explicit RequestLog(const QElapsedTimer& clock)
        : m_clock(clock) {}

    qint64 nowMs() const { return m_clock.elapsed(); }
    void note() {
        const qint64 at = nowMs();
        QMutexLocker lock(&m_mutex);
        m_times.append(at);
    }
    QVector<qint64> times() const {
        QMutexLocker lock(&m_mutex);
        return m_times;
    }

private:
    const QElapsedTimer& m_clock;
    mutable QMutex m_mutex;
    QVector<qint64> m_times;
};

/**
 * The real libcurl transport (HttpClient) leaving from sourceAddress, noting each request in log: what a
 * simulated terminal of tst_fleet syncs through.
 */
TransportFactory recordingTransports(RequestLog& log, const QByteArray& sourceAddress);

} // namespace o2o::test
