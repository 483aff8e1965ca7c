#include "store/signedvoucherstore.h"
#include "store/terminalsettings.h"
#include "store/trustimport.h"
#include "tests/support/signedfixture.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace o2o;
using test::SignedFixture;

namespace {

// Everything a trust import may change, as one comparable text.
QString trustState(Database& db) {
    auto settings = TerminalSettings::load(db);
    auto ring = SignedVoucherStore(db).loadKeyRing();
    QStringList keys;
    for (const PlatformKey& k : *ring)
        keys.append(QString::number(k.id));
    keys.sort();
    return QStringLiteral("seq=%1 root=%2 merchant=%3 time=%4 keys=%5 revoked=%6")
        .arg(settings->trustSequence)
        .arg(QString::fromLatin1(settings->trustRootKey.toHex()))
        .arg(settings->merchantId)
        .arg(settings->platformTimeMs)
        .arg(keys.join(u','))
        .arg(*db.connection().scalar("SELECT count(*) FROM revoked_vouchers"));
}

QByteArray resignedWithRoot(const TrustList& list, char rootLetter) {
    return *writeTrustList(list, test::fixedKey(rootLetter));
}

} // namespace

class TestTrustImport : public QObject {
    Q_OBJECT

    SignedFixture f;
    std::unique_ptr<test::TempTerminal> m_terminal;

    Database& db() { return *m_terminal->db; }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        auto first = importTrustFile(db(), f.trustFile(5, {test::fixedVoucherId(QStringLiteral("gone"))}));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->firstTrust);
        QCOMPARE(first->sequence, qint64(5));
        QCOMPARE(first->keys, 4);
        QCOMPARE(first->revoked, qint64(1));
    }
    void cleanup() { m_terminal.reset(); }

    void firstImportPinsRootAndRaisesTheClockFloor() {
        auto settings = TerminalSettings::load(db());
        QCOMPARE(settings->trustRootKey, test::fixedKey('R').publicRaw());
        QCOMPARE(settings->merchantId, qint64(SignedFixture::kMerchant));
        QCOMPARE(settings->platformTimeMs, (SignedFixture::kNow - 3600) * 1000);
        QCOMPARE(SignedVoucherStore(db()).loadKeyRing()->size(), size_t(4));
        QVERIFY(*SignedVoucherStore(db()).isRevoked(test::fixedVoucherId(QStringLiteral("gone"))));
        QVERIFY(!*SignedVoucherStore(db()).isRevoked(test::fixedVoucherId(QStringLiteral("kept"))));
    }

    void newerListReplacesKeysAndRevocations() {
        TrustList next = f.trustList(6, {test::fixedVoucherId(QStringLiteral("other"))});
        next.keys.resize(2); // keys O and F dropped
        next.issuedAt = SignedFixture::kNow;
        auto r = importTrustFile(db(), resignedWithRoot(next, 'R'));
        QVERIFY(r);
        QVERIFY(!r->firstTrust);
        QCOMPARE(SignedVoucherStore(db()).loadKeyRing()->size(), size_t(2));
        QVERIFY(!*SignedVoucherStore(db()).isRevoked(test::fixedVoucherId(QStringLiteral("gone"))));
        QVERIFY(*SignedVoucherStore(db()).isRevoked(test::fixedVoucherId(QStringLiteral("other"))));
        QCOMPARE(TerminalSettings::load(db())->platformTimeMs, SignedFixture::kNow * 1000);
    }

    void sameListAgainChangesNothing() {
        const QString before = trustState(db());
        auto r = importTrustFile(db(), f.trustFile(5, {test::fixedVoucherId(QStringLiteral("gone"))}));
        QVERIFY(r);
        QVERIFY(r->unchanged);
        QCOMPARE(trustState(db()), before);
    }

    void refusedFilesChangeNothing_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        const QByteArray good = f.trustFile(7, {test::fixedVoucherId(QStringLiteral("x"))});
        const qsizetype signatureAt = good.lastIndexOf("signature ");
        QTest::newRow("older") << f.trustFile(4) << QStringLiteral("older than the one held");
        QTest::newRow("unsigned") << good.left(signatureAt) << QStringLiteral("unsigned or truncated");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an O2O trust file");
        QTest::newRow("not a trust file")
            << QByteArray("{\"keys\":[]}\n") << QStringLiteral("not an O2O trust file");
        QByteArray tampered = good;
        tampered[signatureAt - 5] = tampered[signatureAt - 5] == 'a' ? 'b' : 'a'; // one revoked id changed
        QTest::newRow("revoked id altered") << tampered << QStringLiteral("signature does not match");
        QByteArray badSignature = good;
        badSignature[signatureAt + 12] = badSignature[signatureAt + 12] == 'A' ? 'B' : 'A';
        QTest::newRow("signature altered") << badSignature << QStringLiteral("signature does not match");
        QTest::newRow("another root key")
            << resignedWithRoot(f.trustList(8, {}), 'Q') << QStringLiteral("not the trusted");
        QByteArray extraLine = good;
        extraLine.insert(signatureAt, "00000000000000000000000000000000\n");
        QTest::newRow("revoked id added after signing")
            << extraLine << QStringLiteral("signature does not match");
        for (int cut : {10, 100, 200, 300, 400}) {
            if (cut < good.size())
                QTest::addRow("truncated to %d bytes", cut) << good.left(cut) << QStringLiteral("refused");
        }
        QTest::newRow("truncated by one byte") << good.chopped(1) << QStringLiteral("unsigned or truncated");
    }
    void refusedFilesChangeNothing() {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        const QString before = trustState(db());
        auto r = importTrustFile(db(), file);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(trustState(db()), before);
    }

    void largeRevocationListIsExact() {
        QList<QByteArray> ids;
        for (int i = 0; i < 20000; ++i)
            ids.append(test::fixedVoucherId(QStringLiteral("bulk-%1").arg(i)));
        QVERIFY(importTrustFile(db(), f.trustFile(9, ids)));
        QCOMPARE(*db().connection().scalar("SELECT count(*) FROM revoked_vouchers"), qint64(20000));
        SignedVoucherStore store(db());
        QVERIFY(*store.isRevoked(ids.at(0)));
        QVERIFY(*store.isRevoked(ids.at(19999)));
        QVERIFY(!*store.isRevoked(test::fixedVoucherId(QStringLiteral("bulk-20000"))));
    }
};

QTEST_GUILESS_MAIN(TestTrustImport)
#include "tst_trustimport.moc"
