#include "store/redemptionservice.h"
#include "store/voucherimport.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QTest>

using namespace o2o;

class TestVoucherImport : public QObject {
    Q_OBJECT

    static Result<ImportSummary> importText(Database& db, QByteArray text) {
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        return importVoucherLines(db, buffer);
    }

private Q_SLOTS:
    void importsEveryLine() {
        test::TempTerminal t;
        auto summary = importText(
            *t.db, R"({"code":"A-1","id":"a1","kind":"single_use","face_value":500})"
                   "\n"
                   "\n"
                   R"({"code":"A-2","id":"a2","kind":"multi_use","uses_total":10})"
                   "\n"
                   R"({"code":"A-3","id":"a3","kind":"stored_value","face_value":20000,"balance":15000})"
                   "\n");
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->vouchers, 3);
        VoucherCache cache(*t.db);
        QCOMPARE(*cache.count(), 3);
        QCOMPARE((*cache.find(QStringLiteral("A-3")))->voucher.balanceMinor, 15000);
        QCOMPARE((*cache.find(QStringLiteral("A-2")))->voucher.usesLeft, 10);
        QCOMPARE((*cache.find(QStringLiteral("A-2")))->codeTail, QStringLiteral("A-2"));
    }

    void codesAreNeverStoredInClear() {
        test::TempTerminal t;
        QVERIFY(importText(*t.db, R"({"code":"SECRET-CODE-0001","id":"s","kind":"single_use"})"));
        t.db.reset();
        QVERIFY(!test::fileBytes(t.dir.filePath(Database::fileName())).contains("SECRET-CODE"));
        QVERIFY(!test::fileBytes(t.dir.filePath(Database::fileName()) + QStringLiteral("-wal"))
                     .contains("SECRET-CODE"));
    }

    void oneBadLineRefusesTheFile() {
        test::TempTerminal t;
        QVERIFY(importText(*t.db, R"({"code":"KEEP","id":"k","kind":"single_use"})"));
        auto summary = importText(*t.db, R"({"code":"B-1","id":"b1","kind":"single_use"})"
                                         "\n"
                                         R"({"code":"B-2","id":"b2","kind":"single_use"})"
                                         "\n"
                                         R"({"code":"B-3","id":"b3","kind":"teleport"})"
                                         "\n");
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.startsWith(QStringLiteral("line 3:")),
                 qPrintable(summary.error().message));
        QVERIFY(summary.error().message.contains(QStringLiteral("nothing was imported")));
        VoucherCache cache(*t.db);
        QCOMPARE(*cache.count(), 1);
        QVERIFY(!*cache.find(QStringLiteral("B-1")));
    }

    void overlongLineIsRefused() {
        test::TempTerminal t;
        QByteArray huge =
            QByteArray("{\"code\":\"H\",\"id\":\"h\",\"kind\":\"single_use\",\"description\":\"") +
            QByteArray(70000, 'x') + "\"}\n";
        auto summary = importText(*t.db, huge);
        QVERIFY(!summary);
        QVERIFY(summary.error().message.contains(QStringLiteral("longer than")));
    }

    // The platform may not know yet what this terminal redeemed offline: a re-sent voucher keeps our count.
    void reimportNeverGivesBackUses() {
        test::TempTerminal t;
        const QByteArray line = R"({"code":"AGAIN","id":"again","kind":"single_use"})";
        QVERIFY(importText(*t.db, line));
        FixedClock clock(1763467200000LL);
        RedemptionService service(*t.db, clock);
        RedeemInput in;
        in.code = QStringLiteral("AGAIN");
        auto first = service.redeem(in);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY2(first->verdict.accepted(), qPrintable(reasonCode(first->verdict.reason)));
        QVERIFY(importText(*t.db, line));
        QCOMPARE(reasonCode(service.redeem(in)->verdict.reason), QStringLiteral("already_redeemed"));
        // ...but a revocation from the platform does take effect.
        QVERIFY(importText(*t.db, R"({"code":"AGAIN","id":"again","kind":"single_use","status":"revoked"})"));
        QCOMPARE(reasonCode(service.check(in)->verdict.reason), QStringLiteral("revoked"));
    }
};

QTEST_GUILESS_MAIN(TestVoucherImport)
#include "tst_voucherimport.moc"
