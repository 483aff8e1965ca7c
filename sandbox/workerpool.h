#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace o2o::sandbox {

/**
 * httplib's worker threads, as its ThreadPool, but saying how many accepted connections wait for a
 * worker: httplib gives each connection a worker for as long as it stays open, idle keep-alive ones
 * included, so a fleet coming back after an outage would leave new connections (and /v1/health) queued
 * behind connections that only wait for a next request. onWaiting(n) is called, under the pool's lock,
 * whenever that number changes (ConnectionGuard then closes idle connections while n > 0).
 */
class WorkerPool final : public httplib::TaskQueue {
public:
    WorkerPool(std::size_t threads, std::function<void(std::size_t waiting)> onWaiting);
    ~WorkerPool() override;
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    void enqueue(std::function<void()> job) override;
    void shutdown() override;

private:
    void work();
    /** Tells onWaiting how many connections wait beyond the idle workers, if that changed. */
    void tellWaitingLocked();

    std::function<void(std::size_t)> m_onWaiting;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::size_t m_idle = 0;
    std::size_t m_told = 0; // what onWaiting heard last
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace o2o::sandbox
