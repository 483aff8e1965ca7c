#include "store/syncstate.h"

#include <QHash>

namespace o2o {

namespace {
constexpr const char* kSelect = "SELECT key, value FROM meta WHERE key LIKE 'sync\\_%' ESCAPE '\\'";
constexpr const char* kUpsert =
    "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
} // namespace

bool SyncState::online(qint64 nowMs) const {
    return lastOkMs > 0 && lastOkMs >= lastFailMs && nowMs - lastOkMs <= kOnlineWindowMs;
}

Result<SyncState> SyncState::load(Database& db) {
    auto stmt = db.connection().prepare(kSelect);
    if (!stmt)
        return Unexpected(stmt.error());
    QHash<QString, QString> v;
    int rc = SQLITE_ROW;
    while ((rc = stmt->step()) == SQLITE_ROW)
        v.insert(stmt->text(0), stmt->text(1));
    if (rc != SQLITE_DONE)
        return Unexpected(db.connection().error(rc, QStringLiteral("cannot read the sync state")));
    const auto number = [&](const char* key, qint64 fallback = 0) {
        bool ok = false;
        const qint64 n = v.value(QString::fromLatin1(key)).toLongLong(&ok);
        return ok ? n : fallback;
    };
    SyncState s;
    s.platformUrl = v.value(QStringLiteral("sync_platform_url"));
    s.deviceId = v.value(QStringLiteral("sync_device_id"));
    s.merchantId = number("sync_merchant_id", -1);
    s.enrolledMs = number("sync_enrolled_ms");
    s.cursor = v.value(QStringLiteral("sync_cursor"));
    s.lastUploadMs = number("sync_last_upload_ms");
    s.lastDownloadMs = number("sync_last_download_ms");
    s.vouchersMs = number("sync_vouchers_ms");
    s.settingsMs = number("sync_settings_ms");
    s.trustMs = number("sync_trust_ms");
    s.trustWanted = number("sync_trust_wanted");
    s.lastOkMs = number("sync_last_ok_ms");
    s.lastFailMs = number("sync_last_fail_ms");
    s.lastError = v.value(QStringLiteral("sync_last_error"));
    return s;
}

Result<void> SyncState::put(Database& db, std::initializer_list<std::pair<const char*, QString>> values) {
    auto stmt = db.connection().prepare(kUpsert);
    if (!stmt)
        return Unexpected(stmt.error());
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    for (const auto& [key, value] : values) {
        stmt->reset().bind(1, QString::fromLatin1(key)).bind(2, value);
        if (const int rc = stmt->step(); rc != SQLITE_DONE)
            return Unexpected(db.connection().error(rc, QStringLiteral("cannot save the sync state")));
    }
    return transaction.commit();
}

} // namespace o2o
