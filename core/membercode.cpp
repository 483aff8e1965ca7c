#include "core/membercode.h"

#include "core/base45.h"
#include "core/corelog.h"

#include <QtEndian>

namespace o2o {

namespace {

constexpr quint8 kFormatVersion = 1;
constexpr int kNameOffset = 31; // fixed fields up to and including the name's length byte
constexpr int kSignatureBytes = Ed25519PublicKey::kSignatureBytes;
constexpr int kKeyBytes = Ed25519PublicKey::kBytes;
constexpr quint8 kFlagRotating = 0x01;
constexpr quint8 kKnownFlags = kFlagRotating;

// Domain separation from vouchers ("O2O-VOUCHER-V1") and their wallet steps: a signature made for one
// can never be replayed as another.
constexpr QByteArrayView kMemberTag("O2O-MEMBER-V1\0", 14);
constexpr QByteArrayView kMemberWalletTag("O2O-MEMBER-WALLET-STEP-V1\0", 26);

template <typename T> void put(QByteArray& out, T value) {
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

template <typename T> T get(const QByteArray& in, qsizetype offset) {
    return qFromBigEndian<T>(in.constData() + offset);
}

QByteArray tagged(QByteArrayView tag, QByteArrayView body) {
    QByteArray message;
    message.reserve(tag.size() + body.size());
    message.append(tag);
    message.append(body);
    return message;
}

// A name a cashier can read: well-formed UTF-8, no control characters, not only blanks.
bool isReadableName(const QByteArray& utf8, QString& name) {
    name = QString::fromUtf8(utf8);
    if (name.toUtf8() != utf8)
        return false;
    for (QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isSurrogate() ||
            c.unicode() == 0xFFFD)
            return false;
    return utf8.isEmpty() || !name.trimmed().isEmpty();
}

// The size of the member part (body and signature) from its name length byte; 0 if it cannot be one.
qsizetype memberPartSize(const QByteArray& b, bool rotating) {
    if (b.size() <= kNameOffset)
        return 0;
    const int nameBytes = quint8(b.at(kNameOffset - 1));
    if (nameBytes > MemberCode::kMaxNameBytes)
        return 0;
    return kNameOffset + nameBytes + (rotating ? kKeyBytes : 0) + kSignatureBytes;
}

std::optional<MemberCode> readFields(const QByteArray& body) {
    MemberCode m;
    m.keyId = get<quint32>(body, 1);
    m.memberId = body.mid(5, MemberCode::kIdBytes);
    m.merchantId = get<quint32>(body, 21);
    m.issuedAt = get<quint32>(body, 25);
    const quint8 flags = quint8(body.at(29));
    const int nameBytes = quint8(body.at(30));
    m.rotating = flags & kFlagRotating;
    if ((flags & ~kKnownFlags) || nameBytes > MemberCode::kMaxNameBytes ||
        body.size() != kNameOffset + nameBytes + (m.rotating ? kKeyBytes : 0) ||
        !isReadableName(body.mid(kNameOffset, nameBytes), m.name))
        return std::nullopt;
    if (m.rotating)
        m.walletPublicKey = body.mid(kNameOffset + nameBytes, kKeyBytes);
    return m;
}

const PlatformKey* findKey(const KeyRing& ring, quint32 id, qint64 utcSecs) {
    for (const PlatformKey& k : ring)
        if (k.id == id && utcSecs >= k.validFrom && (k.validUntil == 0 || utcSecs < k.validUntil))
            return &k;
    return nullptr;
}

VerifiedMember refused(Reason reason) {
    VerifiedMember result;
    result.reason = reason;
    return result;
}

} // namespace

bool looksLikeMemberCode(QStringView code) {
    return code.startsWith(QLatin1StringView(kMemberCodePrefix)) ||
           code.startsWith(QLatin1StringView(kMemberWalletPrefix));
}

Result<QByteArray> memberCodeBody(const MemberCode& m) {
    const QByteArray name = m.name.toUtf8();
    QString readable;
    if (m.memberId.size() != MemberCode::kIdBytes || name.size() > MemberCode::kMaxNameBytes ||
        !isReadableName(name, readable) || (m.rotating && m.walletPublicKey.size() != kKeyBytes))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the member code's fields are out of range"));
    QByteArray body;
    body.reserve(kNameOffset + name.size() + kKeyBytes);
    put<quint8>(body, kFormatVersion);
    put<quint32>(body, m.keyId);
    body.append(m.memberId);
    put<quint32>(body, m.merchantId);
    put<quint32>(body, m.issuedAt);
    put<quint8>(body, m.rotating ? kFlagRotating : 0);
    put<quint8>(body, quint8(name.size()));
    body.append(name);
    if (m.rotating)
        body.append(m.walletPublicKey);
    return body;
}

Result<QString> signRawMemberBody(const QByteArray& body, const Ed25519PrivateKey& key) {
    auto signature = key.sign(tagged(kMemberTag, body));
    if (!signature)
        return Unexpected(signature.error());
    return memberCodeFromBytes(body + *signature, false);
}

Result<QString> encodeMemberCode(const MemberCode& member, const Ed25519PrivateKey& key) {
    auto body = memberCodeBody(member);
    if (!body)
        return Unexpected(body.error());
    return signRawMemberBody(*body, key);
}

Result<QString> encodeMemberWalletCode(const QString& memberCode, const Ed25519PrivateKey& walletKey,
                                       qint64 timeStep) {
    const auto bytes = memberCodeBytes(memberCode);
    if (!bytes || !memberCode.startsWith(QLatin1StringView(kMemberCodePrefix)) ||
        bytes->size() != memberPartSize(*bytes, true) || !(quint8(bytes->at(29)) & kFlagRotating))
        return fail(ErrorCode::InvalidInput, QStringLiteral("not a rotating member code"));
    if (timeStep < 0 || timeStep > 0xFFFFFFFFLL)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the time step is out of range"));
    QByteArray body = *bytes;
    put<quint32>(body, quint32(timeStep));
    auto signature = walletKey.sign(tagged(kMemberWalletTag, body));
    if (!signature)
        return Unexpected(signature.error());
    return memberCodeFromBytes(body + *signature, true);
}

std::optional<QByteArray> memberCodeBytes(QStringView code) {
    const bool wallet = code.startsWith(QLatin1StringView(kMemberWalletPrefix));
    if (!wallet && !code.startsWith(QLatin1StringView(kMemberCodePrefix)))
        return std::nullopt;
    const QStringView text = code.mid(wallet ? qsizetype(sizeof kMemberWalletPrefix) - 1
                                             : qsizetype(sizeof kMemberCodePrefix) - 1);
    if (text.size() > 2 * kMaxSignedCodeChars)
        return std::nullopt;
    for (QChar c : text)
        if (c.unicode() > 0x7F)
            return std::nullopt;
    return base45::decode(text.toLatin1());
}

QString memberCodeFromBytes(const QByteArray& bytes, bool walletCode) {
    return QLatin1StringView(walletCode ? kMemberWalletPrefix : kMemberCodePrefix) +
           QString::fromLatin1(base45::encode(bytes));
}

VerifiedMember verifyMemberCode(QStringView code, const KeyRing& ring, qint64 utcSecs) {
    const bool wallet = code.startsWith(QLatin1StringView(kMemberWalletPrefix));
    const auto bytes = memberCodeBytes(code);
    if (!bytes || bytes->size() <= kNameOffset || quint8(bytes->at(0)) != kFormatVersion)
        return refused(Reason::Malformed);
    // The length follows from the name length byte; the flags are read only after the signature, so a
    // plain code is whichever of the two sizes the bytes have (a wallet code holds a rotating one).
    const qsizetype plain = memberPartSize(*bytes, false);
    const qsizetype rotating = memberPartSize(*bytes, true);
    qsizetype memberBytes = 0;
    if (wallet && rotating != 0 && bytes->size() == rotating + 4 + kSignatureBytes)
        memberBytes = rotating;
    else if (!wallet && plain != 0 && (bytes->size() == plain || bytes->size() == rotating))
        memberBytes = bytes->size();
    if (memberBytes == 0)
        return refused(Reason::Malformed);

    const QByteArray part = bytes->left(memberBytes);
    const qsizetype bodyBytes = memberBytes - kSignatureBytes;
    const PlatformKey* key = findKey(ring, get<quint32>(part, 1), utcSecs);
    if (!key) {
        qCDebug(lcCore, "member code: key %08x is not in the ring or not valid at %lld",
                get<quint32>(part, 1), static_cast<long long>(utcSecs));
        return refused(Reason::UnknownKey);
    }
    if (!key->key.verify(tagged(kMemberTag, QByteArrayView(part).first(bodyBytes)),
                         QByteArrayView(part).sliced(bodyBytes)))
        return refused(Reason::BadSignature);
    auto fields = readFields(part.left(bodyBytes));
    if (!fields || fields->rotating != (memberBytes == rotating) || (wallet && !fields->rotating))
        return refused(Reason::Malformed);

    VerifiedMember result;
    result.member = std::move(*fields);
    result.walletCode = wallet;
    result.keyTimeLimited = key->validFrom != 0 || key->validUntil != 0;
    if (wallet) {
        auto walletKey = Ed25519PublicKey::fromRaw(result.member.walletPublicKey);
        const QByteArrayView signedPart = QByteArrayView(*bytes).first(memberBytes + 4);
        if (!walletKey || !walletKey->verify(tagged(kMemberWalletTag, signedPart),
                                             QByteArrayView(*bytes).sliced(memberBytes + 4)))
            return refused(Reason::BadSignature);
        result.timeStep = get<quint32>(*bytes, memberBytes);
    }
    return result;
}

} // namespace o2o
