#include "sync/syncengine.h"

#include "store/changeapply.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/enrolledclient.h"
#include "sync/synclog.h"

#include <QDir>
#include <QLockFile>

namespace o2o {

SyncEngine::SyncEngine(Database& db, const Clock& clock, TransportFactory transports)
    : m_db(db)
    , m_clock(clock)
    , m_transports(std::move(transports)) {}

SyncEngine::~SyncEngine() = default;

Result<PlatformClient*> SyncEngine::clientFor(const SyncState& state) {
    // One client (one curl handle, its connection kept alive) for as long as the platform stays the same.
    if (!m_client || m_client->baseUrl() != state.platformUrl) {
        auto client = enrolledClient(m_db, state, m_clock, m_transports);
        if (!client)
            return Unexpected(client.error());
        m_client = std::move(*client);
        m_client->transport().setCancelFlag(m_cancel);
    }
    return m_client.get();
}

Error SyncEngine::failed(const ApiError& error) {
    m_retryAfterSecs = error.retryAfterSecs;
    return error.error;
}

Result<CycleReport> SyncEngine::runCycle() {
    m_retryAfterSecs = -1;
    // Two syncs of one terminal would send the same events twice at once: harmless, but wasteful and
    // confusing in the logs. The lock is released when this scope ends, also on every error path.
    QLockFile lock(QDir(m_db.dataDir()).filePath(QStringLiteral("sync.lock")));
    lock.setStaleLockTime(0); // a crashed holder is recognised by its pid, not by age
    if (!lock.tryLock(0))
        return fail(ErrorCode::DatabaseBusy, QStringLiteral("another sync of this terminal is running"),
                    true);

    auto state = SyncState::load(m_db);
    if (!state)
        return Unexpected(state.error());
    auto client = clientFor(*state);
    if (!client)
        return Unexpected(client.error());
    const qint64 cycleStartMs = m_clock.nowMsecs();
    CycleReport report;

    // Upload first: the platform hears of offline redemptions before we pull data that may depend on them.
    auto upload = Uploader(m_db, **client, m_clock).run();
    if (!upload) {
        const Error error = failed(upload.error());
        (void)finishCycle(cycleStartMs, false, nullptr);
        return Unexpected(error);
    }
    report.upload = *upload;
    auto download = Downloader(m_db, **client, m_clock).run();
    if (!download) {
        const Error error = failed(download.error());
        (void)finishCycle(cycleStartMs, false, &report.upload);
        return Unexpected(error);
    }
    report.download = *download;
    report.serverTimeMs = (*client)->serverTimeMs();
    if (auto r = finishCycle(cycleStartMs, true, &report.upload); !r)
        return Unexpected(r.error());
    qCInfo(lcSync) << "cycle done:" << report.upload.accepted << "accepted," << report.upload.duplicate
                   << "duplicate," << report.upload.conflict << "conflict," << report.upload.rejected
                   << "rejected;" << report.download.pages << "pages," << report.download.vouchers
                   << "vouchers";
    return report;
}

Result<void> SyncEngine::finishCycle(qint64 cycleStartMs, bool completed, const UploadReport* upload) {
    const RequestOutcomes& o = m_client->outcomes();
    sql::Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = applyPlatformSettings(m_db, std::nullopt, m_client->serverTimeMs()); !r)
        return r;
    if (completed) {
        // The offline budget counts redemptions from here: all earlier ones are now known to the platform.
        // The cycle's start, not its end, so a redemption made while we were uploading still counts.
        auto settings = TerminalSettings::load(m_db);
        if (!settings)
            return Unexpected(settings.error());
        settings->lastSyncMs = std::max(settings->lastSyncMs, cycleStartMs);
        if (auto r = settings->save(m_db); !r)
            return r;
    }
    if (upload && upload->drained) {
        if (auto r = SyncState::put(m_db, {{"sync_last_upload_ms", QString::number(m_clock.nowMsecs())}}); !r)
            return r;
    }
    if (auto r = saveRequestOutcomes(m_db, o); !r)
        return r;
    return transaction.commit();
}

} // namespace o2o
