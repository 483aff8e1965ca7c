#include "tests/support/signedfixture.h"

#include <QCryptographicHash>
#include <QTest>

namespace o2o::test {

Ed25519PrivateKey fixedKey(char seedLetter) {
    auto key = Ed25519PrivateKey::fromSeed(QByteArray(Ed25519PrivateKey::kSeedBytes, seedLetter));
    if (!key)
        qFatal("cannot make a fixed Ed25519 key");
    return std::move(*key);
}

QByteArray fixedVoucherId(const QString& name) {
    return QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).left(SignedVoucher::kIdBytes);
}

SignedVoucher SignedFixture::voucher(const QString& name, char keyLetter) const {
    SignedVoucher v;
    v.keyId = keyIdOf(fixedKey(keyLetter).publicRaw());
    v.voucherId = fixedVoucherId(name);
    v.merchantId = kMerchant;
    v.storeScope = storeScopeOf(kStore);
    v.kind = VoucherKind::SingleUse;
    v.currency = QStringLiteral("EUR");
    v.valueMinor = 500;
    v.validFrom = quint32(kNow - 86400);
    v.validUntil = quint32(kNow + 86400);
    return v;
}

QString SignedFixture::sign(const SignedVoucher& voucher, char keyLetter) const {
    auto code = encodeSignedVoucher(voucher, fixedKey(keyLetter));
    if (!code)
        qFatal("cannot sign a test voucher: %s", qPrintable(code.error().message));
    return *code;
}

SignedVoucher SignedFixture::rotatingVoucher(const QString& name) const {
    SignedVoucher v = voucher(name);
    v.rotating = true;
    v.walletPublicKey = fixedKey('W').publicRaw();
    return v;
}

QString SignedFixture::walletCode(const QString& signedCode, int stepOffset, char walletLetter) const {
    auto code = encodeWalletCode(signedCode, fixedKey(walletLetter), walletStepAt(kNow) + stepOffset);
    if (!code)
        qFatal("cannot make a wallet code: %s", qPrintable(code.error().message));
    return *code;
}

MemberCode SignedFixture::member(const QString& idName, const QString& displayName, char keyLetter) const {
    MemberCode m;
    m.keyId = keyIdOf(fixedKey(keyLetter).publicRaw());
    m.memberId = fixedVoucherId(QStringLiteral("member:") + idName);
    m.merchantId = kMerchant;
    m.issuedAt = quint32(kNow - 86400);
    m.name = displayName;
    return m;
}

QString SignedFixture::signMember(const MemberCode& member, char keyLetter) const {
    auto code = encodeMemberCode(member, fixedKey(keyLetter));
    if (!code)
        qFatal("cannot sign a test member code: %s", qPrintable(code.error().message));
    return *code;
}

MemberCode SignedFixture::rotatingMember(const QString& idName) const {
    MemberCode m = member(idName);
    m.rotating = true;
    m.walletPublicKey = fixedKey('W').publicRaw();
    return m;
}

QString SignedFixture::memberWalletCode(const QString& memberCode, int stepOffset, char walletLetter) const {
    auto code = encodeMemberWalletCode(memberCode, fixedKey(walletLetter), walletStepAt(kNow) + stepOffset);
    if (!code)
        qFatal("cannot make a member wallet code: %s", qPrintable(code.error().message));
    return *code;
}

TrustList SignedFixture::trustList(qint64 sequence, const QList<QByteArray>& revokedIds) const {
    TrustList list;
    list.sequence = sequence;
    list.issuedAt = kNow - 3600;
    list.merchantId = kMerchant;
    const auto key = [](char letter, qint64 from, qint64 until) {
        return TrustedKey{fixedKey(letter).publicRaw(), from, until};
    };
    constexpr qint64 kDay = 86400;
    list.keys = {key('A', kNow - 365 * kDay, kNow + 365 * kDay), key('B', kNow - kDay, kNow + 730 * kDay),
                 key('O', kNow - 730 * kDay, kNow - 30 * kDay),
                 key('F', kNow + 30 * kDay, kNow + 400 * kDay)};
    for (const QByteArray& id : revokedIds)
        list.revokedIds.append(id);
    return list;
}

QByteArray SignedFixture::trustFile(qint64 sequence, const QList<QByteArray>& revokedIds) const {
    auto file = writeTrustList(trustList(sequence, revokedIds), fixedKey('R'));
    if (!file)
        qFatal("cannot write a test trust list");
    return *file;
}

} // namespace o2o::test
