#include "sandbox/voucherusagestore.h"

namespace o2o::sandbox {

Result<std::optional<VoucherUsage>> VoucherUsageStore::find(const QString& voucherId) {
    auto stmt =
        m_connection.prepare("SELECT id, kind, store_id, signed, revoked, uses, coalesce(uses_left, uses), "
                             "value_minor, coalesce(balance_left, value_minor) FROM vouchers WHERE id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    // Signed ids are stored as lower-case hex; a terminal may send them in either case.
    const bool hex = voucherId.size() == 32 && !QByteArray::fromHex(voucherId.toLatin1()).isEmpty();
    stmt->bind(1, hex ? voucherId.toLower() : voucherId);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<VoucherUsage>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the voucher")));
    VoucherUsage u;
    u.id = stmt->text(0);
    u.kind = kindFromName(stmt->text(1)).value_or(VoucherKind::SingleUse);
    u.storeId = stmt->text(2);
    u.isSigned = stmt->int64(3) != 0;
    u.revoked = stmt->int64(4) != 0;
    u.usesTotal = int(stmt->int64(5));
    u.usesLeft = int(stmt->int64(6));
    u.valueMinor = stmt->int64(7);
    u.balanceLeft = stmt->int64(8);
    return std::optional<VoucherUsage>(u);
}

Result<void> VoucherUsageStore::save(const VoucherUsage& u) {
    auto stmt = m_connection.prepare("UPDATE vouchers SET uses_left = ?2, balance_left = ?3 WHERE id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, u.id).bind(2, u.usesLeft).bind(3, u.balanceLeft);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save what is left of the voucher")));
    return {};
}

} // namespace o2o::sandbox
