#pragma once

#include "core/ed25519.h"
#include "core/signedvoucher.h"
#include "store/sqlite.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace o2o::sandbox {

/** A platform signing key with its private half (only the platform holds those). */
struct SigningKey {
    quint32 id = 0;
    QByteArray publicKey;
    QByteArray privateSeed;
    qint64 validFrom = 0;
    qint64 validUntil = 0;
};

/** A voucher as the platform issued it. */
struct IssuedVoucher {
    QString id;   // hex of the 16-byte id for signed vouchers; a UUID for cached ones
    QString code; // what the customer's QR code holds
    VoucherKind kind = VoucherKind::SingleUse;
    QString storeId; // "*": every store of the merchant
    QString currency;
    qint64 valueMinor = 0;
    int uses = 1;
    qint64 validFrom = 0;
    qint64 validUntil = 0;
    bool isSigned = false;
    bool rotating = false;
    QByteArray walletSeed; // rotating: the customer's wallet key, kept here to play the phone's part
    bool revoked = false;
    QString campaign; // the campaign it came from; empty: none
};

/**
 * The sandbox platform's storage (DATA_DIR/platform.db, mode 0600): merchant identity, the root key
 * that signs trust lists, signing keys and issued vouchers. The sync tables (devices, events, the change
 * feed, ...) share its connection through their own store classes.
 */
class PlatformStore {
public:
    [[nodiscard]] static Result<std::unique_ptr<PlatformStore>> open(const QString& dataDir);

    quint32 merchantId() const { return m_merchantId; }
    const Ed25519PrivateKey& rootKey() const { return *m_rootKey; }

    [[nodiscard]] Result<SigningKey> createSigningKey(qint64 validFrom, qint64 validUntil);
    [[nodiscard]] Result<std::vector<SigningKey>> signingKeys();
    /** The key new vouchers are signed with: the newest one valid at utcSecs. */
    [[nodiscard]] Result<std::optional<SigningKey>> currentSigningKey(qint64 utcSecs);

    [[nodiscard]] Result<void> addVoucher(const IssuedVoucher& voucher);
    /** By code or id. */
    [[nodiscard]] Result<std::optional<IssuedVoucher>> findVoucher(const QString& codeOrId);
    [[nodiscard]] Result<bool> revoke(const QString& voucherId);
    /** The 16-byte ids of every revoked signed voucher. */
    [[nodiscard]] Result<QByteArray> revokedSignedIds();
    /** The sequence of the newest trust list (0: none yet); raised whenever its content changes. */
    [[nodiscard]] Result<qint64> trustSequence();
    [[nodiscard]] Result<qint64> nextTrustSequence();

    sql::Connection& connection() { return m_connection; }

private:
    PlatformStore() = default;
    [[nodiscard]] Result<void> loadIdentity();
    [[nodiscard]] Result<void> useIdentity(const QString& merchant, const QString& rootSeed);
    [[nodiscard]] Result<QString> meta(const char* key);
    [[nodiscard]] Result<void> setMeta(const char* key, const QString& value);

    sql::Connection m_connection;
    quint32 m_merchantId = 0;
    std::optional<Ed25519PrivateKey> m_rootKey;
};

} // namespace o2o::sandbox
