#include "sandbox/storepool.h"

namespace o2o::sandbox {

StorePool::Lease::~Lease() {
    if (m_store)
        m_pool->release(std::move(m_store));
}

Result<StorePool::Lease> StorePool::acquire() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<PlatformStore> store = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(store));
        }
    }
    auto store = PlatformStore::open(m_dataDir);
    if (!store)
        return Unexpected(store.error());
    return Lease(*this, std::move(*store));
}

void StorePool::release(std::unique_ptr<PlatformStore> store) {
    // A request that failed mid-transaction must not hand an open transaction to the next one.
    if (store->connection().inTransaction())
        return;
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(store));
}

} // namespace o2o::sandbox
