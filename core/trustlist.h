#pragma once

#include "core/ed25519.h"

#include <QByteArray>

#include <vector>

namespace o2o {

/** A platform signing key as the trust list publishes it. */
struct TrustedKey {
    QByteArray publicKey; // raw Ed25519, 32 bytes
    qint64 validFrom = 0;
    qint64 validUntil = 0; // 0: until a later list drops it
};

/**
 * The platform's signed statement of which keys sign vouchers and which voucher ids are revoked
 * (docs/voucher-format.md, "Trust list"). Each list replaces the previous one whole; a higher sequence
 * number is newer.
 */
struct TrustList {
    qint64 sequence = 0;
    qint64 issuedAt = 0; // platform time, Unix seconds: also raises the terminal's trusted clock floor
    quint32 merchantId = 0;
    QByteArray rootKey; // raw Ed25519 key that signs trust lists
    std::vector<TrustedKey> keys;
    QByteArray revokedIds; // 16 bytes per revoked voucher id, concatenated

    qsizetype revokedCount() const { return revokedIds.size() / 16; }
};

[[nodiscard]] Result<QByteArray> writeTrustList(const TrustList& list, const Ed25519PrivateKey& rootKey);

/**
 * Parses and verifies a trust file. pinnedRoot is the root key the terminal already trusts; when empty
 * (the first import) the file's own root key is taken, and the caller reports its fingerprint.
 */
[[nodiscard]] Result<TrustList> readTrustList(const QByteArray& file, const QByteArray& pinnedRoot);

/** A short, readable fingerprint of a root key for installers to compare (SHA-256, first 8 bytes). */
QString keyFingerprint(const QByteArray& publicKey);

} // namespace o2o
