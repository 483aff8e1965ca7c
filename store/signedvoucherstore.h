#pragma once

#include "core/signedvoucher.h"
#include "store/database.h"

#include <optional>

namespace o2o {

/** What is left of a signed voucher this terminal has redeemed before. */
struct SignedUsage {
    int usesLeft = 0;
    qint64 balanceMinor = 0;
};

/**
 * The terminal's side of signed vouchers: the trusted platform keys, the revocation list and the
 * usage of signed vouchers already redeemed here. The caller holds the transaction.
 */
class SignedVoucherStore {
public:
    explicit SignedVoucherStore(Database& db)
        : m_db(db) {}

    [[nodiscard]] Result<KeyRing> loadKeyRing();
    [[nodiscard]] Result<bool> isRevoked(const QByteArray& voucherId);
    [[nodiscard]] Result<std::optional<SignedUsage>> usage(const QByteArray& voucherId);
    [[nodiscard]] Result<void> saveUsage(const QByteArray& voucherId, const SignedUsage& usage);

private:
    Database& m_db;
    sql::Statement m_revoked;
    sql::Statement m_usage;
    sql::Statement m_saveUsage;
};

} // namespace o2o
