#include "store/changeapply.h"

#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"

namespace o2o {

namespace {
constexpr const char* kRemove = "DELETE FROM vouchers WHERE voucher_id = ?1";
} // namespace

Result<void> applyPlatformSettings(Database& db, const std::optional<PlatformSettings>& settings,
                                   qint64 serverTimeMs) {
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    // Read inside the write lock: `config` or a trust import in another process may have just saved.
    auto s = TerminalSettings::load(db);
    if (!s)
        return Unexpected(s.error());
    if (settings) {
        s->offlineMaxCount = settings->offlineMaxCount;
        s->offlineMaxValueMinor = settings->offlineMaxValueMinor;
        s->offlineMaxHours = settings->offlineMaxHours;
        if (!settings->currency.isEmpty())
            s->currency = settings->currency;
    }
    // The floor only rises: a platform clock that went back must not revive expired vouchers.
    s->platformTimeMs = std::max(s->platformTimeMs, serverTimeMs);
    if (auto r = s->save(db); !r)
        return r;
    return transaction.commit();
}

Result<PageSummary> applyChangePage(Database& db, const ChangePage& page, qint64 nowMs) {
    sql::Connection& c = db.connection();
    auto remove = c.prepare(kRemove);
    if (!remove)
        return Unexpected(remove.error());
    VoucherCache cache(db);
    sql::Transaction transaction(c);
    O2O_TRY(transaction.begin());

    PageSummary summary;
    std::optional<PlatformSettings> settings;
    for (const FeedChange& change : page.changes) {
        switch (change.kind) {
        case FeedChange::Kind::Voucher:
            O2O_TRY(cache.upsert(change.record));
            ++summary.vouchers;
            break;
        case FeedChange::Kind::VoucherRemoved: {
            remove->reset().bind(1, change.voucherId);
            if (const int rc = remove->step(); rc != sql::kDone)
                return Unexpected(c.error(rc, QStringLiteral("cannot remove a voucher")));
            summary.removed += c.changes();
            break;
        }
        case FeedChange::Kind::Settings:
            settings = change.settings; // the last one in the page is the current one
            break;
        case FeedChange::Kind::Trust:
            summary.trustAnnounced = std::max(summary.trustAnnounced, change.trustSequence);
            break;
        case FeedChange::Kind::Product:
            O2O_TRY(CatalogStore(db).upsert(change.product));
            break;
        }
    }
    summary.settings = settings.has_value();
    O2O_TRY(applyPlatformSettings(db, settings, page.serverTimeMs));

    auto state = SyncState::load(db);
    if (!state)
        return Unexpected(state.error());
    // The announcement is stored with the cursor: a trust fetch that fails later is retried, not forgotten.
    const qint64 wanted = std::max(state->trustWanted, summary.trustAnnounced);
    O2O_TRY(SyncState::put(
        db, {{"sync_cursor", page.nextCursor}, {"sync_trust_wanted", QString::number(wanted)}}));
    if (!page.hasMore) {
        const QString now = QString::number(nowMs);
        O2O_TRY(SyncState::put(
            db, {{"sync_last_download_ms", now}, {"sync_vouchers_ms", now}, {"sync_settings_ms", now}}));
    }
    O2O_TRY(transaction.commit());
    return summary;
}

} // namespace o2o
