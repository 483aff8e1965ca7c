#pragma once

#include "core/clock.h"
#include "store/database.h"
#include "sync/platformclient.h"

namespace o2o {

/** What one upload did. */
struct UploadReport {
    int batches = 0;
    int accepted = 0;
    int duplicate = 0;
    int conflict = 0;
    int rejected = 0;
    bool drained = false; // the outbox was empty at the end
};

/**
 * Sends the outbox oldest first, in batches of at most 500, until it is empty or a request fails. Each
 * answered event leaves the outbox in the same transaction that records its answer; a failed or
 * ambiguous request (timeout, 4xx, 5xx, a body we cannot read) settles nothing, so the same events
 * with the same ids go again later and the platform recognises them.
 */
class Uploader {
public:
    static constexpr int kMaxBatch = 500;

    Uploader(Database& db, PlatformClient& client, const Clock& clock)
        : m_db(db)
        , m_client(client)
        , m_clock(clock) {}

    [[nodiscard]] ApiResult<UploadReport> run();

private:
    Database& m_db;
    PlatformClient& m_client;
    const Clock& m_clock;
};

} // namespace o2o
