#pragma once

#include "core/ed25519.h"
#include "core/verdict.h"
#include "core/voucher.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace o2o {

/**
 * The fields of a signed voucher (docs/voucher-format.md): everything a terminal needs to judge it
 * without having seen it before. Times are Unix seconds (0 = no limit).
 */
struct SignedVoucher {
    static constexpr int kIdBytes = 16;
    static constexpr int kScopeBytes = 8;

    quint32 keyId = 0;
    QByteArray voucherId; // 16 random bytes: the ledger's and the revocation list's key
    quint32 merchantId = 0;
    QByteArray storeScope; // storeScopeOf(store id); all zero bytes: every store of the merchant
    VoucherKind kind = VoucherKind::SingleUse;
    QString currency = QStringLiteral("EUR");
    quint32 valueMinor = 0; // stored value: the card's value; otherwise the value of one use
    quint16 uses = 1;       // multi-use passes: how many; 1 for everything else
    quint32 validFrom = 0;
    quint32 validUntil = 0;
    bool offlineAllowed = true;
    bool rotating = false;
    QByteArray walletPublicKey; // rotating only: the customer's wallet key (32 bytes)
    QString campaign;           // the campaign it came from (isValidCampaignId); empty: none, no bytes

    QString idText() const { return QString::fromLatin1(voucherId.toHex()); }
};

/** A platform key the terminal trusts, with the period in which vouchers signed by it are honoured. */
struct PlatformKey {
    quint32 id = 0;
    Ed25519PublicKey key;
    qint64 validFrom = 0;
    qint64 validUntil = 0; // 0: until removed
};

/** The platform keys a terminal trusts; several may be valid at once while keys rotate. */
using KeyRing = std::vector<PlatformKey>;

/** What a signed code said once its signatures held, or why it was refused. */
struct VerifiedCode {
    Reason reason = Reason::None; // None: both signatures hold; the rules are still to be evaluated
    SignedVoucher voucher;
    bool walletCode = false;     // a rotating code as the customer's wallet shows it
    qint64 timeStep = 0;         // wallet codes: the 30-second step it was made for
    bool keyTimeLimited = false; // the signing key has a validity window, so the verdict depends on time
};

inline constexpr char kSignedCodePrefix[] = "O2O:";
inline constexpr char kWalletCodePrefix[] = "O2OW:";
inline constexpr int kWalletStepSecs = 30;
/** The largest text a QR code of version 10 holds in alphanumeric mode at error correction M. */
inline constexpr int kMaxSignedCodeChars = 311;

/** The 4-byte key id: the start of SHA-256 of the raw public key. */
quint32 keyIdOf(const QByteArray& publicKeyRaw);
/** The 8-byte store scope: the start of SHA-256 of the store id. */
QByteArray storeScopeOf(const QString& storeId);
qint64 walletStepAt(qint64 utcSecs);

bool looksSigned(QStringView code);

/** Signs and encodes; refuses fields out of range and any code that would not fit a version 10-M QR. */
[[nodiscard]] Result<QString> encodeSignedVoucher(const SignedVoucher& voucher, const Ed25519PrivateKey& key);
/** Signs a raw body (everything before the signature) as is: for test vectors and tools only. */
[[nodiscard]] Result<QString> signRawVoucherBody(const QByteArray& body, const Ed25519PrivateKey& key);
/** The body encodeSignedVoucher would sign, for tools that alter it before signing. */
[[nodiscard]] Result<QByteArray> signedVoucherBody(const SignedVoucher& voucher);
/** The code a customer's wallet shows for a rotating voucher during one time step. */
[[nodiscard]] Result<QString> encodeWalletCode(const QString& signedCode, const Ed25519PrivateKey& walletKey,
                                               qint64 timeStep);

/**
 * Decodes strictly: exact prefix and length, known version, the platform signature (and the wallet
 * signature for rotating codes) verified before any field is read. Keys count only inside their
 * validity period at utcSecs. Freshness of a wallet code is the caller's (it needs a trusted clock).
 */
VerifiedCode verifySignedCode(QStringView code, const KeyRing& ring, qint64 utcSecs);

/** The binary form between prefix and Base45, for tests that alter single bits. */
std::optional<QByteArray> signedCodeBytes(QStringView code);
QString signedCodeFromBytes(const QByteArray& bytes, bool walletCode);

} // namespace o2o
