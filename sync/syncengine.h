#pragma once

#include "core/clock.h"
#include "store/database.h"
#include "sync/downloader.h"
#include "sync/uploader.h"

#include <atomic>
#include <memory>

namespace o2o {

struct SyncState;

/** What a completed cycle did. */
struct CycleReport {
    UploadReport upload;
    DownloadReport download;
    qint64 serverTimeMs = 0;
};

/**
 * One sync cycle (docs/protocol.md, "Sync cycle"): upload the outbox first, then pull the change feed and
 * the trust list, then record the time of the sync (the offline-hours budget counts from it) and the
 * platform's time (the trusted clock floor). Uses its own Database (its own connection) and its own curl
 * handle; run it on one thread. A file lock keeps two processes from syncing one data directory at once.
 * transports: what carries the requests (tests: an in-process platform); empty: libcurl.
 */
class SyncEngine {
public:
    SyncEngine(Database& db, const Clock& clock, TransportFactory transports = {});
    ~SyncEngine();

    [[nodiscard]] Result<CycleReport> runCycle();
    /** After a failed cycle: the platform's Retry-After in seconds, -1 when it gave none. */
    qint64 retryAfterSecs() const { return m_retryAfterSecs; }
    /** A flag another thread may set to abort a request in progress. */
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

private:
    [[nodiscard]] Result<PlatformClient*> clientFor(const SyncState& state);
    [[nodiscard]] Result<void> finishCycle(qint64 cycleStartMs, bool completed, const UploadReport* upload);
    Error failed(const ApiError& error);

    Database& m_db;
    const Clock& m_clock;
    TransportFactory m_transports;
    std::unique_ptr<PlatformClient> m_client;
    const std::atomic_bool* m_cancel = nullptr;
    qint64 m_retryAfterSecs = -1;
};

} // namespace o2o
