#include "ui/appservices.h"
#include "ui/screenshotplan.h"

#include <QDateTime>

namespace o2o {

namespace {
/** The status as the database has it now, for a shot to change one fact of. */
TerminalStatus currentStatus(ShotStage& stage) {
    TerminalStatus status;
    SyncStatusController* bar = stage.app().syncStatus();
    status.pendingEvents = bar->pendingEvents();
    status.conflicts = bar->conflicts();
    return status;
}

void redeemDemo(ShotStage& stage, const QString& voucherId) {
    RedemptionController* counter = stage.app().redemption();
    counter->redeem(stage.demoCode(voucherId), {}, 1);
    stage.waitUntil([counter] { return !counter->busy() && counter->verdict().shown(); });
    stage.settle();
}

constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

// The status bar's states. Sync is off in the screenshots: the facts the sync worker would report
// (online, a cycle under way, the platform's time) are given to the bar as the worker's signals give them.
QList<Shot> statusShots() {
    return {
        {QStringLiteral("status-offline-waiting-old-data"),
         [](ShotStage& s) {
             redeemDemo(s, QStringLiteral("demo-pass")); // a real event waiting to upload
             TerminalStatus status = currentStatus(s);
             status.enrolled = true;
             status.vouchersMs = QDateTime::currentMSecsSinceEpoch() - 3 * kHourMs;
             status.offlineMaxHours = 24;
             s.app().syncStatus()->setStatus(status);
             s.app().redemption()->clear();
         }},
        {QStringLiteral("status-offline-limit-reached"),
         [](ShotStage& s) {
             TerminalStatus status = currentStatus(s);
             status.enrolled = true;
             status.vouchersMs = QDateTime::currentMSecsSinceEpoch() - 30 * kHourMs;
             status.offlineMaxHours = 24;
             s.app().syncStatus()->setStatus(status);
         }},
        {QStringLiteral("status-downloading"),
         [](ShotStage& s) {
             TerminalStatus status = currentStatus(s);
             status.enrolled = true; // enrolled a moment ago, nothing downloaded yet
             s.app().syncStatus()->setStatus(status);
             s.app().syncStatus()->cycleStarted();
         }},
        {QStringLiteral("status-online-clock-behind"),
         [](ShotStage& s) {
             TerminalStatus status = currentStatus(s);
             status.enrolled = true;
             status.vouchersMs = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
             status.platformTimeMs = QDateTime::currentMSecsSinceEpoch() + 2 * kHourMs;
             s.app().syncStatus()->setStatus(status);
             s.app().syncStatus()->setOnline(true);
         }},
    };
}

} // namespace o2o
