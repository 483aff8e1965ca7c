#include "sandbox/pairingstore.h"

#include "sandbox/serverlimits.h"

#include <QRandomGenerator>

namespace o2o::sandbox {

namespace {

// The codes that start with code's prefix, as a range of the primary key: [prefix, prefix + '~').
// Codes are upper-case letters and digits, all below '~'.
QString prefixOf(const QString& code) {
    return code.left(limits::kPairingPrefixLength);
}
QString pastPrefix(const QString& code) {
    return prefixOf(code) + QLatin1Char('~');
}

} // namespace

bool PairingCode::usableAt(qint64 nowMs) const {
    return !used && misses < limits::kPairingCodeMisses && expiresMs > nowMs;
}

QString PairingStore::randomCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < kCodeLength; ++i)
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

Result<PairingCode> PairingStore::create(const QString& storeId, qint64 nowMs) {
    // Not inserted when a live code has the same prefix (or, astronomically rarely, is the same code).
    auto stmt = m_connection.prepare(
        "INSERT OR IGNORE INTO pairing_codes(code, store_id, created_ms, expires_ms) "
        "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM pairing_codes WHERE code >= ?5 AND code < ?6 "
        "AND used_ms IS NULL AND expires_ms > ?3 AND failed_attempts < ?7)");
    if (!stmt)
        return Unexpected(stmt.error());
    // 32^4 prefixes: taken by a live code now and then on a busy platform, and a retry costs nothing.
    for (int attempt = 0; attempt < 20; ++attempt) {
        PairingCode code{randomCode(), storeId, nowMs + kLifetimeMs, false, 0};
        stmt->reset()
            .bind(1, code.code)
            .bind(2, storeId)
            .bind(3, nowMs)
            .bind(4, code.expiresMs)
            .bind(5, prefixOf(code.code))
            .bind(6, pastPrefix(code.code))
            .bind(7, qint64(limits::kPairingCodeMisses));
        if (const int rc = stmt->step(); rc != sql::kDone)
            return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the pairing code")));
        if (m_connection.changes() == 1)
            return code;
    }
    return fail(ErrorCode::Internal, QStringLiteral("cannot make a unique pairing code"));
}

Result<std::optional<PairingCode>> PairingStore::find(const QString& code) {
    auto stmt = m_connection.prepare("SELECT store_id, expires_ms, used_ms IS NOT NULL, failed_attempts "
                                     "FROM pairing_codes WHERE code = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, code);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<PairingCode>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the pairing codes")));
    return std::optional<PairingCode>(
        PairingCode{code, stmt->text(0), stmt->int64(1), stmt->int64(2) != 0, int(stmt->int64(3))});
}

Result<bool> PairingStore::claim(const QString& code, qint64 nowMs, const QString& deviceId) {
    auto stmt = m_connection.prepare("UPDATE pairing_codes SET used_ms = ?2, device_id = ?3 WHERE code = ?1 "
                                     "AND used_ms IS NULL AND expires_ms > ?2 AND failed_attempts < ?4");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, code).bind(2, nowMs).bind(3, deviceId).bind(4, qint64(limits::kPairingCodeMisses));
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot use the pairing code")));
    return m_connection.changes() == 1;
}

Result<bool> PairingStore::recordMiss(const QString& code, qint64 nowMs) {
    // A shorter code would name many codes at once, a longer one none: only a well-formed one counts.
    if (code.size() != kCodeLength)
        return false;
    auto stmt = m_connection.prepare(
        "UPDATE pairing_codes SET failed_attempts = failed_attempts + 1 WHERE code >= ?1 AND code < ?2 "
        "AND code <> ?3 AND used_ms IS NULL AND expires_ms > ?4 AND failed_attempts < ?5 "
        "RETURNING failed_attempts");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, prefixOf(code))
        .bind(2, pastPrefix(code))
        .bind(3, code)
        .bind(4, nowMs)
        .bind(5, qint64(limits::kPairingCodeMisses));
    bool spent = false;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        spent = spent || stmt->int64(0) >= limits::kPairingCodeMisses;
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot count a wrong pairing code")));
    return spent;
}

} // namespace o2o::sandbox
