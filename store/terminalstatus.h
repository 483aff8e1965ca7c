#pragma once

#include "core/error.h"

#include <QString>

namespace o2o {

class Database;

/** What the window's status bar shows, read in one go: the queue, the data's age and its limits. */
struct TerminalStatus {
    bool enrolled = false;
    qint64 pendingEvents = 0;  // events waiting to upload
    qint64 conflicts = 0;      // events the platform refused (the conflicts inbox)
    qint64 vouchersMs = 0;     // the voucher cache was current at this time; 0: never downloaded
    qint64 platformTimeMs = 0; // the latest time the platform vouched for
    int dataAgeWarnMinutes = 60;
    int offlineMaxHours = -1; // the offline budget's hours: past it, redemptions need the platform
    QString lastError;        // the last failed request's reason, for the log and the dashboard

    [[nodiscard]] static Result<TerminalStatus> read(Database& db);
};

} // namespace o2o
