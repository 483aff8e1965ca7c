// enroll, sync, conflicts, and redeem's online path: the command-line face of sync/.
#include "app/cli.h"
#include "app/jsonviews.h"
#include "core/money.h"
#include "store/outbox.h"
#include "store/redemptionservice.h"
#include "store/syncstate.h"
#include "sync/enrolledclient.h"
#include "sync/enrollment.h"
#include "sync/onlineredemption.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QJsonArray>
#include <cstdio>

namespace o2o {

namespace {

QJsonValue msOrNull(qint64 ms) {
    return ms > 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

} // namespace

int commandEnroll(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty() || !args.values.contains(QStringLiteral("platform")) ||
        !args.values.contains(QStringLiteral("pairing-code")))
        return reportUsage(QStringLiteral("enroll needs --platform URL and --pairing-code CODE"));
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    const EnrollRequest request{args.value(QStringLiteral("platform")),
                                args.value(QStringLiteral("pairing-code")),
                                args.value(QStringLiteral("ca-fingerprint"))};
    auto enrolled = enroll(**db, request, clock);
    if (!enrolled) {
        if (enrolled.error().code == ErrorCode::Usage)
            return reportUsage(enrolled.error().message);
        reportError((*db)->explain(enrolled.error()));
        // The platform or the certificate check said no: a refusal, not a broken terminal.
        return enrolled.error().code == ErrorCode::Crypto ? ExitRefused : ExitError;
    }
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("enrolled"), true},
                              {QStringLiteral("device_id"), enrolled->deviceId},
                              {QStringLiteral("store_id"), enrolled->storeId},
                              {QStringLiteral("merchant_id"), enrolled->merchantId},
                              {QStringLiteral("platform"), enrolled->platformUrl},
                              {QStringLiteral("ca_fingerprint"), enrolled->caFingerprint},
                              {QStringLiteral("server_time_ms"), enrolled->serverTimeMs}});
        return ExitOk;
    }
    printLine(QStringLiteral("Enrolled with %1 as %2 for store %3.")
                  .arg(enrolled->platformUrl, enrolled->deviceId, enrolled->storeId));
    printLine(QStringLiteral("Platform CA pinned: %1").arg(enrolled->caFingerprint));
    return ExitOk;
}

int commandSync(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (args.has(QStringLiteral("watch")) && !args.has(QStringLiteral("once")) &&
        !args.has(QStringLiteral("json")) && args.positional.isEmpty())
        return commandSyncWatch(context);
    if (!args.has(QStringLiteral("once")) || args.has(QStringLiteral("watch")) ||
        args.values.contains(QStringLiteral("interval")) || !args.positional.isEmpty())
        return reportUsage(QStringLiteral("use 'sync --once' for one cycle or 'sync --watch' for the sync "
                                          "service (the window syncs in the background by itself)"));
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    SyncEngine engine(**db, clock);
    auto cycle = engine.runCycle();
    if (!cycle)
        return reportError((*db)->explain(cycle.error()));
    auto pending = Outbox(**db).pending();
    if (args.has(QStringLiteral("json"))) {
        const UploadReport& u = cycle->upload;
        const DownloadReport& d = cycle->download;
        printJson(QJsonObject{
            {QStringLiteral("completed"), true},
            {QStringLiteral("uploaded"), QJsonObject{{QStringLiteral("accepted"), u.accepted},
                                                     {QStringLiteral("duplicate"), u.duplicate},
                                                     {QStringLiteral("conflict"), u.conflict},
                                                     {QStringLiteral("rejected"), u.rejected}}},
            {QStringLiteral("downloaded"), QJsonObject{{QStringLiteral("pages"), d.pages},
                                                       {QStringLiteral("vouchers"), d.vouchers},
                                                       {QStringLiteral("removed"), d.removed},
                                                       {QStringLiteral("settings"), d.settings},
                                                       {QStringLiteral("trust_sequence"), d.trustSequence}}},
            {QStringLiteral("pending_events"), pending ? *pending : -1},
            {QStringLiteral("server_time_ms"), msOrNull(cycle->serverTimeMs)}});
        return ExitOk;
    }
    printLine(
        QStringLiteral("Sync complete: %1 accepted, %2 duplicate, %3 conflict, %4 rejected; %5 vouchers "
                       "updated, %6 removed.")
            .arg(cycle->upload.accepted)
            .arg(cycle->upload.duplicate)
            .arg(cycle->upload.conflict)
            .arg(cycle->upload.rejected)
            .arg(cycle->download.vouchers)
            .arg(cycle->download.removed));
    return ExitOk;
}

int commandConflicts(const CommandContext& context) {
    const CliArgs& args = context.args;
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto list = Outbox(**db).conflicts();
    if (!list)
        return reportError((*db)->explain(list.error()));
    if (args.has(QStringLiteral("json"))) {
        QJsonArray conflicts;
        for (const ConflictRecord& k : *list)
            conflicts.append(QJsonObject{{QStringLiteral("voucher"), k.voucherId},
                                         {QStringLiteral("terminal"), k.terminalId},
                                         {QStringLiteral("first_terminal"), k.firstTerminalId},
                                         {QStringLiteral("at"), k.atMs},
                                         {QStringLiteral("first_at"), msOrNull(k.firstAtMs)},
                                         {QStringLiteral("redemption_id"), k.redemptionId},
                                         {QStringLiteral("first_redemption_id"), k.firstRedemptionId},
                                         {QStringLiteral("event_id"), k.eventId}});
        printJson(QJsonObject{{QStringLiteral("conflicts"), conflicts}});
        return ExitOk;
    }
    printLine(QStringLiteral("Conflicts reported by the platform: %1").arg(list->size()));
    for (const ConflictRecord& k : *list)
        printLine(QStringLiteral("%1  voucher %2  redeemed here (%3), but first by %4 at %5")
                      .arg(QDateTime::fromMSecsSinceEpoch(k.atMs).toString(Qt::ISODate), k.voucherId,
                           k.redemptionId,
                           k.firstTerminalId.isEmpty() ? QStringLiteral("?") : k.firstTerminalId,
                           k.firstAtMs ? QDateTime::fromMSecsSinceEpoch(k.firstAtMs).toString(Qt::ISODate)
                                       : QStringLiteral("?")));
    return ExitOk;
}

} // namespace o2o
