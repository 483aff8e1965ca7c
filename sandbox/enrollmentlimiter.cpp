#include "sandbox/enrollmentlimiter.h"

#include "sandbox/serverlimits.h"

namespace o2o::sandbox {

namespace {

constexpr qint64 kWindowMs = std::chrono::milliseconds(limits::kEnrollWindow).count();

void forgetOld(std::deque<qint64>& failures, qint64 nowMs) {
    while (!failures.empty() && failures.front() <= nowMs - kWindowMs)
        failures.pop_front();
}

} // namespace

int EnrollmentLimiter::secondsToWait(const std::string& client, qint64 nowMs) {
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(client);
    if (it == m_failures.end())
        return 0;
    std::deque<qint64>& failures = it->second;
    forgetOld(failures, nowMs);
    const auto count = qint64(failures.size());
    if (count < limits::kEnrollFailures) {
        if (failures.empty())
            m_failures.erase(it);
        return 0;
    }
    // Below the limit again once this one has left the window (requests racing may have added more).
    const qint64 freeAtMs = failures[size_t(count - limits::kEnrollFailures)] + kWindowMs;
    return int(qMax<qint64>(1, (freeAtMs - nowMs + 999) / 1000));
}

void EnrollmentLimiter::recordFailure(const std::string& client, qint64 nowMs) {
    std::lock_guard lock(m_mutex);
    // Clients come and go: the map is swept now and then so it holds only those with recent failures.
    if (m_failures.size() >= 4096)
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            forgetOld(it->second, nowMs);
            it = it->second.empty() ? m_failures.erase(it) : std::next(it);
        }
    std::deque<qint64>& failures = m_failures[client];
    forgetOld(failures, nowMs);
    failures.push_back(nowMs);
}

} // namespace o2o::sandbox
