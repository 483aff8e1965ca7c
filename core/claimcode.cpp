#include "core/claimcode.h"

#include "core/base45.h"

#include <QUuid>
#include <QtEndian>

#include <memory>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace o2o {

namespace {

constexpr quint8 kFormatVersion = 1;
constexpr int kUuidBytes = 16;
constexpr int kBodyBytes = 1 + kUuidBytes + kUuidBytes + ClaimCode::kScopeBytes + 3 + 4 + 4; // 52
constexpr int kScalarBytes = 32;                                                             // P-256
constexpr int kSignatureBytes = 2 * kScalarBytes;
constexpr int kCodeBytes = kBodyBytes + kSignatureBytes; // 116: 174 Base45 characters, a version 8-M QR

// Domain separation: a device signature made for anything else can never pass as a claim code.
constexpr QByteArrayView kClaimTag("O2O-CLAIM-V1\0", 13);

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using Sig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

void freeOpenSsl(unsigned char* p) {
    OPENSSL_free(p);
}

const unsigned char* bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

/** The curve order n and n/2: a signature's s must be at most n/2 (low-S) to be accepted. */
struct CurveOrder {
    Bn order;
    Bn half;
};
const CurveOrder& curveOrder() {
    static const CurveOrder order = [] {
        CurveOrder o;
        std::unique_ptr<EC_GROUP, Deleter<EC_GROUP_free>> group(
            EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
        if (group) {
            o.order.reset(BN_dup(EC_GROUP_get0_order(group.get())));
            o.half.reset(BN_new());
            if (!o.order || !o.half || BN_rshift1(o.half.get(), o.order.get()) != 1)
                o.order.reset();
        }
        return o;
    }();
    return order;
}

bool isP256(EVP_PKEY* key) {
    char group[64] = {};
    size_t length = 0;
    return key && EVP_PKEY_is_a(key, "EC") &&
           EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 &&
           QByteArrayView(group, qsizetype(length)) == QByteArrayView("prime256v1");
}

bool isCurrency(QByteArrayView c) {
    return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

template <typename T> void put(QByteArray& out, T value) {
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

QByteArray uuidBytes(const QString& text) {
    const QUuid uuid = QUuid::fromString(text);
    // Only the canonical spelling: what the code decodes to must be the id the terminal stored.
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != text)
        return {};
    return uuid.toRfc4122();
}

QByteArray signedMessage(QByteArrayView body) {
    QByteArray message;
    message.reserve(kClaimTag.size() + body.size());
    message.append(kClaimTag);
    message.append(body);
    return message;
}

std::optional<ClaimCode> readFields(QByteArrayView b) {
    if (b.size() != kCodeBytes || quint8(b.at(0)) != kFormatVersion)
        return std::nullopt;
    ClaimCode c;
    const QUuid sale = QUuid::fromRfc4122(b.sliced(1, kUuidBytes));
    const QUuid terminal = QUuid::fromRfc4122(b.sliced(17, kUuidBytes));
    c.storeScope = b.sliced(33, ClaimCode::kScopeBytes).toByteArray();
    const QByteArrayView currency = b.sliced(41, 3);
    c.totalMinor = qFromBigEndian<quint32>(b.data() + 44);
    c.soldAt = qFromBigEndian<quint32>(b.data() + 48);
    if (sale.isNull() || terminal.isNull() || !isCurrency(currency) || c.soldAt == 0)
        return std::nullopt;
    c.saleId = sale.toString(QUuid::WithoutBraces);
    c.terminalId = terminal.toString(QUuid::WithoutBraces);
    c.currency = QString::fromLatin1(currency);
    return c;
}

} // namespace

bool looksLikeClaimCode(QStringView code) {
    return code.startsWith(QLatin1StringView(kClaimCodePrefix));
}

Result<QByteArray> claimCodeBody(const ClaimCode& c) {
    const QByteArray sale = uuidBytes(c.saleId);
    const QByteArray terminal = uuidBytes(c.terminalId);
    if (sale.isEmpty() || terminal.isEmpty() || c.storeScope.size() != ClaimCode::kScopeBytes ||
        !isCurrency(c.currency.toLatin1()) || c.soldAt == 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the claim's fields are out of range"));
    QByteArray body;
    body.reserve(kCodeBytes);
    put<quint8>(body, kFormatVersion);
    body.append(sale);
    body.append(terminal);
    body.append(c.storeScope);
    body.append(c.currency.toLatin1());
    put<quint32>(body, c.totalMinor);
    put<quint32>(body, c.soldAt);
    return body;
}

Result<QString> signRawClaimBody(const QByteArray& body, const QByteArray& privateKeyPem) {
    Bio bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!isP256(key.get()))
        return fail(ErrorCode::Crypto, QStringLiteral("the device key is not a P-256 key"));
    const CurveOrder& order = curveOrder();
    if (!order.order)
        return fail(ErrorCode::Crypto, QStringLiteral("OpenSSL has no P-256 curve"));
    const QByteArray message = signedMessage(body);
    MdCtx ctx(EVP_MD_CTX_new());
    size_t derSize = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &derSize, bytes(message), size_t(message.size())) != 1)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot sign the claim code"));
    QByteArray der(qsizetype(derSize), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(der.data()), &derSize, bytes(message),
                       size_t(message.size())) != 1)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot sign the claim code"));
    const unsigned char* p = bytes(der);
    Sig sig(d2i_ECDSA_SIG(nullptr, &p, long(derSize)));
    if (!sig)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot read the claim code's signature"));
    const BIGNUM* r = ECDSA_SIG_get0_r(sig.get());
    Bn s(BN_dup(ECDSA_SIG_get0_s(sig.get())));
    // (r, n - s) verifies too: always write the low one, and accept only that.
    if (!s || (BN_cmp(s.get(), order.half.get()) > 0 && BN_sub(s.get(), order.order.get(), s.get()) != 1))
        return fail(ErrorCode::Crypto, QStringLiteral("cannot normalise the claim code's signature"));
    QByteArray raw(kSignatureBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(r, out, kScalarBytes) != kScalarBytes ||
        BN_bn2binpad(s.get(), out + kScalarBytes, kScalarBytes) != kScalarBytes)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot write the claim code's signature"));
    return claimCodeFromBytes(body + raw);
}

Result<QString> encodeClaimCode(const ClaimCode& claim, const QByteArray& privateKeyPem) {
    auto body = claimCodeBody(claim);
    if (!body)
        return Unexpected(body.error());
    return signRawClaimBody(*body, privateKeyPem);
}

std::optional<QByteArray> claimCodeBytes(QStringView code) {
    if (!looksLikeClaimCode(code))
        return std::nullopt;
    const QStringView text = code.sliced(qsizetype(sizeof kClaimCodePrefix) - 1);
    if (text.size() > 2 * kCodeBytes)
        return std::nullopt;
    for (QChar c : text)
        if (c.unicode() > 0x7F)
            return std::nullopt;
    return base45::decode(text.toLatin1());
}

QString claimCodeFromBytes(const QByteArray& b) {
    return QLatin1StringView(kClaimCodePrefix) + QString::fromLatin1(base45::encode(b));
}

std::optional<ClaimCode> readClaimCode(QStringView code) {
    const auto b = claimCodeBytes(code);
    if (!b)
        return std::nullopt;
    return readFields(*b);
}

ClaimCheck verifyClaimCode(QStringView code, const QByteArray& certificatePem, ClaimCode* out) {
    const auto b = claimCodeBytes(code);
    if (!b)
        return ClaimCheck::Malformed;
    auto fields = readFields(*b);
    if (!fields)
        return ClaimCheck::Malformed;
    Bio bio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Cert cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    EVP_PKEY* key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    const CurveOrder& order = curveOrder();
    if (!isP256(key) || !order.order)
        return ClaimCheck::BadSignature;

    const QByteArrayView raw = QByteArrayView(*b).sliced(kBodyBytes);
    Bn r(BN_bin2bn(bytes(raw), kScalarBytes, nullptr));
    Bn s(BN_bin2bn(bytes(raw) + kScalarBytes, kScalarBytes, nullptr));
    if (!r || !s || BN_is_zero(r.get()) || BN_is_zero(s.get()) || BN_cmp(s.get(), order.half.get()) > 0 ||
        BN_cmp(r.get(), order.order.get()) >= 0)
        return ClaimCheck::BadSignature;
    Sig sig(ECDSA_SIG_new());
    if (!sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return ClaimCheck::BadSignature;
    r.release(); // owned by sig now
    s.release();
    unsigned char* der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig.get(), &der);
    if (derSize <= 0)
        return ClaimCheck::BadSignature;
    std::unique_ptr<unsigned char, Deleter<freeOpenSsl>> derOwner(der);
    const QByteArray message = signedMessage(QByteArrayView(*b).first(kBodyBytes));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestVerify(ctx.get(), der, size_t(derSize), bytes(message), size_t(message.size())) != 1)
        return ClaimCheck::BadSignature;
    if (out)
        *out = std::move(*fields);
    return ClaimCheck::Valid;
}

} // namespace o2o
