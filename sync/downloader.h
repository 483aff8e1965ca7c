#pragma once

#include "core/clock.h"
#include "store/changeapply.h"
#include "store/database.h"
#include "sync/platformclient.h"

#include <future>

namespace o2o {

/** What one download did. */
struct DownloadReport {
    int pages = 0;
    qint64 vouchers = 0;
    qint64 removed = 0;
    bool settings = false;
    bool trustImported = false;
    qint64 trustSequence = 0; // the trust list held at the end
};

/**
 * Pulls the change feed from the stored cursor until has_more is false, each page applied together with
 * its next cursor (store/changefeedwriter.h: consecutive pages share a transaction of at most kGroupMs)
 * while the next page is fetched, then fetches the trust list when the feed announced a newer one
 * and imports it through importTrustFile (signature, pinned root key, sequence checks).
 */
class Downloader {
public:
    static constexpr int kPageLimit = 5000;
    static constexpr qint64 kMaxTrustBytes = 512LL * 1024 * 1024; // as `trust import`
    /** How long one transaction may span pages (store/changefeedwriter.h): the longest a redemption on
     *  another connection waits for the write lock during a pull. */
    static constexpr qint64 kGroupMs = 2000;

    Downloader(Database& db, PlatformClient& client, const Clock& clock)
        : m_db(db)
        , m_client(client)
        , m_clock(clock) {}

    [[nodiscard]] ApiResult<DownloadReport> run();

private:
    [[nodiscard]] ApiResult<void> pullPages(DownloadReport& report);
    /** One page fetched and checked; runs on a helper thread while the previous page is written. */
    [[nodiscard]] ApiResult<ChangePage> fetchPage(const QString& cursor);
    /** fetchPage on a helper thread (on the caller's, when it is collected, if no thread can start). */
    [[nodiscard]] std::future<ApiResult<ChangePage>> startFetch(const QString& cursor);
    [[nodiscard]] ApiResult<void> refreshTrust(DownloadReport& report);

    Database& m_db;
    PlatformClient& m_client;
    const Clock& m_clock;
};

} // namespace o2o
