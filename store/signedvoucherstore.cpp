#include "store/signedvoucherstore.h"

namespace o2o {

Result<KeyRing> SignedVoucherStore::loadKeyRing() {
    auto stmt =
        m_db.connection().prepare("SELECT key_id, public_key, valid_from, valid_until FROM signing_keys");
    if (!stmt)
        return Unexpected(stmt.error());
    KeyRing ring;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        auto key = Ed25519PublicKey::fromRaw(stmt->blob(1));
        if (!key)
            return fail(ErrorCode::DatabaseDamaged, QStringLiteral("a stored signing key is not valid"));
        ring.push_back(PlatformKey{quint32(stmt->int64(0)), *key, stmt->int64(2), stmt->int64(3)});
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the signing keys")));
    return ring;
}

Result<bool> SignedVoucherStore::isRevoked(const QByteArray& voucherId) {
    auto stmt = m_db.connection().reuse(m_revoked, "SELECT 1 FROM revoked_vouchers WHERE voucher_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    (*stmt)->bindBlob(1, voucherId);
    const int rc = (*stmt)->step();
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the revocation list")));
    return rc == sql::kRow;
}

Result<std::optional<SignedUsage>> SignedVoucherStore::usage(const QByteArray& voucherId) {
    auto stmt =
        m_db.connection().reuse(m_usage, "SELECT uses_left, balance FROM signed_usage WHERE voucher_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    (*stmt)->bindBlob(1, voucherId);
    const int rc = (*stmt)->step();
    if (rc == sql::kDone)
        return std::optional<SignedUsage>();
    if (rc != sql::kRow)
        return Unexpected(
            m_db.connection().error(rc, QStringLiteral("cannot read a signed voucher's usage")));
    return std::optional<SignedUsage>(SignedUsage{int((*stmt)->int64(0)), (*stmt)->int64(1)});
}

Result<void> SignedVoucherStore::saveUsage(const QByteArray& voucherId, const SignedUsage& usage) {
    auto stmt = m_db.connection().reuse(
        m_saveUsage,
        "INSERT INTO signed_usage(voucher_id, uses_left, balance) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(voucher_id) DO UPDATE SET uses_left = excluded.uses_left, balance = excluded.balance");
    if (!stmt)
        return Unexpected(stmt.error());
    (*stmt)->bindBlob(1, voucherId).bind(2, usage.usesLeft).bind(3, usage.balanceMinor);
    if (const int rc = (*stmt)->step(); rc != sql::kDone)
        return Unexpected(
            m_db.connection().error(rc, QStringLiteral("cannot save a signed voucher's usage")));
    return {};
}

} // namespace o2o
