#include "store/outbox.h"

namespace o2o {

namespace {
constexpr const char* kOldest =
    "SELECT seq, event_id, type, payload, created_ms FROM outbox ORDER BY seq LIMIT ?1";
// OR IGNORE: the first recorded answer stands if two syncs ever raced on the same event.
constexpr const char* kAnswer =
    "INSERT OR IGNORE INTO event_answers(event_id, type, status, first_status, reason, payload, created_ms, "
    "answered_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr const char* kConflict =
    "INSERT OR IGNORE INTO conflicts(event_id, redemption_id, voucher_id, terminal_id, at_ms, "
    "first_terminal_id, first_at_ms, first_redemption_id, recorded_ms) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr const char* kRemove = "DELETE FROM outbox WHERE seq = ?1 AND event_id = ?2";
constexpr const char* kConflicts =
    "SELECT event_id, redemption_id, voucher_id, terminal_id, at_ms, first_terminal_id, first_at_ms, "
    "first_redemption_id, recorded_ms FROM conflicts ORDER BY at_ms DESC, event_id";
} // namespace

Result<QList<OutboxEvent>> Outbox::oldest(int limit) {
    auto stmt = m_db.connection().prepare(kOldest);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, qint64(limit));
    QList<OutboxEvent> events;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        OutboxEvent e;
        e.seq = stmt->int64(0);
        e.eventId = stmt->text(1);
        e.type = stmt->text(2);
        e.payload = stmt->text(3).toUtf8();
        e.createdMs = stmt->int64(4);
        events.append(std::move(e));
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the outbox")));
    return events;
}

Result<qint64> Outbox::pending() {
    return m_db.connection().scalar("SELECT count(*) FROM outbox");
}

Result<void> Outbox::settle(const QList<SettledEvent>& answers, qint64 nowMs) {
    sql::Connection& c = m_db.connection();
    auto answer = c.prepare(kAnswer);
    if (!answer)
        return Unexpected(answer.error());
    auto conflict = c.prepare(kConflict);
    if (!conflict)
        return Unexpected(conflict.error());
    auto remove = c.prepare(kRemove);
    if (!remove)
        return Unexpected(remove.error());
    sql::Transaction transaction(c);
    if (auto r = transaction.begin(); !r)
        return r;
    for (const SettledEvent& s : answers) {
        answer->reset()
            .bind(1, s.event.eventId)
            .bind(2, s.event.type)
            .bind(3, s.status)
            .bind(4, s.firstStatus)
            .bind(5, s.reason)
            .bind(6, QString::fromUtf8(s.event.payload))
            .bind(7, s.event.createdMs)
            .bind(8, nowMs);
        if (const int rc = answer->step(); rc != sql::kDone)
            return Unexpected(c.error(rc, QStringLiteral("cannot record an event answer")));
        if (s.conflict) {
            const ConflictRecord& k = *s.conflict;
            conflict->reset()
                .bind(1, k.eventId)
                .bind(2, k.redemptionId)
                .bind(3, k.voucherId)
                .bind(4, k.terminalId)
                .bind(5, k.atMs)
                .bind(6, k.firstTerminalId)
                .bind(7, k.firstAtMs)
                .bind(8, k.firstRedemptionId)
                .bind(9, nowMs);
            if (const int rc = conflict->step(); rc != sql::kDone)
                return Unexpected(c.error(rc, QStringLiteral("cannot record a conflict")));
        }
        remove->reset().bind(1, s.event.seq).bind(2, s.event.eventId);
        if (const int rc = remove->step(); rc != sql::kDone)
            return Unexpected(c.error(rc, QStringLiteral("cannot remove a sent event from the outbox")));
    }
    return transaction.commit();
}

Result<qint64> Outbox::conflictCount() {
    return m_db.connection().scalar("SELECT count(*) FROM conflicts");
}

Result<QList<ConflictRecord>> Outbox::conflicts() {
    auto stmt = m_db.connection().prepare(kConflicts);
    if (!stmt)
        return Unexpected(stmt.error());
    QList<ConflictRecord> list;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        ConflictRecord k;
        k.eventId = stmt->text(0);
        k.redemptionId = stmt->text(1);
        k.voucherId = stmt->text(2);
        k.terminalId = stmt->text(3);
        k.atMs = stmt->int64(4);
        k.firstTerminalId = stmt->text(5);
        k.firstAtMs = stmt->int64(6);
        k.firstRedemptionId = stmt->text(7);
        k.recordedMs = stmt->int64(8);
        list.append(std::move(k));
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the conflicts")));
    return list;
}

Result<qint64> Outbox::answered(const QString& status) {
    auto stmt = m_db.connection().prepare("SELECT count(*) FROM event_answers WHERE status = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, status);
    const int rc = stmt->step();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the event answers")));
    return stmt->int64(0);
}

} // namespace o2o
