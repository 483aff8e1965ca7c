#include "sandbox/storesettingsstore.h"

namespace o2o::sandbox {

QJsonObject StoreSettings::toJson() const {
    return QJsonObject{{QStringLiteral("offline_max_count"), offlineMaxCount},
                       {QStringLiteral("offline_max_value"), offlineMaxValueMinor},
                       {QStringLiteral("offline_max_hours"), offlineMaxHours},
                       {QStringLiteral("currency"), currency}};
}

Result<StoreSettings> StoreSettingsStore::get(const QString& storeId) {
    auto stmt =
        m_connection.prepare("SELECT offline_max_count, offline_max_value, offline_max_hours, currency "
                             "FROM store_settings WHERE store_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId);
    StoreSettings s;
    s.storeId = storeId;
    const int rc = stmt->step();
    if (rc == sql::kRow) {
        s.offlineMaxCount = stmt->int64(0);
        s.offlineMaxValueMinor = stmt->int64(1);
        s.offlineMaxHours = stmt->int64(2);
        s.currency = stmt->text(3);
    } else if (rc != sql::kDone) {
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the store settings")));
    }
    return s;
}

Result<void> StoreSettingsStore::save(const StoreSettings& s) {
    auto stmt = m_connection.prepare(
        "INSERT INTO store_settings(store_id, offline_max_count, offline_max_value, offline_max_hours, "
        "currency) "
        "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(store_id) DO UPDATE SET "
        "offline_max_count = excluded.offline_max_count, offline_max_value = excluded.offline_max_value, "
        "offline_max_hours = excluded.offline_max_hours, currency = excluded.currency");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, s.storeId)
        .bind(2, s.offlineMaxCount)
        .bind(3, s.offlineMaxValueMinor)
        .bind(4, s.offlineMaxHours)
        .bind(5, s.currency);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the store settings")));
    return {};
}

Result<void> StoreSettingsStore::ensure(const QString& storeId) {
    const StoreSettings defaults;
    auto stmt = m_connection.prepare(
        "INSERT OR IGNORE INTO store_settings(store_id, offline_max_count, offline_max_value, "
        "offline_max_hours, currency) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId)
        .bind(2, defaults.offlineMaxCount)
        .bind(3, defaults.offlineMaxValueMinor)
        .bind(4, defaults.offlineMaxHours)
        .bind(5, defaults.currency);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the store settings")));
    return {};
}

} // namespace o2o::sandbox
