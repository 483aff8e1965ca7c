#pragma once

#include <QtGlobal>
#include <functional>

namespace o2o {

/**
 * When to try again after a failed cycle (docs/protocol.md, "Retries"): exponential backoff with full
 * jitter, a random wait in [0, min(300 s, 1 s * 2^attempt)], but never less than the platform's
 * Retry-After. Full jitter spreads a store's terminals out after an outage instead of letting them
 * return in step. The random source is injectable for tests.
 */
class Backoff {
public:
    static constexpr qint64 kBaseMs = 1'000;
    static constexpr qint64 kCapMs = 300'000;
    /** A Retry-After beyond an hour is taken as an hour: a wrong header must not stop sync for days. */
    static constexpr qint64 kMaxRetryAfterSecs = 3'600;

    /** random() returns a number in [0, 1). */
    explicit Backoff(std::function<double()> random = {});

    /** The wait before the next attempt after one more failure. retryAfterSecs < 0: none given. */
    qint64 nextDelayMs(qint64 retryAfterSecs = -1);
    /** The upper bound the next failure will draw from. */
    qint64 ceilingMs() const;
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    std::function<double()> m_random;
    int m_attempt = 0;
};

} // namespace o2o
