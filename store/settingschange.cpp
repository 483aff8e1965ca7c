#include "store/settingschange.h"

#include "store/auditlog.h"

namespace o2o {

bool isValidVoidWindowMinutes(int minutes) {
    return minutes >= 0 && minutes <= SettingLimits::kMaxVoidWindowMinutes;
}

bool isValidIdleSignOutMinutes(int minutes) {
    return minutes >= 0 && minutes <= SettingLimits::kMaxIdleSignOutMinutes;
}

QStringList changedSettingKeys(const TerminalSettings& before, const TerminalSettings& after) {
    QStringList changed;
    const auto note = [&](const char* key, const auto& a, const auto& b) {
        if (a != b)
            changed.append(QString::fromLatin1(key));
    };
    note("store_id", before.storeId, after.storeId);
    note("currency", before.currency, after.currency);
    note("offline_max_count", before.offlineMaxCount, after.offlineMaxCount);
    note("offline_max_value", before.offlineMaxValueMinor, after.offlineMaxValueMinor);
    note("offline_max_hours", before.offlineMaxHours, after.offlineMaxHours);
    note("void_window_minutes", before.voidWindowMinutes, after.voidWindowMinutes);
    note("idle_signout_minutes", before.idleSignOutMinutes, after.idleSignOutMinutes);
    note("data_age_warn_minutes", before.dataAgeWarnMinutes, after.dataAgeWarnMinutes);
    return changed;
}

Result<QStringList> saveSettingsAudited(Database& db, const TerminalSettings& before,
                                        const TerminalSettings& after, const QString& actor, qint64 nowMs) {
    const QStringList changed = changedSettingKeys(before, after);
    if (changed.isEmpty())
        return changed;
    sql::Transaction transaction(db.connection());
    O2O_TRY(transaction.begin());
    O2O_TRY(after.save(db));
    auto entry = AuditLog(db).append(actor, QStringLiteral("settings"), QStringLiteral("terminal"),
                                     changed.join(QStringLiteral(", ")), nowMs);
    if (!entry)
        return Unexpected(entry.error());
    O2O_TRY(transaction.commit());
    return changed;
}

} // namespace o2o
