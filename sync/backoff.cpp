#include "sync/backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace o2o {

Backoff::Backoff(std::function<double()> random)
    : m_random(std::move(random)) {
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 Backoff::ceilingMs(qint64 failingForMs) const {
    // 2^9 s already passes the cap; stop shifting there so the exponent never overflows.
    const qint64 exponential = std::min(kCapMs, kBaseMs << std::min(m_attempt, 9));
    return failingForMs < 0 ? exponential : std::min(exponential, std::max(kBaseMs, failingForMs));
}

qint64 Backoff::nextDelayMs(qint64 retryAfterSecs, qint64 failingForMs) {
    const double r = std::clamp(m_random(), 0.0, 1.0);
    qint64 delay = qint64(r * double(ceilingMs(failingForMs)));
    ++m_attempt;
    if (retryAfterSecs >= 0)
        delay = std::max(delay, std::min(retryAfterSecs, kMaxRetryAfterSecs) * 1000);
    return delay;
}

} // namespace o2o
