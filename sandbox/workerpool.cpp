#include "sandbox/workerpool.h"

namespace o2o::sandbox {

WorkerPool::WorkerPool(std::size_t threads, std::function<void(std::size_t)> onWaiting)
    : m_onWaiting(std::move(onWaiting)) {
    for (std::size_t i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
    shutdown();
}

void WorkerPool::tellWaitingLocked() {
    // Told under the pool's lock, so the guard hears the numbers in their order. The guard never calls
    // back into the pool: the locks are always taken pool first.
    const std::size_t waiting = m_jobs.size() > m_idle ? m_jobs.size() - m_idle : 0;
    if (waiting == m_told)
        return;
    m_told = waiting;
    if (m_onWaiting)
        m_onWaiting(waiting);
}

void WorkerPool::enqueue(std::function<void()> job) {
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        tellWaitingLocked();
    }
    m_wake.notify_one();
}

void WorkerPool::shutdown() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& thread : m_threads)
        if (thread.joinable())
            thread.join();
}

void WorkerPool::work() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            ++m_idle;
            m_wake.wait(lock, [this] { return !m_jobs.empty() || m_stopping; });
            --m_idle;
            if (m_jobs.empty()) // stopping, and nothing left to serve
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            tellWaitingLocked();
        }
        job();
    }
}

} // namespace o2o::sandbox
