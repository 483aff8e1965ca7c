#include "sandbox/pairingstore.h"

#include <QRandomGenerator>

namespace o2o::sandbox {

QString PairingStore::randomCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 10; ++i)
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

Result<PairingCode> PairingStore::create(const QString& storeId, qint64 nowMs) {
    auto stmt =
        m_connection.prepare("INSERT OR IGNORE INTO pairing_codes(code, store_id, created_ms, expires_ms) "
                             "VALUES(?1, ?2, ?3, ?4)");
    if (!stmt)
        return Unexpected(stmt.error());
    // 32^10 codes: a collision is astronomically rare, but a retry costs nothing.
    for (int attempt = 0; attempt < 5; ++attempt) {
        PairingCode code{randomCode(), storeId, nowMs + kLifetimeMs, false};
        stmt->reset().bind(1, code.code).bind(2, storeId).bind(3, nowMs).bind(4, code.expiresMs);
        if (const int rc = stmt->step(); rc != SQLITE_DONE)
            return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the pairing code")));
        if (sqlite3_changes(m_connection.handle()) == 1)
            return code;
    }
    return fail(ErrorCode::Internal, QStringLiteral("cannot make a unique pairing code"));
}

Result<std::optional<PairingCode>> PairingStore::find(const QString& code) {
    auto stmt = m_connection.prepare(
        "SELECT store_id, expires_ms, used_ms IS NOT NULL FROM pairing_codes WHERE code = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, code);
    const int rc = stmt->step();
    if (rc == SQLITE_DONE)
        return std::optional<PairingCode>();
    if (rc != SQLITE_ROW)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the pairing codes")));
    return std::optional<PairingCode>(PairingCode{code, stmt->text(0), stmt->int64(1), stmt->int64(2) != 0});
}

Result<bool> PairingStore::claim(const QString& code, qint64 nowMs, const QString& deviceId) {
    auto stmt = m_connection.prepare("UPDATE pairing_codes SET used_ms = ?2, device_id = ?3 "
                                     "WHERE code = ?1 AND used_ms IS NULL AND expires_ms > ?2");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, code).bind(2, nowMs).bind(3, deviceId);
    if (const int rc = stmt->step(); rc != SQLITE_DONE)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot use the pairing code")));
    return sqlite3_changes(m_connection.handle()) == 1;
}

} // namespace o2o::sandbox
