#include "core/base45.h"
#include "core/signedvoucher.h"
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

// The QR version ZXing's writer picks for text at error correction M (its eccLevel 3 and 4 mean M).
int qrVersionAtM(const QString& text) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEccLevel(3);
    writer.setMargin(0);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 0, 0);
    return (matrix.width() - 17) / 4;
}

} // namespace

class TestSignedCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void base45RfcVectors_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("AB") << QByteArray("AB") << QByteArray("BB8");
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << QByteArray("%69 VD92EX0");
        QTest::newRow("base-45") << QByteArray("base-45") << QByteArray("UJCLQE7W581");
        QTest::newRow("ietf!") << QByteArray("ietf!") << QByteArray("QED8WEX0");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("ffff") << QByteArray("\xff\xff") << QByteArray("FGW");
    }
    void base45RfcVectors() {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(base45::encode(bytes), text);
        QCOMPARE(base45::decode(text), std::optional<QByteArray>(bytes));
    }

    void base45RefusesBadText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("dangling character") << QByteArray("BB8A");
        QTest::newRow("group above 0xFFFF") << QByteArray("GGW");
        QTest::newRow("pair above 0xFF") << QByteArray("U6");
        QTest::newRow("lower case") << QByteArray("bb8");
        QTest::newRow("outside alphabet") << QByteArray("BB#");
        QTest::newRow("NUL") << QByteArray("B\0"
                                           "8",
                                           3);
    }
    void base45RefusesBadText() {
        QFETCH(QByteArray, text);
        QVERIFY(!base45::decode(text));
    }

    void roundTripKeepsEveryField() {
        SignedFixture f;
        SignedVoucher v = f.voucher(QStringLiteral("round-trip"));
        v.kind = VoucherKind::MultiUse;
        v.uses = 12;
        v.currency = QStringLiteral("KWD");
        v.valueMinor = 123456;
        v.offlineAllowed = false;
        const VerifiedCode verified = verifySignedCode(f.sign(v), fixtureRing(), SignedFixture::kNow);
        QCOMPARE(verified.reason, Reason::None);
        const SignedVoucher& r = verified.voucher;
        QCOMPARE(r.voucherId, v.voucherId);
        QCOMPARE(r.keyId, v.keyId);
        QCOMPARE(r.merchantId, v.merchantId);
        QCOMPARE(r.storeScope, v.storeScope);
        QCOMPARE(r.kind, VoucherKind::MultiUse);
        QCOMPARE(r.uses, quint16(12));
        QCOMPARE(r.currency, QStringLiteral("KWD"));
        QCOMPARE(r.valueMinor, quint32(123456));
        QCOMPARE(r.validFrom, v.validFrom);
        QCOMPARE(r.validUntil, v.validUntil);
        QVERIFY(!r.offlineAllowed);
        QVERIFY(!r.rotating);
    }

    void goldenEncodingIsStable() {
        // Ed25519 signatures are deterministic: the same fields and key give these exact characters.
        // A change here breaks every printed voucher and every terminal in the field.
        const QString code = SignedFixture().sign(SignedFixture().voucher(QStringLiteral("golden")));
        QCOMPARE(code.size(), 178);
        QCOMPARE(code,
                 QStringLiteral(
                     "O2O:590BPIR:M8:A0B8D%IWZJB7DNI030EK0CG006PIY2K976YFM36NJY8MGA1004%U180-I3J68-X354"
                     "89W2GPL2-KTO9+.2QMQ.P4*+2.$CJDN2:I1HS6B4Z1VTRT0 R:K3IGCOM4/U4OR0VY8/B7Q9O%QB1VQ5FW/"
                     "QRM906+CBPS7HB"));
    }

    void everySingleBitFlipIsRefused() {
        SignedFixture f;
        const KeyRing ring = fixtureRing();
        const QString plain = f.sign(f.voucher(QStringLiteral("bits")));
        const QString wallet = f.walletCode(f.sign(f.rotatingVoucher(QStringLiteral("bits-rotating"))), 0);
        SignedVoucher withCampaign = f.voucher(QStringLiteral("bits-campaign"));
        withCampaign.campaign = QStringLiteral("SPRING26");
        const QString campaign = f.sign(withCampaign);
        SignedVoucher rotatingCampaign = f.rotatingVoucher(QStringLiteral("bits-rotating-campaign"));
        rotatingCampaign.campaign = QStringLiteral("SPRING26");
        const QString walletCampaign = f.walletCode(f.sign(rotatingCampaign), 0);
        for (const QString& code : {plain, wallet, campaign, walletCampaign}) {
            QCOMPARE(verifySignedCode(code, ring, SignedFixture::kNow).reason, Reason::None);
            const QByteArray bytes = *signedCodeBytes(code);
            const bool isWallet = code.startsWith(QLatin1StringView(kWalletCodePrefix));
            int refused = 0;
            for (qsizetype bit = 0; bit < bytes.size() * 8; ++bit) {
                QByteArray flipped = bytes;
                flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
                const VerifiedCode r =
                    verifySignedCode(signedCodeFromBytes(flipped, isWallet), ring, SignedFixture::kNow);
                if (r.reason == Reason::None)
                    QFAIL(qPrintable(QStringLiteral("flipping bit %1 was accepted").arg(bit)));
                ++refused;
            }
            QCOMPARE(refused, bytes.size() * 8);
        }
    }

    // Campaigns (issue 14): a flag and trailing bytes added compatibly; codes without them are unchanged
    // (goldenEncodingIsStable above still holds byte for byte).
    void campaignRoundTrips_data() {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<bool>("rotating");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("short") << QStringLiteral("C1") << false;
        QTest::newRow("longest") << QString(32, u'z') << false;
        QTest::newRow("rotating with campaign") << QStringLiteral("spring-2026.A_1") << true;
    }
    void campaignRoundTrips() {
        QFETCH(QString, campaign);
        QFETCH(bool, rotating);
        SignedFixture f;
        SignedVoucher v =
            rotating ? f.rotatingVoucher(QStringLiteral("camp-rot")) : f.voucher(QStringLiteral("camp"));
        v.campaign = campaign;
        const QString code = f.sign(v);
        const QString scanned = rotating ? f.walletCode(code, 0) : code;
        const VerifiedCode r = verifySignedCode(scanned, fixtureRing(), SignedFixture::kNow);
        QCOMPARE(r.reason, Reason::None);
        QCOMPARE(r.voucher.campaign, campaign);
        QCOMPARE(r.voucher.rotating, rotating);
        QCOMPARE(r.walletCode, rotating);
        QCOMPARE(signedCodeBytes(code)->size(),
                 116 + (rotating ? 32 : 0) + (campaign.isEmpty() ? 0 : 1 + campaign.size()));
        QVERIFY(code.size() <= kMaxSignedCodeChars);
    }

    void goldenCampaignEncodingIsStable() {
        SignedFixture f;
        SignedVoucher v = f.voucher(QStringLiteral("golden"));
        v.campaign = QStringLiteral("SPRING26");
        const QString code = f.sign(v);
        QCOMPARE(code.size(), 192);
        // The first 78 bytes are the golden code's (the same fields), then the campaign flag, its bytes and a
        // new signature.
        QCOMPARE(code,
                 QStringLiteral(
                     "O2O:590BPIR:M8:A0B8D%IWZJB7DNI030EK0CG006PIY2K976YFM36NJY8MGA1004%U180-I3J68-X3948G2"
                     "1.6A1C9109T*6ZGI71R6O3HLVLT0837A4N-ET8285RAU$0JS46.OG:2IY9 APJXUBWH0 BXYKH/D.TD1/7+Y"
                     "PY64H-BD6R.EHGJ1I5UKN8D0"));
    }

    void campaignOutOfRangeIsNotEncoded_data() {
        QTest::addColumn<QString>("campaign");
        QTest::newRow("33 characters") << QString(33, u'a');
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("comma") << QStringLiteral("a,b");
        QTest::newRow("non-ASCII") << QStringLiteral("春季");
    }
    void campaignOutOfRangeIsNotEncoded() {
        QFETCH(QString, campaign);
        SignedFixture f;
        SignedVoucher v = f.voucher(QStringLiteral("bad-campaign"));
        v.campaign = campaign;
        QVERIFY(!signedVoucherBody(v));
    }

    // Bodies no encoder writes, signed with a trusted key: the flag and the bytes must agree exactly.
    void campaignBytesMustMatchTheFlag_data() {
        QTest::addColumn<int>("change");
        QTest::newRow("flag without bytes") << 0;
        QTest::newRow("bytes without flag") << 1;
        QTest::newRow("length longer than the bytes") << 2;
        QTest::newRow("length zero") << 3;
        QTest::newRow("a byte trailing") << 4;
        QTest::newRow("a space in the id") << 5;
        QTest::newRow("length 33") << 6;
    }
    void campaignBytesMustMatchTheFlag() {
        QFETCH(int, change);
        SignedFixture f;
        SignedVoucher v = f.voucher(QStringLiteral("flagged"));
        v.campaign = QStringLiteral("C1");
        QByteArray body = *signedVoucherBody(v); // ... flags (51), length 2, "C1"
        QCOMPARE(body.size(), 55);
        switch (change) {
        case 0:
            body.chop(3);
            break;
        case 1:
            body[51] = char(body[51] & ~0x04);
            break;
        case 2:
            body[52] = 3;
            break;
        case 3:
            body[52] = 0;
            body.chop(2);
            break;
        case 4:
            body.append('x');
            break;
        case 5:
            body[53] = ' ';
            break;
        case 6:
            body[52] = 33;
            body.append(QByteArray(31, 'a'));
            break;
        }
        const QString code = *signRawVoucherBody(body, test::fixedKey('A'));
        QCOMPARE(verifySignedCode(code, fixtureRing(), SignedFixture::kNow).reason, Reason::Malformed);
    }

    void plainCodeFitsVersion10AtM() {
        SignedFixture f;
        SignedVoucher v = f.voucher(QStringLiteral("qr"));
        v.valueMinor = 0xFFFFFFFF;
        v.validUntil = 0xFFFFFFFF;
        const QString code = f.sign(v);
        QCOMPARE(code.size(), 178);
        QVERIFY(code.size() <= kMaxSignedCodeChars);
        QCOMPARE(qrVersionAtM(code), 7);
        const QString wallet = f.walletCode(f.sign(f.rotatingVoucher(QStringLiteral("qr-rotating"))), 0);
        QCOMPARE(wallet.size(), 329);
        QCOMPARE(qrVersionAtM(wallet), 11); // the one form allowed above version 10
    }

    void encoderRefusesFieldsOutOfRange_data() {
        QTest::addColumn<int>("field");
        QTest::newRow("short id") << 0;
        QTest::newRow("lower-case currency") << 1;
        QTest::newRow("zero uses") << 2;
        QTest::newRow("single use with two uses") << 3;
        QTest::newRow("until before from") << 4;
        QTest::newRow("rotating without wallet key") << 5;
    }
    void encoderRefusesFieldsOutOfRange() {
        QFETCH(int, field);
        SignedFixture f;
        SignedVoucher v = f.voucher(QStringLiteral("range"));
        switch (field) {
        case 0:
            v.voucherId.chop(1);
            break;
        case 1:
            v.currency = QStringLiteral("eur");
            break;
        case 2:
            v.uses = 0;
            break;
        case 3:
            v.uses = 2;
            break;
        case 4:
            v.validUntil = v.validFrom;
            break;
        case 5:
            v.rotating = true;
            break;
        }
        QVERIFY(!encodeSignedVoucher(v, test::fixedKey('A')));
    }

    void walletCodeNeedsARotatingVoucher() {
        SignedFixture f;
        QVERIFY(!encodeWalletCode(f.sign(f.voucher(QStringLiteral("plain"))), test::fixedKey('W'), 1));
        QVERIFY(!encodeWalletCode(QStringLiteral("O2O:garbage"), test::fixedKey('W'), 1));
    }
};

QTEST_GUILESS_MAIN(TestSignedCode)
#include "tst_signedcode.moc"
