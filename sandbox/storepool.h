#pragma once

#include "sandbox/platformstore.h"

#include <mutex>

namespace o2o::sandbox {

/**
 * Connections to platform.db for the server's worker threads: one connection is used by one request at
 * a time, and kept for the next one instead of opening the file (and checking its schema) per request.
 * Every request still reads the committed state, so changes the admin commands make show at once.
 */
class StorePool {
public:
    explicit StorePool(QString dataDir)
        : m_dataDir(std::move(dataDir)) {}

    /** A connection for one request; it goes back to the pool when the lease ends. */
    class Lease {
    public:
        Lease(StorePool& pool, std::unique_ptr<PlatformStore> store)
            : m_pool(&pool)
            , m_store(std::move(store)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        PlatformStore& operator*() const { return *m_store; }
        PlatformStore* operator->() const { return m_store.get(); }

    private:
        StorePool* m_pool;
        std::unique_ptr<PlatformStore> m_store;
    };

    [[nodiscard]] Result<Lease> acquire();

private:
    void release(std::unique_ptr<PlatformStore> store);

    QString m_dataDir;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<PlatformStore>> m_idle;
};

} // namespace o2o::sandbox
