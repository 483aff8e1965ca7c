// close-day [--date D] --by ID [--override-reason TEXT]: end of day, with the manager's PIN on stdin.
#include "app/cli.h"
#include "app/pininput.h"
#include "core/timeformat.h"
#include "store/daycloseservice.h"

namespace o2o {

int commandCloseDay(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString by = args.value(QStringLiteral("by"));
    const QString reason = args.value(QStringLiteral("override-reason")).trimmed();
    if (!args.positional.isEmpty() || by.isEmpty() || reason.size() > 200 ||
        (args.values.contains(QStringLiteral("override-reason")) && reason.isEmpty()))
        return reportUsage(
            QStringLiteral("close-day takes [--date YYYY-MM-DD] --by STAFF_ID [--override-reason "
                           "TEXT (1 to 200 characters)]; the PIN comes on standard input"));
    QDate day;
    if (args.values.contains(QStringLiteral("date"))) {
        day = QDate::fromString(args.value(QStringLiteral("date")), QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            return reportUsage(QStringLiteral("--date must be a date like 2026-11-22"));
    }
    auto pin = readPinFromStdin(QStringLiteral("PIN of %1").arg(by));
    if (!pin)
        return reportUsage(pin.error().message);
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    DayCloseService service(**db, clock);
    if (!day.isValid()) {
        auto today = service.currentDay();
        if (!today)
            return reportError((*db)->explain(today.error()));
        day = *today;
    }
    auto outcome = service.close(DayCloseRequest{day, by, *pin, reason});
    if (!outcome)
        return reportError((*db)->explain(outcome.error()));
    const bool closed = outcome->refusal.isEmpty();
    QJsonObject view{
        {QStringLiteral("verdict"), closed ? QStringLiteral("closed") : QStringLiteral("refused")},
        {QStringLiteral("reason"), outcome->refusal},
        {QStringLiteral("day"), day.toString(Qt::ISODate)}};
    if (outcome->refusal == QStringLiteral("pending_events") || closed)
        view.insert(QStringLiteral("pending_events"), outcome->pendingEvents);
    if (outcome->refusal == QStringLiteral("wrong_pin"))
        view.insert(QStringLiteral("attempts_left"), outcome->attemptsLeft);
    if (outcome->lockedUntilMs > clock.nowMsecs())
        view.insert(QStringLiteral("locked_until"), localIsoTime(outcome->lockedUntilMs));
    if (closed) {
        view.insert(QStringLiteral("closed_at"), localIsoTime(outcome->close->closedMs));
        view.insert(QStringLiteral("report_sha256"), outcome->close->reportSha256);
        view.insert(QStringLiteral("event_id"), outcome->close->eventId);
        view.insert(QStringLiteral("totals"), outcome->report.value(QStringLiteral("totals")));
        if (!reason.isEmpty())
            view.insert(QStringLiteral("override_reason"), reason);
    }
    if (args.has(QStringLiteral("json"))) {
        printJson(view);
    } else if (closed) {
        const QJsonObject totals = outcome->report.value(QStringLiteral("totals")).toObject();
        printLine(QStringLiteral("CLOSED %1: %2 redemptions, %3 sales (%4), %5 voids; Z report SHA-256 %6")
                      .arg(day.toString(Qt::ISODate))
                      .arg(totals.value(QStringLiteral("redemptions")).toInteger())
                      .arg(totals.value(QStringLiteral("sales")).toInteger())
                      .arg(totals.value(QStringLiteral("sales_amount")).toString())
                      .arg(totals.value(QStringLiteral("voids")).toInteger())
                      .arg(outcome->close->reportSha256));
    } else if (outcome->refusal == QStringLiteral("pending_events")) {
        printLine(QStringLiteral("REFUSED (pending_events): %1 events wait to upload; sync first, or give "
                                 "--override-reason")
                      .arg(outcome->pendingEvents));
    } else {
        printLine(QStringLiteral("REFUSED (%1)").arg(outcome->refusal));
    }
    return closed ? ExitOk : ExitRefused;
}

} // namespace o2o
