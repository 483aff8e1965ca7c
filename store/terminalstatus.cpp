#include "store/terminalstatus.h"

#include "store/outbox.h"
#include "store/redemptionledger.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"

namespace o2o {

Result<TerminalStatus> TerminalStatus::read(Database& db) {
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return Unexpected(settings.error());
    auto sync = SyncState::load(db);
    if (!sync)
        return Unexpected(sync.error());
    auto pending = RedemptionLedger(db).pendingEvents();
    if (!pending)
        return Unexpected(pending.error());
    auto conflicts = Outbox(db).conflictCount();
    if (!conflicts)
        return Unexpected(conflicts.error());
    TerminalStatus status;
    status.enrolled = sync->enrolled();
    status.pendingEvents = *pending;
    status.conflicts = *conflicts;
    status.vouchersMs = sync->vouchersMs;
    status.platformTimeMs = settings->platformTimeMs;
    status.dataAgeWarnMinutes = settings->dataAgeWarnMinutes;
    status.offlineMaxHours = settings->offlineMaxHours;
    status.lastError = sync->lastError;
    return status;
}

} // namespace o2o
