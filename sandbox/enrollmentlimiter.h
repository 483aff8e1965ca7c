#pragma once

#include <QtGlobal>

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace o2o::sandbox {

/**
 * Slows down guessing pairing codes: counts refused codes per client (clientKey), and once
 * limits::kEnrollFailures fall within limits::kEnrollWindow the client waits until the oldest leaves it.
 * In memory: a restart of the server forgets.
 */
class EnrollmentLimiter {
public:
    /** Seconds before the client may send a code again (its Retry-After); 0 when it may now. */
    int secondsToWait(const std::string& client, qint64 nowMs);
    void recordFailure(const std::string& client, qint64 nowMs);

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<qint64>> m_failures; // per client, oldest first
};

} // namespace o2o::sandbox
