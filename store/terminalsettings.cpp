#include "store/terminalsettings.h"

#include "store/metatable.h"

#include <QHash>
#include <QUuid>

namespace o2o {

Result<TerminalSettings> TerminalSettings::load(Database& db) {
    auto read = meta::read(db, QStringLiteral("settings"));
    if (!read)
        return Unexpected(read.error());
    const QHash<QString, QString>& values = *read;

    TerminalSettings s;
    s.terminalId = values.value(QStringLiteral("terminal_id"));
    s.storeId = values.value(QStringLiteral("store_id"));
    s.currency = values.value(QStringLiteral("currency"), s.currency);
    s.offlineMaxCount = values.value(QStringLiteral("offline_max_count"), QStringLiteral("-1")).toInt();
    s.offlineMaxValueMinor =
        values.value(QStringLiteral("offline_max_value"), QStringLiteral("-1")).toLongLong();
    s.offlineMaxHours = values.value(QStringLiteral("offline_max_hours"), QStringLiteral("-1")).toInt();
    s.voidWindowMinutes = values.value(QStringLiteral("void_window_minutes"), QStringLiteral("15")).toInt();
    s.dataAgeWarnMinutes =
        values.value(QStringLiteral("data_age_warn_minutes"), QStringLiteral("60")).toInt();
    s.idleSignOutMinutes = values.value(QStringLiteral("idle_signout_minutes"), QStringLiteral("5")).toInt();
    s.lastSyncMs = values.value(QStringLiteral("last_sync_ms")).toLongLong();
    s.platformTimeMs = values.value(QStringLiteral("platform_time_ms")).toLongLong();
    s.merchantId = values.value(QStringLiteral("merchant_id"), QStringLiteral("-1")).toLongLong();
    s.trustRootKey = QByteArray::fromBase64(values.value(QStringLiteral("trust_root_key")).toLatin1());
    s.trustSequence = values.value(QStringLiteral("trust_sequence")).toLongLong();
    s.kioskMode = values.value(QStringLiteral("kiosk_mode")) == QLatin1StringView("1");
    s.cameraName = values.value(QStringLiteral("camera_name"));
    if (s.terminalId.isEmpty() && !db.readOnly()) {
        s.terminalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        O2O_TRY(s.save(db));
    }
    return s;
}

Result<void> TerminalSettings::save(Database& db) const {
    return meta::write(db, QStringLiteral("settings"),
                       {
                           {"terminal_id", terminalId},
                           {"store_id", storeId},
                           {"currency", currency},
                           {"offline_max_count", QString::number(offlineMaxCount)},
                           {"offline_max_value", QString::number(offlineMaxValueMinor)},
                           {"offline_max_hours", QString::number(offlineMaxHours)},
                           {"void_window_minutes", QString::number(voidWindowMinutes)},
                           {"data_age_warn_minutes", QString::number(dataAgeWarnMinutes)},
                           {"idle_signout_minutes", QString::number(idleSignOutMinutes)},
                           {"last_sync_ms", QString::number(lastSyncMs)},
                           {"platform_time_ms", QString::number(platformTimeMs)},
                           {"merchant_id", QString::number(merchantId)},
                           {"trust_root_key", QString::fromLatin1(trustRootKey.toBase64())},
                           {"trust_sequence", QString::number(trustSequence)},
                           {"kiosk_mode", kioskMode ? QStringLiteral("1") : QStringLiteral("0")},
                           {"camera_name", cameraName},
                       });
}

} // namespace o2o
