#include "store/syncstate.h"

#include "store/metatable.h"

#include <QHash>

namespace o2o {

bool SyncState::online(qint64 nowMs) const {
    return lastOkMs > 0 && lastOkMs >= lastFailMs && nowMs - lastOkMs <= kOnlineWindowMs;
}

Result<SyncState> SyncState::load(Database& db) {
    auto read = meta::read(db, QStringLiteral("sync state"), QStringLiteral("sync_"));
    if (!read)
        return Unexpected(read.error());
    const QHash<QString, QString>& v = *read;
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
    return meta::write(db, QStringLiteral("sync state"), values);
}

} // namespace o2o
