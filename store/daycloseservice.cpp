#include "store/daycloseservice.h"

#include "store/auditlog.h"
#include "store/businessdays.h"
#include "store/dayreport.h"
#include "store/eventqueue.h"
#include "store/redemptionledger.h"
#include "store/staffstore.h"
#include "store/terminalsettings.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace o2o {

namespace {
DayCloseOutcome refused(const QString& reason) {
    DayCloseOutcome outcome;
    outcome.refusal = reason;
    return outcome;
}
} // namespace

Result<qint64> DayCloseService::closingTime() {
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    auto latest = RedemptionLedger(m_db).latestMs(); // redemptions, sales and closes
    if (!latest)
        return Unexpected(latest.error());
    return std::max({m_clock.nowMsecs(), settings->platformTimeMs, *latest + 1});
}

Result<qint64> DayCloseService::pendingEvents(qint64 lastSeqBefore) {
    auto stmt = m_db.connection().prepare("SELECT count(*) FROM outbox WHERE seq <= ?1 OR type <> 'audit'");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, lastSeqBefore);
    if (const int rc = stmt->step(); rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot count the events waiting")));
    return stmt->int64(0);
}

Result<QDate> DayCloseService::currentDay() {
    auto at = closingTime();
    if (!at)
        return Unexpected(at.error());
    return BusinessDays(m_db, m_clock.timeZone()).dayOf(*at);
}

Result<DayCloseOutcome> DayCloseService::close(const DayCloseRequest& request) {
    // What waits in the outbox when the manager asks: the audit entries of this very sign-in come after.
    auto lastSeq = m_db.connection().scalar("SELECT coalesce(max(seq), 0) FROM outbox");
    if (!lastSeq)
        return Unexpected(lastSeq.error());
    // The PIN first, in its own transactions: a wrong one counts even if the close is refused later.
    auto pin = StaffStore(m_db).checkPin(request.byStaff, request.pin, m_clock.nowMsecs());
    if (!pin)
        return Unexpected(pin.error());
    if (const QString refusal = pin->refusalCode(); !refusal.isEmpty()) {
        DayCloseOutcome outcome = refused(refusal);
        outcome.attemptsLeft = pin->attemptsLeft;
        outcome.lockedUntilMs = pin->lockedUntilMs;
        return outcome;
    }
    if (pin->member->role != StaffRole::Manager)
        return refused(QStringLiteral("not_permitted"));

    // Under the write lock nothing is recorded between the report and the close.
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    const QString day = request.day.toString(Qt::ISODate);
    auto closed = DayCloseStore(m_db).isClosed(day);
    if (!closed)
        return Unexpected(closed.error());
    if (*closed)
        return refused(QStringLiteral("already_closed"));
    auto closedMs = closingTime();
    if (!closedMs)
        return Unexpected(closedMs.error());
    auto today = BusinessDays(m_db, m_clock.timeZone()).dayOf(*closedMs);
    if (!today)
        return Unexpected(today.error());
    if (request.day > *today)
        return refused(QStringLiteral("day_not_started"));
    auto pending = pendingEvents(*lastSeq);
    if (!pending)
        return Unexpected(pending.error());
    if (*pending > 0 && request.overrideReason.isEmpty()) {
        DayCloseOutcome outcome = refused(QStringLiteral("pending_events"));
        outcome.pendingEvents = *pending;
        return outcome;
    }

    auto report =
        DayReportBuilder(m_db, m_clock.timeZone()).build(request.day, request.day, *closedMs, *closedMs);
    if (!report)
        return Unexpected(report.error());
    report->pendingEvents = *pending;
    DayCloseOutcome outcome;
    outcome.pendingEvents = *pending;
    outcome.report = report->toJson();
    DayClose close;
    close.day = day;
    close.closedMs = *closedMs;
    close.byStaff = request.byStaff;
    close.overrideReason = request.overrideReason;
    close.report = QJsonDocument(outcome.report).toJson(QJsonDocument::Compact);
    close.reportSha256 =
        QString::fromLatin1(QCryptographicHash::hash(close.report, QCryptographicHash::Sha256).toHex());
    const QJsonObject payload{{QStringLiteral("day"), day},
                              {QStringLiteral("closed_ms"), close.closedMs},
                              {QStringLiteral("report_sha256"), close.reportSha256},
                              {QStringLiteral("report"), outcome.report},
                              {QStringLiteral("by"), close.byStaff},
                              {QStringLiteral("override_reason"), close.overrideReason},
                              {QStringLiteral("terminal_id"), report->terminalId},
                              {QStringLiteral("store_id"), report->storeId}};
    auto eventId = EventQueue(m_db).queue(QStringLiteral("day_closed"), payload, close.closedMs);
    if (!eventId)
        return Unexpected(eventId.error());
    close.eventId = *eventId;
    O2O_TRY(DayCloseStore(m_db).add(close));
    const QString detail =
        request.overrideReason.isEmpty()
            ? QString()
            : QStringLiteral("override with %1 events waiting: %2").arg(*pending).arg(request.overrideReason);
    O2O_TRY(AuditLog(m_db).append(request.byStaff, QStringLiteral("day_close"), day, detail, close.closedMs));
    O2O_TRY(transaction.commit());
    outcome.close = close;
    return outcome;
}

} // namespace o2o
