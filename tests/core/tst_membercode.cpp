// Member codes (issue 14): the binary form, its golden encoding, domain separation from vouchers, and
// every single-bit change refused.
#include "core/membercode.h"
#include "tests/support/signedfixture.h"

#include <QTest>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

using namespace o2o;
using test::SignedFixture;

namespace {

KeyRing fixtureRing() {
    KeyRing ring;
    for (const TrustedKey& k : SignedFixture().trustList(1, {}).keys)
        ring.push_back(PlatformKey{keyIdOf(k.publicKey), *Ed25519PublicKey::fromRaw(k.publicKey), k.validFrom,
                                   k.validUntil});
    return ring;
}

int qrVersionAtM(const QString& text) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEccLevel(3);
    writer.setMargin(0);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 0, 0);
    return (matrix.width() - 17) / 4;
}

Reason verify(const QString& code) {
    return verifyMemberCode(code, fixtureRing(), SignedFixture::kNow).reason;
}

} // namespace

class TestMemberCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField() {
        SignedFixture f;
        const MemberCode m = f.member(QStringLiteral("round-trip"), QStringLiteral("Lucía 李"));
        const VerifiedMember v = verifyMemberCode(f.signMember(m), fixtureRing(), SignedFixture::kNow);
        QCOMPARE(v.reason, Reason::None);
        QCOMPARE(v.member.memberId, m.memberId);
        QCOMPARE(v.member.keyId, m.keyId);
        QCOMPARE(v.member.merchantId, SignedFixture::kMerchant);
        QCOMPARE(v.member.issuedAt, m.issuedAt);
        QCOMPARE(v.member.name, QStringLiteral("Lucía 李"));
        QVERIFY(!v.member.rotating);
        QVERIFY(!v.walletCode);
        QVERIFY(v.keyTimeLimited);
    }

    void goldenEncodingIsStable() {
        // Deterministic signatures: these exact characters; a change breaks every member card issued.
        SignedFixture f;
        const QString code = f.signMember(f.member(QStringLiteral("golden"), QStringLiteral("Ana")));
        QCOMPARE(code.size(), 5 + 147);
        QCOMPARE(code, QStringLiteral(
                           "O2OM:590BPIW.MHCICWRBM9B-ND49*+9DY003HG00-MI-I3448NI0..D:NU97TW3ND/FU$5%BLYF"
                           "HWG69IG/F9/5SBHOY3M915LSQH D54O1TNP1P6XHJ2QJ.9SNEK5D813DXIGNJ/L38-MT6M4 6K6C"));
        const QString anonymous = f.signMember(f.member(QStringLiteral("golden")));
        QCOMPARE(anonymous,
                 QStringLiteral("O2OM:590BPIW.MHCICWRBM9B-ND49*+9DY003HG00-MI-I3448Y103W4CCG0L6I5P.6D8.7460N/"
                                "2M.DS2NA.KMTJ3QD:U8%6HAKJ*1QI/RI/5ALE8VKK18MBWAQOFK7433%LT7-46F6GL006J20"));
    }

    void sizesFitSmallQrCodes() {
        SignedFixture f;
        const QString longest =
            f.signMember(f.member(QStringLiteral("qr"), QString(32, u'W'))); // the longest name allowed
        QCOMPARE(longest.size(), 5 + 191);
        QVERIFY(qrVersionAtM(longest) <= 8);
        const QString plain = f.signMember(f.member(QStringLiteral("qr")));
        QCOMPARE(plain.size(), 5 + 143);
        QVERIFY(qrVersionAtM(plain) <= 6);
        const QString wallet =
            f.memberWalletCode(f.signMember(f.rotatingMember(QStringLiteral("qr-rotating"))), 0);
        QCOMPARE(wallet.size(), 6 + 293);
        QVERIFY(qrVersionAtM(wallet) <= 10);
    }

    void everySingleBitFlipIsRefused_data() {
        QTest::addColumn<QString>("code");
        SignedFixture f;
        QTest::newRow("plain, no name") << f.signMember(f.member(QStringLiteral("bits")));
        QTest::newRow("plain, with name")
            << f.signMember(f.member(QStringLiteral("bits"), QStringLiteral("Zoë")));
        QTest::newRow("wallet code") << f.memberWalletCode(
            f.signMember(f.rotatingMember(QStringLiteral("bits-rotating"))), 0);
    }
    void everySingleBitFlipIsRefused() {
        QFETCH(QString, code);
        const KeyRing ring = fixtureRing();
        QCOMPARE(verifyMemberCode(code, ring, SignedFixture::kNow).reason, Reason::None);
        const QByteArray bytes = *memberCodeBytes(code);
        const bool isWallet = code.startsWith(QLatin1StringView(kMemberWalletPrefix));
        int refused = 0;
        for (qsizetype bit = 0; bit < bytes.size() * 8; ++bit) {
            QByteArray flipped = bytes;
            flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
            const VerifiedMember r =
                verifyMemberCode(memberCodeFromBytes(flipped, isWallet), ring, SignedFixture::kNow);
            if (r.reason == Reason::None)
                QFAIL(qPrintable(QStringLiteral("flipping bit %1 was accepted").arg(bit)));
            ++refused;
        }
        QCOMPARE(refused, bytes.size() * 8);
    }

    void signaturesDoNotCrossFormats() {
        // The same key signs vouchers and members: the domain tags keep each signature to its own kind.
        SignedFixture f;
        const QString voucher = f.sign(f.voucher(QStringLiteral("cross")));
        const QByteArray voucherBytes = *signedCodeBytes(voucher);
        // A voucher's bytes under the member prefix, and a member's under the voucher prefix.
        QVERIFY(verify(memberCodeFromBytes(voucherBytes, false)) != Reason::None);
        const QString member = f.signMember(f.member(QStringLiteral("cross")));
        const QByteArray memberBytes = *memberCodeBytes(member);
        QVERIFY(verifySignedCode(signedCodeFromBytes(memberBytes, false), fixtureRing(), SignedFixture::kNow)
                    .reason != Reason::None);
        // A member body signed as a voucher body (the voucher tag) is a bad signature, not a member.
        const QByteArray body = *memberCodeBody(f.member(QStringLiteral("cross")));
        const QString asVoucher = *signRawVoucherBody(body, test::fixedKey('A'));
        QCOMPARE(verify(memberCodeFromBytes(*signedCodeBytes(asVoucher), false)), Reason::BadSignature);
        // And a voucher body signed with the member tag does not pass as a voucher.
        const QByteArray vbody = *signedVoucherBody(f.voucher(QStringLiteral("cross")));
        const QString asMember = *signRawMemberBody(vbody, test::fixedKey('A'));
        QCOMPARE(verifySignedCode(signedCodeFromBytes(*memberCodeBytes(asMember), false), fixtureRing(),
                                  SignedFixture::kNow)
                     .reason,
                 Reason::BadSignature);
    }

    void encoderRefusesFieldsOutOfRange_data() {
        QTest::addColumn<int>("field");
        QTest::newRow("short id") << 0;
        QTest::newRow("name of 33 bytes") << 1;
        QTest::newRow("name with a control character") << 2;
        QTest::newRow("rotating without wallet key") << 3;
        QTest::newRow("name of blanks only") << 4;
    }
    void encoderRefusesFieldsOutOfRange() {
        QFETCH(int, field);
        MemberCode m = SignedFixture().member(QStringLiteral("range"));
        switch (field) {
        case 0:
            m.memberId.chop(1);
            break;
        case 1:
            m.name = QString(11, QChar(0x674E)); // 33 bytes of UTF-8
            break;
        case 2:
            m.name = QStringLiteral("Ana\nB");
            break;
        case 3:
            m.rotating = true;
            break;
        case 4:
            m.name = QStringLiteral("   ");
            break;
        }
        QVERIFY(!encodeMemberCode(m, test::fixedKey('A')));
    }

    void walletCodeNeedsARotatingMemberCode() {
        SignedFixture f;
        QVERIFY(
            !encodeMemberWalletCode(f.signMember(f.member(QStringLiteral("plain"))), test::fixedKey('W'), 1));
        QVERIFY(
            !encodeMemberWalletCode(f.sign(f.rotatingVoucher(QStringLiteral("v"))), test::fixedKey('W'), 1));
        QVERIFY(!encodeMemberWalletCode(QStringLiteral("O2OM:garbage"), test::fixedKey('W'), 1));
    }

    void looksLikeMemberCodeOnlyForItsPrefixes() {
        QVERIFY(looksLikeMemberCode(u"O2OM:ABC"));
        QVERIFY(looksLikeMemberCode(u"O2OMW:ABC"));
        QVERIFY(!looksLikeMemberCode(u"O2O:ABC"));
        QVERIFY(!looksLikeMemberCode(u"O2OW:ABC"));
        QVERIFY(!looksSigned(u"O2OM:ABC")); // a member code is never looked up as a voucher
    }
};

QTEST_GUILESS_MAIN(TestMemberCode)
#include "tst_membercode.moc"
