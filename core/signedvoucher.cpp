#include "core/signedvoucher.h"

#include "core/corelog.h"

#include "core/base45.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace o2o {

namespace {

constexpr quint8 kFormatVersion = 1;
constexpr int kBodyBytes = 52;       // fixed fields, up to and including the flags
constexpr int kWalletKeyOffset = 52; // rotating vouchers append the wallet key
constexpr int kSignatureBytes = Ed25519PublicKey::kSignatureBytes;
constexpr int kPlainBytes = kBodyBytes + kSignatureBytes;
constexpr int kRotatingBytes = kBodyBytes + Ed25519PublicKey::kBytes + kSignatureBytes;
constexpr int kWalletTailBytes = 4 + kSignatureBytes; // the time step and the wallet's signature
constexpr quint8 kFlagOffline = 0x01;
constexpr quint8 kFlagRotating = 0x02;
// Added compatibly in format 1: a code without this flag is byte for byte what it always was, so every
// code issued before keeps verifying. With it, the body ends with a length byte and the campaign id
// (ASCII, 1..32). A terminal older than the flag refuses such a code as malformed, never misreads it.
constexpr quint8 kFlagCampaign = 0x04;
constexpr quint8 kKnownFlags = kFlagOffline | kFlagRotating | kFlagCampaign;
constexpr int kMaxBodyBytes = kBodyBytes + Ed25519PublicKey::kBytes + 1 + kMaxCampaignIdChars;

// Domain separation: a signature made for one purpose can never be replayed as another.
constexpr QByteArrayView kVoucherTag("O2O-VOUCHER-V1\0", 15);
constexpr QByteArrayView kWalletTag("O2O-WALLET-STEP-V1\0", 19);

constexpr VoucherKind kKinds[] = {VoucherKind::SingleUse,   VoucherKind::MultiUse, VoucherKind::StoredValue,
                                  VoucherKind::PickupOrder, VoucherKind::Ticket,   VoucherKind::OnlineOnly};

quint8 kindByte(VoucherKind kind) {
    for (quint8 i = 0; i < std::size(kKinds); ++i)
        if (kKinds[i] == kind)
            return i;
    return 0xFF;
}

template <typename T> void put(QByteArray& out, T value) {
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

template <typename T> T get(const QByteArray& in, int offset) {
    return qFromBigEndian<T>(in.constData() + offset);
}

bool isCurrency(const QString& c) {
    return c.size() == 3 &&
           std::all_of(c.begin(), c.end(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; });
}

QByteArray signedMessage(QByteArrayView tag, QByteArrayView body) {
    QByteArray message;
    message.reserve(tag.size() + body.size());
    message.append(tag);
    message.append(body);
    return message;
}

// Fields are read only after the signature held; here they still get checked for sense.
std::optional<SignedVoucher> readFields(const QByteArray& b) {
    SignedVoucher v;
    v.keyId = get<quint32>(b, 1);
    v.voucherId = b.mid(5, SignedVoucher::kIdBytes);
    v.merchantId = get<quint32>(b, 21);
    v.storeScope = b.mid(25, SignedVoucher::kScopeBytes);
    const quint8 kind = quint8(b.at(33));
    if (kind >= std::size(kKinds))
        return std::nullopt;
    v.kind = kKinds[kind];
    v.currency = QString::fromLatin1(b.mid(34, 3));
    v.valueMinor = get<quint32>(b, 37);
    v.uses = get<quint16>(b, 41);
    v.validFrom = get<quint32>(b, 43);
    v.validUntil = get<quint32>(b, 47);
    const quint8 flags = quint8(b.at(51));
    v.offlineAllowed = flags & kFlagOffline;
    v.rotating = flags & kFlagRotating;
    if ((flags & ~kKnownFlags) || !isCurrency(v.currency) || v.uses == 0 ||
        (v.kind != VoucherKind::MultiUse && v.uses != 1) ||
        (v.validFrom != 0 && v.validUntil != 0 && v.validUntil <= v.validFrom))
        return std::nullopt;
    qsizetype at = kBodyBytes;
    if (v.rotating) {
        if (b.size() < at + Ed25519PublicKey::kBytes)
            return std::nullopt;
        v.walletPublicKey = b.mid(kWalletKeyOffset, Ed25519PublicKey::kBytes);
        at += Ed25519PublicKey::kBytes;
    }
    if (flags & kFlagCampaign) {
        if (b.size() <= at)
            return std::nullopt;
        const int length = quint8(b.at(at));
        v.campaign = QString::fromLatin1(b.mid(at + 1, length));
        if (b.size() < at + 1 + length || !isValidCampaignId(v.campaign))
            return std::nullopt;
        at += 1 + length;
    }
    // Exactly the bytes the flags announce: nothing trails, nothing is missing.
    if (b.size() != at)
        return std::nullopt;
    return v;
}

// The length a voucher's flags announce (body and signature), read before the signature is checked so a
// code with bytes added or cut is refused as malformed, as it always was; -1 when it cannot be told.
qsizetype announcedBytes(const QByteArray& b) {
    if (b.size() < kPlainBytes)
        return -1;
    const quint8 flags = quint8(b.at(51));
    qsizetype n = kBodyBytes + ((flags & kFlagRotating) ? Ed25519PublicKey::kBytes : 0);
    if (flags & kFlagCampaign) {
        if (b.size() <= n)
            return -1;
        n += 1 + quint8(b.at(n));
    }
    return n + kSignatureBytes;
}

const PlatformKey* findKey(const KeyRing& ring, quint32 id, qint64 utcSecs) {
    for (const PlatformKey& k : ring)
        if (k.id == id && utcSecs >= k.validFrom && (k.validUntil == 0 || utcSecs < k.validUntil))
            return &k;
    return nullptr;
}

VerifiedCode refused(Reason reason) {
    VerifiedCode result;
    result.reason = reason;
    return result;
}

} // namespace

quint32 keyIdOf(const QByteArray& publicKeyRaw) {
    return qFromBigEndian<quint32>(
        QCryptographicHash::hash(publicKeyRaw, QCryptographicHash::Sha256).constData());
}

QByteArray storeScopeOf(const QString& storeId) {
    return QCryptographicHash::hash(storeId.toUtf8(), QCryptographicHash::Sha256)
        .left(SignedVoucher::kScopeBytes);
}

qint64 walletStepAt(qint64 utcSecs) {
    return utcSecs >= 0 ? utcSecs / kWalletStepSecs : (utcSecs - kWalletStepSecs + 1) / kWalletStepSecs;
}

bool looksSigned(QStringView code) {
    return code.startsWith(QLatin1StringView(kSignedCodePrefix)) ||
           code.startsWith(QLatin1StringView(kWalletCodePrefix));
}

Result<QByteArray> signedVoucherBody(const SignedVoucher& v) {
    const quint8 kind = kindByte(v.kind);
    if (v.voucherId.size() != SignedVoucher::kIdBytes || v.storeScope.size() != SignedVoucher::kScopeBytes ||
        kind == 0xFF || !isCurrency(v.currency) || v.uses == 0 ||
        (v.kind != VoucherKind::MultiUse && v.uses != 1) ||
        (v.rotating && v.walletPublicKey.size() != Ed25519PublicKey::kBytes) ||
        (!v.campaign.isEmpty() && !isValidCampaignId(v.campaign)) ||
        (v.validFrom != 0 && v.validUntil != 0 && v.validUntil <= v.validFrom))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the voucher's fields are out of range"));
    QByteArray body;
    body.reserve(kMaxBodyBytes);
    put<quint8>(body, kFormatVersion);
    put<quint32>(body, v.keyId);
    body.append(v.voucherId);
    put<quint32>(body, v.merchantId);
    body.append(v.storeScope);
    put<quint8>(body, kind);
    body.append(v.currency.toLatin1());
    put<quint32>(body, v.valueMinor);
    put<quint16>(body, v.uses);
    put<quint32>(body, v.validFrom);
    put<quint32>(body, v.validUntil);
    put<quint8>(body, quint8((v.offlineAllowed ? kFlagOffline : 0) | (v.rotating ? kFlagRotating : 0) |
                             (v.campaign.isEmpty() ? 0 : kFlagCampaign)));
    if (v.rotating)
        body.append(v.walletPublicKey);
    if (!v.campaign.isEmpty()) {
        put<quint8>(body, quint8(v.campaign.size()));
        body.append(v.campaign.toLatin1());
    }
    return body;
}

Result<QString> signRawVoucherBody(const QByteArray& body, const Ed25519PrivateKey& key) {
    auto signature = key.sign(signedMessage(kVoucherTag, body));
    if (!signature)
        return Unexpected(signature.error());
    return signedCodeFromBytes(body + *signature, false);
}

Result<QString> encodeSignedVoucher(const SignedVoucher& v, const Ed25519PrivateKey& key) {
    auto body = signedVoucherBody(v);
    if (!body)
        return Unexpected(body.error());
    auto code = signRawVoucherBody(*body, key);
    // Rotating vouchers travel inside the larger wallet code; the plain form must fit version 10-M.
    if (code && code->size() > kMaxSignedCodeChars)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the code would not fit a version 10 QR code"));
    return code;
}

Result<QString> encodeWalletCode(const QString& signedCode, const Ed25519PrivateKey& walletKey,
                                 qint64 timeStep) {
    const auto voucher = signedCodeBytes(signedCode);
    if (!voucher || voucher->size() < kRotatingBytes || voucher->size() > kMaxBodyBytes + kSignatureBytes ||
        !(quint8(voucher->at(51)) & kFlagRotating) ||
        !signedCode.startsWith(QLatin1StringView(kSignedCodePrefix)))
        return fail(ErrorCode::InvalidInput, QStringLiteral("not a rotating signed voucher"));
    if (timeStep < 0 || timeStep > 0xFFFFFFFFLL)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the time step is out of range"));
    QByteArray body = *voucher;
    put<quint32>(body, quint32(timeStep));
    auto signature = walletKey.sign(signedMessage(kWalletTag, body));
    if (!signature)
        return Unexpected(signature.error());
    return signedCodeFromBytes(body + *signature, true);
}

std::optional<QByteArray> signedCodeBytes(QStringView code) {
    const bool wallet = code.startsWith(QLatin1StringView(kWalletCodePrefix));
    if (!wallet && !code.startsWith(QLatin1StringView(kSignedCodePrefix)))
        return std::nullopt;
    const qsizetype prefix =
        wallet ? qsizetype(sizeof kWalletCodePrefix) - 1 : qsizetype(sizeof kSignedCodePrefix) - 1;
    const QStringView text = code.mid(prefix);
    if (text.size() > 2 * kMaxSignedCodeChars)
        return std::nullopt;
    for (QChar c : text)
        if (c.unicode() > 0x7F)
            return std::nullopt;
    return base45::decode(text.toLatin1());
}

QString signedCodeFromBytes(const QByteArray& bytes, bool walletCode) {
    return QLatin1StringView(walletCode ? kWalletCodePrefix : kSignedCodePrefix) +
           QString::fromLatin1(base45::encode(bytes));
}

VerifiedCode verifySignedCode(QStringView code, const KeyRing& ring, qint64 utcSecs) {
    const bool wallet = code.startsWith(QLatin1StringView(kWalletCodePrefix));
    const auto bytes = signedCodeBytes(code);
    if (!bytes)
        return refused(Reason::Malformed);
    // The length is checked in full once the signature held (readFields: exactly what the flags announce).
    const qsizetype voucherSize = wallet ? bytes->size() - kWalletTailBytes : bytes->size();
    if (voucherSize < kPlainBytes || voucherSize > kMaxBodyBytes + kSignatureBytes ||
        (wallet && voucherSize < kRotatingBytes) || quint8(bytes->at(0)) != kFormatVersion ||
        announcedBytes(*bytes) != voucherSize)
        return refused(Reason::Malformed);

    const QByteArray voucherBytes = bytes->left(voucherSize);
    const qsizetype bodyBytes = voucherBytes.size() - kSignatureBytes;
    const PlatformKey* key = findKey(ring, get<quint32>(voucherBytes, 1), utcSecs);
    if (!key) {
        qCDebug(lcCore, "signed code: key %08x is not in the ring or not valid at %lld",
                get<quint32>(voucherBytes, 1), static_cast<long long>(utcSecs));
        return refused(Reason::UnknownKey);
    }
    if (!key->key.verify(signedMessage(kVoucherTag, QByteArrayView(voucherBytes).first(bodyBytes)),
                         QByteArrayView(voucherBytes).sliced(bodyBytes)))
        return refused(Reason::BadSignature);
    auto fields = readFields(voucherBytes.left(bodyBytes));
    if (!fields || (wallet && !fields->rotating))
        return refused(Reason::Malformed);

    VerifiedCode result;
    result.voucher = std::move(*fields);
    result.walletCode = wallet;
    result.keyTimeLimited = key->validFrom != 0 || key->validUntil != 0;
    if (wallet) {
        auto walletKey = Ed25519PublicKey::fromRaw(result.voucher.walletPublicKey);
        const QByteArrayView signedPart = QByteArrayView(*bytes).first(voucherSize + 4);
        if (!walletKey || !walletKey->verify(signedMessage(kWalletTag, signedPart),
                                             QByteArrayView(*bytes).sliced(voucherSize + 4)))
            return refused(Reason::BadSignature);
        result.timeStep = get<quint32>(*bytes, voucherSize);
    }
    return result;
}

} // namespace o2o
