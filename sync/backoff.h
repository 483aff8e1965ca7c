#pragma once

#include <QtGlobal>
#include <functional>

namespace o2o {

/**
 * When to try again after a failed cycle (docs/protocol.md, "Retries"): exponential backoff with full
 * jitter, a random wait in [0, min(300 s, 1 s * 2^attempt, how long the failures have lasted)], but never
 * less than the platform's Retry-After. Full jitter spreads a store's terminals out after an outage
 * instead of letting them return in step. Bounding the ceiling by the outage's age keeps a terminal that
 * drew short waits (and so counted attempts fast) from waiting far longer than the outage lasted: after a
 * 6 s outage every terminal is back within about 6 s, not a minute (tests/sync/tst_fleet.cpp). The random
 * source is injectable for tests.
 */
class Backoff {
public:
    static constexpr qint64 kBaseMs = 1'000;
    static constexpr qint64 kCapMs = 300'000;
    /** A Retry-After beyond an hour is taken as an hour: a wrong header must not stop sync for days. */
    static constexpr qint64 kMaxRetryAfterSecs = 3'600;

    /** random() returns a number in [0, 1). */
    explicit Backoff(std::function<double()> random = {});

    /**
     * The wait before the next attempt after one more failure. retryAfterSecs < 0: none given.
     * failingForMs: how long the failures have lasted (since the first failed cycle); < 0: unknown.
     */
    qint64 nextDelayMs(qint64 retryAfterSecs = -1, qint64 failingForMs = -1);
    /** The upper bound the next failure will draw from. */
    qint64 ceilingMs(qint64 failingForMs = -1) const;
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    std::function<double()> m_random;
    int m_attempt = 0;
};

} // namespace o2o
