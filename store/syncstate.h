#pragma once

#include "store/database.h"

#include <initializer_list>
#include <utility>

namespace o2o {

/**
 * What the sync engine remembers between runs: the platform it enrolled with, the change-feed cursor,
 * when each data set was last known current and how recent requests went. Kept in the meta table under
 * sync_* keys, so every process (the window's sync thread, `sync --once`, `status`) sees the same.
 * Times are the terminal's own clock (UTC ms): they are compared with that clock for ages and budgets.
 */
struct SyncState {
    QString platformUrl; // https://host:port, no trailing slash
    QString deviceId;    // the subject of the device certificate; empty: not enrolled
    qint64 merchantId = -1;
    qint64 enrolledMs = 0;
    QString cursor;            // opaque; empty: the next pull is a full one
    qint64 lastUploadMs = 0;   // the last upload that left the outbox empty
    qint64 lastDownloadMs = 0; // the last time the change feed was read to its end
    qint64 vouchersMs = 0;     // the voucher cache was current at this time
    qint64 settingsMs = 0;     // the offline budget was current at this time
    qint64 trustMs = 0;        // the trust list was current at this time
    qint64 trustWanted = 0;    // the newest trust list sequence the feed announced
    qint64 lastOkMs = 0;       // the last request the platform answered
    qint64 lastFailMs = 0;     // the last request that failed (network, TLS, 5xx, bad body)
    QString lastError;

    bool enrolled() const { return !deviceId.isEmpty() && !platformUrl.isEmpty(); }
    /** Online while the last request succeeded and is at most 60 s old (docs/protocol.md). */
    bool online(qint64 nowMs) const;

    [[nodiscard]] static Result<SyncState> load(Database& db);
    /** Writes the given sync_* keys; joins the caller's transaction when there is one. */
    [[nodiscard]] static Result<void> put(Database& db,
                                          std::initializer_list<std::pair<const char*, QString>> values);
};

constexpr qint64 kOnlineWindowMs = 60'000;

} // namespace o2o
