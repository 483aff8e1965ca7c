#pragma once

#include "core/redemptionrequest.h"
#include "store/database.h"

namespace o2o {

/** The terminal's identity and settings, kept in the meta table. */
struct TerminalSettings {
    QString terminalId; // a UUID made on first start
    QString storeId;
    QString currency = QStringLiteral("EUR");
    int offlineMaxCount = -1; // -1: no limit (until the platform sets one)
    qint64 offlineMaxValueMinor = -1;
    int offlineMaxHours = -1;
    int voidWindowMinutes = 15;  // how long a cashier may void their own entry
    int dataAgeWarnMinutes = 60; // the status bar warns when the vouchers are older than this
    int idleSignOutMinutes = 5;  // the window signs staff out after this long without a touch; 0: never
    qint64 lastSyncMs = 0;
    qint64 platformTimeMs = 0; // the latest time the platform vouched for
    qint64 merchantId = -1;    // from the trust list; -1: no trust list yet
    QByteArray trustRootKey;   // the root key trust lists must be signed with (pinned on first import)
    qint64 trustSequence = 0;  // the sequence number of the trust list held
    bool kioskMode = false;    // set by the installer's wizard: a self-service kiosk, no cashier
    QString cameraName;        // the camera the installer chose (its description); empty: the default one

    /** Reads the settings, creating the terminal id on first use. */
    [[nodiscard]] static Result<TerminalSettings> load(Database& db);
    [[nodiscard]] Result<void> save(Database& db) const;
};

} // namespace o2o
