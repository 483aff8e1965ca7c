#include "sandbox/memberstore.h"

namespace o2o::sandbox {

namespace {

constexpr const char* kMemberColumns = "member_id, name, code, rotating, wallet_seed, created_ms, revoked";

QString normalizedId(const QString& idOrCode) {
    const QString trimmed = idOrCode.trimmed();
    const bool hex = trimmed.size() == 32 && QByteArray::fromHex(trimmed.toLatin1()).size() == 16;
    return hex ? trimmed.toLower() : trimmed;
}

} // namespace

Result<void> MemberStore::add(const Member& m) {
    auto stmt = m_connection.prepare("INSERT INTO members(member_id, name, code, rotating, wallet_seed, "
                                     "created_ms, revoked) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, m.memberId).bind(2, m.name).bind(3, m.code).bind(4, m.rotating ? 1 : 0);
    stmt->bindBlob(5, m.walletSeed).bind(6, m.createdMs).bind(7, m.revoked ? 1 : 0);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot store the member")));
    return {};
}

Result<std::optional<Member>> MemberStore::find(const QString& idOrCode) {
    const QByteArray sqlText =
        QByteArrayLiteral("SELECT ") + kMemberColumns + " FROM members WHERE member_id = ?1 OR code = ?1";
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, normalizedId(idOrCode));
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<Member>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the members")));
    Member m;
    m.memberId = stmt->text(0);
    m.name = stmt->text(1);
    m.code = stmt->text(2);
    m.rotating = stmt->int64(3) != 0;
    m.walletSeed = stmt->blob(4);
    m.createdMs = stmt->int64(5);
    m.revoked = stmt->int64(6) != 0;
    return std::optional<Member>(std::move(m));
}

Result<bool> MemberStore::revoke(const QString& memberId) {
    auto stmt = m_connection.prepare("UPDATE members SET revoked = 1 WHERE member_id = ?1 AND revoked = 0");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, normalizedId(memberId));
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot revoke the member")));
    return m_connection.changes() > 0;
}

Result<void> MemberStore::attribute(const MemberEvent& e) {
    auto stmt = m_connection.prepare("INSERT INTO member_events(event_id, member_id, type, terminal_id, "
                                     "points, visit, at_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, e.eventId).bind(2, normalizedId(e.memberId)).bind(3, e.type).bind(4, e.terminalId);
    stmt->bind(5, e.points).bind(6, e.visit).bind(7, e.atMs);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot attribute the event to its member")));
    return {};
}

Result<void> MemberStore::reverse(const QString& originalEventId, const QString& voidEventId,
                                  const QString& terminalId, qint64 atMs) {
    auto stmt = m_connection.prepare(
        "INSERT INTO member_events(event_id, member_id, type, terminal_id, points, visit, at_ms, reverses) "
        "SELECT ?1, member_id, 'void', ?2, -points, -visit, ?3, event_id FROM member_events "
        "WHERE event_id = ?4 AND type != 'void' AND (points != 0 OR visit != 0) "
        "AND NOT EXISTS(SELECT 1 FROM member_events WHERE reverses = ?4)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, voidEventId).bind(2, terminalId).bind(3, atMs).bind(4, originalEventId);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot take back a voided attribution")));
    return {};
}

Result<std::vector<MemberEvent>> MemberStore::eventsOf(const QString& memberId) {
    auto stmt = m_connection.prepare("SELECT event_id, type, member_id, terminal_id, points, visit, at_ms "
                                     "FROM member_events WHERE member_id = ?1 ORDER BY seq");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, normalizedId(memberId));
    std::vector<MemberEvent> events;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        events.push_back(MemberEvent{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3),
                                     stmt->int64(4), int(stmt->int64(5)), stmt->int64(6)});
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the member's events")));
    return events;
}

Result<MemberTotals> MemberStore::totalsOf(const QString& memberId) {
    auto stmt = m_connection.prepare(
        "SELECT coalesce(sum(points), 0), coalesce(sum(visit), 0) FROM member_events WHERE member_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, normalizedId(memberId));
    if (const int rc = stmt->step(); rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the member's totals")));
    return MemberTotals{stmt->int64(0), stmt->int64(1)};
}

Result<QHash<QString, QString>> MemberStore::memberByEvent() {
    auto stmt = m_connection.prepare("SELECT event_id, member_id FROM member_events");
    if (!stmt)
        return Unexpected(stmt.error());
    QHash<QString, QString> map;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        map.insert(stmt->text(0), stmt->text(1));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the member attributions")));
    return map;
}

} // namespace o2o::sandbox
