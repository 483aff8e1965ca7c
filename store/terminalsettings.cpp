#include "store/terminalsettings.h"

#include <QHash>
#include <QUuid>

namespace o2o {

namespace {
constexpr const char* kSelect = "SELECT key, value FROM meta";
constexpr const char* kUpsert =
    "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
} // namespace

Result<TerminalSettings> TerminalSettings::load(Database& db) {
    auto stmt = db.connection().prepare(kSelect);
    if (!stmt)
        return Unexpected(stmt.error());
    QHash<QString, QString> values;
    int rc = SQLITE_ROW;
    while ((rc = stmt->step()) == SQLITE_ROW)
        values.insert(stmt->text(0), stmt->text(1));
    if (rc != SQLITE_DONE)
        return Unexpected(db.connection().error(rc, QStringLiteral("cannot read the settings")));

    TerminalSettings s;
    s.terminalId = values.value(QStringLiteral("terminal_id"));
    s.storeId = values.value(QStringLiteral("store_id"));
    s.currency = values.value(QStringLiteral("currency"), s.currency);
    s.offlineMaxCount = values.value(QStringLiteral("offline_max_count"), QStringLiteral("-1")).toInt();
    s.offlineMaxValueMinor =
        values.value(QStringLiteral("offline_max_value"), QStringLiteral("-1")).toLongLong();
    s.offlineMaxHours = values.value(QStringLiteral("offline_max_hours"), QStringLiteral("-1")).toInt();
    s.lastSyncMs = values.value(QStringLiteral("last_sync_ms")).toLongLong();
    s.platformTimeMs = values.value(QStringLiteral("platform_time_ms")).toLongLong();
    s.merchantId = values.value(QStringLiteral("merchant_id"), QStringLiteral("-1")).toLongLong();
    s.trustRootKey = QByteArray::fromBase64(values.value(QStringLiteral("trust_root_key")).toLatin1());
    s.trustSequence = values.value(QStringLiteral("trust_sequence")).toLongLong();
    if (s.terminalId.isEmpty() && !db.readOnly()) {
        s.terminalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto r = s.save(db); !r)
            return Unexpected(r.error());
    }
    return s;
}

Result<void> TerminalSettings::save(Database& db) const {
    auto stmt = db.connection().prepare(kUpsert);
    if (!stmt)
        return Unexpected(stmt.error());
    const std::pair<const char*, QString> values[] = {
        {"terminal_id", terminalId},
        {"store_id", storeId},
        {"currency", currency},
        {"offline_max_count", QString::number(offlineMaxCount)},
        {"offline_max_value", QString::number(offlineMaxValueMinor)},
        {"offline_max_hours", QString::number(offlineMaxHours)},
        {"last_sync_ms", QString::number(lastSyncMs)},
        {"platform_time_ms", QString::number(platformTimeMs)},
        {"merchant_id", QString::number(merchantId)},
        {"trust_root_key", QString::fromLatin1(trustRootKey.toBase64())},
        {"trust_sequence", QString::number(trustSequence)},
    };
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    for (const auto& [key, value] : values) {
        stmt->reset().bind(1, QString::fromLatin1(key)).bind(2, value);
        if (const int rc = stmt->step(); rc != SQLITE_DONE)
            return Unexpected(db.connection().error(rc, QStringLiteral("cannot save the settings")));
    }
    return transaction.commit();
}

} // namespace o2o
