#include "sandbox/claimstore.h"

namespace o2o::sandbox {

namespace {

constexpr const char* kClaimColumns =
    "terminal_id, sale_id, device_id, store_id, member_id, currency, total_minor, sold_at_ms, claimed_ms, "
    "coalesce(applied_ms, 0), state";

Claim readClaim(const sql::Statement& s) {
    Claim c;
    c.terminalId = s.text(0);
    c.saleId = s.text(1);
    c.deviceId = s.text(2);
    c.storeId = s.text(3);
    c.memberId = s.text(4);
    c.currency = s.text(5);
    c.totalMinor = s.int64(6);
    c.soldAtMs = s.int64(7);
    c.claimedMs = s.int64(8);
    c.appliedMs = s.int64(9);
    c.state = s.text(10) == QStringLiteral("claimed") ? Claim::State::Claimed : Claim::State::Held;
    return c;
}

} // namespace

Result<void> ClaimStore::keepCertificate(const QString& deviceId, const QByteArray& pem) {
    auto stmt = m_connection.prepare(
        "INSERT OR REPLACE INTO device_certificates(device_id, certificate_pem) VALUES(?1, ?2)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, deviceId).bindUtf8(2, pem);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot keep the device certificate")));
    return {};
}

Result<std::vector<ClaimCertificate>> ClaimStore::certificatesOf(const QString& terminalId) {
    auto stmt = m_connection.prepare(
        "SELECT d.device_id, d.store_id, c.certificate_pem FROM devices d "
        "JOIN device_certificates c ON c.device_id = d.device_id "
        "WHERE (d.terminal_id = ?1 OR (d.terminal_id = '' AND d.device_id = ?1)) AND d.revoked_ms IS NULL "
        "ORDER BY d.enrolled_ms DESC");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalId);
    std::vector<ClaimCertificate> out;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        out.push_back(ClaimCertificate{stmt->text(0), stmt->text(1), stmt->text(2).toUtf8()});
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the device certificates")));
    return out;
}

Result<std::optional<Claim>> ClaimStore::find(const QString& terminalId, const QString& saleId) {
    const QByteArray text =
        QByteArrayLiteral("SELECT ") + kClaimColumns + " FROM claims WHERE terminal_id = ?1 AND sale_id = ?2";
    auto stmt = m_connection.prepare(text.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalId).bind(2, saleId);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<Claim>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the claims")));
    return std::optional<Claim>(readClaim(*stmt));
}

Result<bool> ClaimStore::add(const Claim& c) {
    auto stmt = m_connection.prepare(
        "INSERT OR IGNORE INTO claims(terminal_id, sale_id, device_id, store_id, member_id, currency, "
        "total_minor, sold_at_ms, claimed_ms, applied_ms, state) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, c.terminalId).bind(2, c.saleId).bind(3, c.deviceId).bind(4, c.storeId);
    stmt->bind(5, c.memberId).bind(6, c.currency).bind(7, c.totalMinor).bind(8, c.soldAtMs);
    stmt->bind(9, c.claimedMs);
    if (c.appliedMs > 0)
        stmt->bind(10, c.appliedMs);
    stmt->bind(11, c.stateName());
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the claim")));
    return m_connection.changes() == 1;
}

Result<std::optional<Claim>> ClaimStore::applyHeld(const QString& terminalId, const QString& saleId,
                                                   qint64 nowMs) {
    auto stmt = m_connection.prepare("UPDATE claims SET state = 'claimed', applied_ms = ?3 "
                                     "WHERE terminal_id = ?1 AND sale_id = ?2 AND state = 'held'");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalId).bind(2, saleId).bind(3, nowMs);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot apply the held claim")));
    if (m_connection.changes() != 1)
        return std::optional<Claim>();
    return find(terminalId, saleId);
}

Result<std::vector<Claim>> ClaimStore::all() {
    const QByteArray text = QByteArrayLiteral("SELECT ") + kClaimColumns + " FROM claims ORDER BY claimed_ms";
    auto stmt = m_connection.prepare(text.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    std::vector<Claim> out;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        out.push_back(readClaim(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the claims")));
    return out;
}

Result<bool> ClaimStore::saleArrived(const QString& terminalId, const QString& saleId) {
    // The expression matches the index events_by_sale of the claims migration.
    auto stmt = m_connection.prepare(
        "SELECT 1 FROM events WHERE type = 'sale' AND json_extract(payload, '$.payload.sale_id') = ?2 "
        "AND terminal_id = ?1 AND status = 'accepted' LIMIT 1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalId).bind(2, saleId);
    const int rc = stmt->step();
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot look for the sale")));
    return rc == sql::kRow;
}

Result<bool> ClaimStore::saleVoided(const QString& terminalId, const QString& saleId) {
    auto stmt = m_connection.prepare(
        "SELECT 1 FROM events WHERE type = 'void' AND status = 'accepted' AND terminal_id = ?1 "
        "AND json_extract(payload, '$.payload.sale_id') = ?2 "
        "AND json_extract(payload, '$.payload.redemption_id') IS NULL LIMIT 1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalId).bind(2, saleId);
    const int rc = stmt->step();
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot look for the sale's void")));
    return rc == sql::kRow;
}

Result<qint64> ClaimStore::windowHours(const QString& storeId) {
    auto stmt = m_connection.prepare("SELECT hours FROM claim_windows WHERE store_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId);
    const int rc = stmt->step();
    if (rc == sql::kRow)
        return stmt->int64(0);
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the claim window")));
    return kDefaultWindowHours;
}

Result<void> ClaimStore::setWindowHours(const QString& storeId, qint64 hours) {
    auto stmt = m_connection.prepare("INSERT INTO claim_windows(store_id, hours) VALUES(?1, ?2) "
                                     "ON CONFLICT(store_id) DO UPDATE SET hours = excluded.hours");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId).bind(2, hours);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the claim window")));
    return {};
}

} // namespace o2o::sandbox
