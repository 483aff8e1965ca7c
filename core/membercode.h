#pragma once

#include "core/signedvoucher.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace o2o {

/**
 * A member code (docs/voucher-format.md, "Member codes"): the platform's signed statement that a member
 * exists, in the signed-voucher family. Same key ring, same revocation list (member ids and voucher ids
 * are both 16 random bytes), its own prefix and domain tag, so a voucher signature can never pass as a
 * member code or the other way round. Optionally rotating: the member's wallet app signs each 30-second
 * step, as with rotating vouchers.
 */
struct MemberCode {
    static constexpr int kIdBytes = 16;
    static constexpr int kMaxNameBytes = 32;

    quint32 keyId = 0;
    QByteArray memberId; // 16 random bytes
    quint32 merchantId = 0;
    quint32 issuedAt = 0; // Unix seconds; for people reading it, no rule depends on it
    QString name;         // how the cashier greets the member; at most 32 bytes of UTF-8, may be empty
    bool rotating = false;
    QByteArray walletPublicKey; // rotating only (32 bytes)

    QString idText() const { return QString::fromLatin1(memberId.toHex()); }
};

/** A member code once its signatures held, or why it was refused. */
struct VerifiedMember {
    Reason reason = Reason::None; // None: the signatures hold; revocation and merchant are the caller's
    MemberCode member;
    bool walletCode = false;
    qint64 timeStep = 0;
    bool keyTimeLimited = false;
};

inline constexpr char kMemberCodePrefix[] = "O2OM:";
inline constexpr char kMemberWalletPrefix[] = "O2OMW:";

bool looksLikeMemberCode(QStringView code);

/** The body encodeMemberCode signs (everything before the signature). */
[[nodiscard]] Result<QByteArray> memberCodeBody(const MemberCode& member);
/** Signs a raw body as is: for test vectors and tools only. */
[[nodiscard]] Result<QString> signRawMemberBody(const QByteArray& body, const Ed25519PrivateKey& key);
[[nodiscard]] Result<QString> encodeMemberCode(const MemberCode& member, const Ed25519PrivateKey& key);
/** The code a member's wallet shows for a rotating member code during one time step. */
[[nodiscard]] Result<QString> encodeMemberWalletCode(const QString& memberCode,
                                                     const Ed25519PrivateKey& walletKey, qint64 timeStep);

/**
 * Strict, in the order of signed vouchers: prefix, Base45, exact length, version; key id in the ring at
 * utcSecs; the platform signature over the member domain tag; then the fields; then (wallet codes) the
 * wallet signature. Freshness of a wallet code, revocation and merchant are the caller's.
 */
VerifiedMember verifyMemberCode(QStringView code, const KeyRing& ring, qint64 utcSecs);

/** The binary form between prefix and Base45, for tests that alter single bits. */
std::optional<QByteArray> memberCodeBytes(QStringView code);
QString memberCodeFromBytes(const QByteArray& bytes, bool walletCode);

} // namespace o2o
