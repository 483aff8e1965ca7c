#include "sandbox/holdstore.h"

namespace o2o::sandbox {

namespace {

QString stateName(Hold::State state) {
    switch (state) {
    case Hold::State::Held:
        return QStringLiteral("held");
    case Hold::State::Confirmed:
        return QStringLiteral("confirmed");
    case Hold::State::Released:
        return QStringLiteral("released");
    }
    return QStringLiteral("held");
}

Hold::State stateFromName(const QString& name) {
    if (name == QStringLiteral("confirmed"))
        return Hold::State::Confirmed;
    if (name == QStringLiteral("released"))
        return Hold::State::Released;
    return Hold::State::Held;
}

std::optional<Hold> first(std::vector<Hold>&& holds) {
    if (holds.empty())
        return std::nullopt;
    return std::move(holds.front());
}

} // namespace

Result<void> HoldStore::add(const Hold& h) {
    auto stmt =
        m_connection.prepare("INSERT INTO holds(hold_id, device_id, redemption_id, voucher_id, uses, "
                             "amount, created_ms, expires_ms, state) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                             "?8, ?9)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, h.holdId)
        .bind(2, h.deviceId)
        .bind(3, h.redemptionId)
        .bind(4, h.voucherId)
        .bind(5, h.uses)
        .bind(6, h.amount)
        .bind(7, h.createdMs)
        .bind(8, h.expiresMs)
        .bind(9, stateName(h.state));
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the hold")));
    return {};
}

Result<std::vector<Hold>> HoldStore::select(const char* where,
                                            const std::function<void(sql::Statement&)>& bind) {
    const QByteArray sqlText =
        QByteArrayLiteral("SELECT hold_id, device_id, redemption_id, voucher_id, uses, "
                          "amount, created_ms, expires_ms, state FROM holds WHERE ") +
        where;
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    bind(*stmt);
    std::vector<Hold> holds;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        holds.push_back(Hold{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), int(stmt->int64(4)),
                             stmt->int64(5), stmt->int64(6), stmt->int64(7), stateFromName(stmt->text(8))});
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the holds")));
    return holds;
}

Result<std::optional<Hold>> HoldStore::byId(const QString& holdId) {
    return select("hold_id = ?1", [&](sql::Statement& s) { s.bind(1, holdId); }).map(first);
}

Result<std::optional<Hold>> HoldStore::byRedemption(const QString& deviceId, const QString& redemptionId) {
    return select("device_id = ?1 AND redemption_id = ?2",
                  [&](sql::Statement& s) { s.bind(1, deviceId).bind(2, redemptionId); })
        .map(first);
}

Result<std::optional<Hold>> HoldStore::oldestActive(const QString& voucherId) {
    return select("voucher_id = ?1 AND state IN ('held', 'confirmed') ORDER BY created_ms LIMIT 1",
                  [&](sql::Statement& s) { s.bind(1, voucherId); })
        .map(first);
}

Result<std::vector<Hold>> HoldStore::expired(qint64 nowMs) {
    return select("state = 'held' AND expires_ms <= ?1", [&](sql::Statement& s) { s.bind(1, nowMs); });
}

Result<void> HoldStore::setState(const QString& holdId, Hold::State state) {
    auto stmt = m_connection.prepare("UPDATE holds SET state = ?2 WHERE hold_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, holdId).bind(2, stateName(state));
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot update the hold")));
    return {};
}

} // namespace o2o::sandbox
