#include "sandbox/eventstore.h"

namespace o2o::sandbox {

namespace {

std::optional<EventRecord> first(std::vector<EventRecord>&& events) {
    if (events.empty())
        return std::nullopt;
    return std::move(events.front());
}

} // namespace

Result<std::optional<FirstAnswer>> EventStore::firstAnswer(const QString& eventId) {
    auto stmt = m_connection.prepare("SELECT status, conflict, voucher_id FROM events WHERE event_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, eventId);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<FirstAnswer>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the events")));
    return std::optional<FirstAnswer>(FirstAnswer{stmt->text(0), stmt->text(1).toUtf8(), stmt->text(2)});
}

Result<void> EventStore::add(const EventRecord& e) {
    auto stmt = m_connection.prepare(
        "INSERT INTO events(event_id, type, device_id, terminal_id, voucher_id, "
        "redemption_id, uses, amount, at_ms, received_ms, status, reason, payload, conflict) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, e.eventId)
        .bind(2, e.type)
        .bind(3, e.deviceId)
        .bind(4, e.terminalId)
        .bind(5, e.voucherId)
        .bind(6, e.redemptionId)
        .bind(7, e.uses)
        .bind(8, e.amount)
        .bind(9, e.atMs)
        .bind(10, e.receivedMs)
        .bind(11, e.status)
        .bind(12, e.reason)
        .bind(13, QString::fromUtf8(e.payload))
        .bind(14, QString::fromUtf8(e.conflict));
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot record the event")));
    return {};
}

Result<std::vector<EventRecord>> EventStore::select(const char* tail, const QString& value) {
    const QByteArray sqlText =
        QByteArrayLiteral("SELECT event_id, type, device_id, terminal_id, voucher_id, redemption_id, uses, "
                          "amount, at_ms, received_ms, status, reason, payload, conflict FROM events ") +
        tail;
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    if (!value.isNull())
        stmt->bind(1, value);
    std::vector<EventRecord> events;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        events.push_back(EventRecord{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3),
                                     stmt->text(4), stmt->text(5), stmt->int64(6), stmt->int64(7),
                                     stmt->int64(8), stmt->int64(9), stmt->text(10), stmt->text(11),
                                     stmt->blob(12), stmt->blob(13)});
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the events")));
    return events;
}

Result<std::optional<EventRecord>> EventStore::firstAcceptedRedemption(const QString& voucherId) {
    return select(
               "WHERE voucher_id = ?1 AND type = 'redemption' AND status = 'accepted' ORDER BY seq LIMIT 1",
               voucherId)
        .map(first);
}

Result<std::optional<EventRecord>> EventStore::acceptedRedemption(const QString& redemptionId) {
    return select("WHERE redemption_id = ?1 AND type = 'redemption' AND status = 'accepted' ORDER BY seq "
                  "LIMIT 1",
                  redemptionId)
        .map(first);
}

Result<bool> EventStore::isVoided(const QString& redemptionId) {
    auto voids =
        select("WHERE redemption_id = ?1 AND type = 'void' AND status = 'accepted' LIMIT 1", redemptionId);
    if (!voids)
        return Unexpected(voids.error());
    return !voids->empty();
}

Result<std::vector<EventRecord>> EventStore::all() {
    return select("ORDER BY seq", QString());
}

} // namespace o2o::sandbox
