// Claim codes (core/claimcode.h): the exact bytes, a golden code made once and kept, every bit flip
// refused, the low-S rule, and the size of the QR a phone has to read.
#include "core/claimcode.h"
#include "core/signedvoucher.h"

#include <QTest>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <openssl/bn.h>

using namespace o2o;

namespace {

// A P-256 key and its self-signed certificate, made once with openssl for these tests only.
const QByteArray kKeyPem = QByteArrayLiteral(R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgcOswa5GAX0Nh6ofU
PunNcSOWM7iZvBq4azyVkSRxr5OhRANCAAQf/EFydMa7Y1/oypVTLvDBEBzqvVkb
XF1sPtnWgrJ0Jjzlb3cGuEssOPqsP7myAhOwYp/g3+w82l5iYj++1fJp
-----END PRIVATE KEY-----
)");
const QByteArray kCertPem = QByteArrayLiteral(R"(-----BEGIN CERTIFICATE-----
MIIBgjCCASegAwIBAgIUZ2W95c+uz+oJfIONErtQM1e26NswCgYIKoZIzj0EAwIw
FTETMBEGA1UEAwwKY2xhaW0tdGVzdDAgFw0yNjEyMDIwNTUzMzVaGA8yMTI2MTEw
ODA1NTMzNVowFTETMBEGA1UEAwwKY2xhaW0tdGVzdDBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABB/8QXJ0xrtjX+jKlVMu8MEQHOq9WRtcXWw+2daCsnQmPOVvdwa4
Syw4+qw/ubICE7Bin+Df7DzaXmJiP77V8mmjUzBRMB0GA1UdDgQWBBQHowBqnUhr
UYmceqSOh/W9yj+8uDAfBgNVHSMEGDAWgBQHowBqnUhrUYmceqSOh/W9yj+8uDAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQDBE/7xxbGp9KFU+uiX
hpCne4dd/g9p6685VPG5j4UtUQIhALhZBMSHbOALzQpvqWtgomGdHAWNsRu5QF6S
PSyV5iJ3
-----END CERTIFICATE-----
)");
const QByteArray kOtherCertPem = QByteArrayLiteral(R"(-----BEGIN CERTIFICATE-----
MIIBdjCCAR2gAwIBAgIUdDHs0ApqR9QoKzD97U+QCvj2WN8wCgYIKoZIzj0EAwIw
EDEOMAwGA1UEAwwFb3RoZXIwIBcNMjYxMjAyMDU1MzM1WhgPMjEyNjExMDgwNTUz
MzVaMBAxDjAMBgNVBAMMBW90aGVyMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
Dt8xfZKY9uWQMqB3vd8KyVCbIT9if5Y0sc39DFRWn1e3LN6XW7eBr6MTEyzakNNM
+KxyEZ9szwqR+EZX1iAqr6NTMFEwHQYDVR0OBBYEFKys6RDFjZgm9db1o4UCBGYJ
vvijMB8GA1UdIwQYMBaAFKys6RDFjZgm9db1o4UCBGYJvvijMA8GA1UdEwEB/wQF
MAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgTe9nXYjZXFqw0JMO3BEUHzkQt9m79i0s
Z7i1lZKGRn8CIDCtUYJOlV0Wp4Ryi6VeCSIEfMMNyf3gSOttPUZeGYbJ
-----END CERTIFICATE-----
)");

// ECDSA signatures are randomised, so the golden code was signed once (by encodeClaimCode with kKeyPem)
// and is kept: every later build must still read and accept it, field for field.
const QString kGoldenCode =
    QStringLiteral("O2OC:W70:Z17X3UF58RDF FQJ3YX7Z0CU 30S7SIBT9D/:EF%MUTQ+JUY2K976YFMR7NHZA0006G0PIDU%K14C "
                   "/7TJNU9GV%NSY72UPE*2V"
                   "L9XE0M1KPISDXRODUT9HM-C-CA65I%V6UBJ-%RJKI9A96VV$/0W.MPPGDTER34WQRW-A9.9");

ClaimCode goldenClaim() {
    ClaimCode c;
    c.saleId = QStringLiteral("5b0e3c1d-8f2a-4e6b-9c7d-0a1b2c3d4e5f");
    c.terminalId = QStringLiteral("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    c.storeScope = storeScopeOf(QStringLiteral("store-1"));
    c.currency = QStringLiteral("EUR");
    c.totalMinor = 726;
    c.soldAt = 1'780'000'000;
    return c;
}

int qrVersionAtM(const QString& text) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEccLevel(3);
    writer.setMargin(0);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 0, 0);
    return (matrix.width() - 17) / 4;
}

bool sameClaim(const ClaimCode& a, const ClaimCode& b) {
    return a.saleId == b.saleId && a.terminalId == b.terminalId && a.storeScope == b.storeScope &&
           a.currency == b.currency && a.totalMinor == b.totalMinor && a.soldAt == b.soldAt;
}

} // namespace

class TestClaimCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bodyBytesAreExact() {
        const auto body = claimCodeBody(goldenClaim());
        QVERIFY(body);
        QCOMPARE(body->toHex(),
                 QByteArray("01"                               // version
                            "5b0e3c1d8f2a4e6b9c7d0a1b2c3d4e5f" // sale id
                            "0f1e2d3c4b5a49688776a5b4c3d2e1f0" // terminal id
                            + storeScopeOf(QStringLiteral("store-1")).toHex() +
                            "455552"      // EUR
                            "000002d6"    // 7.26
                            "6a18a500")); // 1 780 000 000
        QCOMPARE(storeScopeOf(QStringLiteral("store-1")).toHex(), QByteArray("cd9eb030bab0cbb7"));
    }

    void goldenCodeStillVerifies() {
        ClaimCode read;
        QCOMPARE(verifyClaimCode(kGoldenCode, kCertPem, &read), ClaimCheck::Valid);
        QVERIFY(sameClaim(read, goldenClaim()));
        QCOMPARE(verifyClaimCode(kGoldenCode, kOtherCertPem), ClaimCheck::BadSignature);
        QCOMPARE(readClaimCode(kGoldenCode)->terminalId, goldenClaim().terminalId);
    }

    void roundTripFitsASmallQr() {
        const auto code = encodeClaimCode(goldenClaim(), kKeyPem);
        QVERIFY(code);
        QVERIFY(code->startsWith(QStringLiteral("O2OC:")));
        QCOMPARE(code->size(), 5 + 174);
        QCOMPARE(qrVersionAtM(*code), 8); // 49 x 49 modules; signed vouchers go up to 10
        ClaimCode read;
        QCOMPARE(verifyClaimCode(*code, kCertPem, &read), ClaimCheck::Valid);
        QVERIFY(sameClaim(read, goldenClaim()));
        QVERIFY(looksLikeClaimCode(*code));
        QVERIFY(!looksSigned(*code)); // never mistaken for a signed voucher
    }

    void everyBitFlipIsRefused() {
        const auto bytes = claimCodeBytes(kGoldenCode);
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), 116);
        int refused = 0;
        for (qsizetype i = 0; i < bytes->size() * 8; ++i) {
            QByteArray flipped = *bytes;
            flipped[i / 8] = char(flipped.at(i / 8) ^ (1 << (i % 8)));
            refused += verifyClaimCode(claimCodeFromBytes(flipped), kCertPem) != ClaimCheck::Valid;
        }
        QCOMPARE(refused, 116 * 8);
    }

    // (r, n - s) is a valid ECDSA signature too; the format admits only the low s, so a code cannot be
    // re-spelt into a second valid code for the same sale.
    void highSIsRefused() {
        QByteArray b = *claimCodeBytes(kGoldenCode);
        BIGNUM* order = BN_new();
        BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(b.constData()) + 52 + 32, 32, nullptr);
        QVERIFY(BN_hex2bn(&order, "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551") > 0);
        QVERIFY(BN_sub(s, order, s) == 1);
        QVERIFY(BN_bn2binpad(s, reinterpret_cast<unsigned char*>(b.data()) + 52 + 32, 32) == 32);
        BN_free(order);
        BN_free(s);
        QCOMPARE(verifyClaimCode(claimCodeFromBytes(b), kCertPem), ClaimCheck::BadSignature);
    }

    void malformedCodesAreRefused_data() {
        QTest::addColumn<QString>("code");
        const QString golden = kGoldenCode;
        const QByteArray bytes = *claimCodeBytes(golden);
        QTest::newRow("empty") << QString();
        QTest::newRow("voucher prefix") << QStringLiteral("O2O:") + golden.mid(5);
        QTest::newRow("lower case") << golden.toLower();
        QTest::newRow("one character short") << golden.chopped(1);
        QTest::newRow("one byte short") << claimCodeFromBytes(bytes.chopped(1));
        QTest::newRow("one byte more") << claimCodeFromBytes(bytes + 'A');
        QTest::newRow("trailing space") << golden + u' ';
        QTest::newRow("non-ASCII") << golden.chopped(1) + QChar(0x00C9);
    }
    void malformedCodesAreRefused() {
        QFETCH(QString, code);
        QCOMPARE(verifyClaimCode(code, kCertPem), ClaimCheck::Malformed);
        QVERIFY(!readClaimCode(code));
    }

    // Signed properly, but the fields make no sense: refused before anyone trusts them.
    void signedNonsenseIsRefused_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("version 2") << 0 << QByteArray("\x02");
        QTest::newRow("null sale id") << 1 << QByteArray(16, '\0');
        QTest::newRow("null terminal id") << 17 << QByteArray(16, '\0');
        QTest::newRow("lower-case currency") << 41 << QByteArray("eur");
        QTest::newRow("no time") << 48 << QByteArray(4, '\0');
    }
    void signedNonsenseIsRefused() {
        QFETCH(int, offset);
        QFETCH(QByteArray, value);
        QByteArray body = *claimCodeBody(goldenClaim());
        body.replace(offset, value.size(), value);
        const auto code = signRawClaimBody(body, kKeyPem);
        QVERIFY(code);
        QCOMPARE(verifyClaimCode(*code, kCertPem), ClaimCheck::Malformed);
    }

    void encoderRefusesBadFields_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("sale id with braces") << QStringLiteral("sale");
        QTest::newRow("upper-case terminal id") << QStringLiteral("terminal");
        QTest::newRow("short scope") << QStringLiteral("scope");
        QTest::newRow("currency") << QStringLiteral("currency");
        QTest::newRow("time") << QStringLiteral("time");
    }
    void encoderRefusesBadFields() {
        QFETCH(QString, field);
        ClaimCode c = goldenClaim();
        if (field == QStringLiteral("sale"))
            c.saleId = u'{' + c.saleId + u'}';
        else if (field == QStringLiteral("terminal"))
            c.terminalId = c.terminalId.toUpper();
        else if (field == QStringLiteral("scope"))
            c.storeScope.chop(1);
        else if (field == QStringLiteral("currency"))
            c.currency = QStringLiteral("EURO");
        else
            c.soldAt = 0;
        QVERIFY(!encodeClaimCode(c, kKeyPem));
    }

    void refusesAKeyThatIsNotP256() {
        QVERIFY(!encodeClaimCode(goldenClaim(), QByteArray("not a key")));
        QCOMPARE(verifyClaimCode(kGoldenCode, QByteArray("not a certificate")), ClaimCheck::BadSignature);
    }
};

QTEST_GUILESS_MAIN(TestClaimCode)
#include "tst_claimcode.moc"
