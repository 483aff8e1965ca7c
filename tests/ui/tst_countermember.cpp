// The member at the counter: a member code scanned or typed at the scan screen is checked offline and
// attaches the member (a refused one says why and attaches nobody); the redemptions that follow carry the
// member in the ledger; removing the member or the next customer ends it. A member code is never taken for
// a voucher.
#include "app/demodata.h"
#include "core/membercode.h"
#include "store/redemptionledger.h"
#include "store/trustimport.h"
#include "tests/support/signedfixture.h"
#include "ui/countermember.h"
#include "ui/databasethread.h"
#include "ui/redemptioncontroller.h"
#include "ui/screenshotplan.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace o2o;

class TestCounterMember : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memberCodeBeforeARedemption() {
        QTemporaryDir dir;
        QVERIFY(seedDemoData(dir.path()));
        const QHash<QString, QString> codes = readDemoCodes(dir.path());
        const test::SignedFixture f;
        {
            auto db = Database::open(dir.path());
            QVERIFY(db);
            TrustList list = f.trustList(1, {test::fixedVoucherId(QStringLiteral("member:gone"))});
            list.keys = {TrustedKey{test::fixedKey('A').publicRaw(), 0, 0}}; // no validity window
            QVERIFY(importTrustFile(**db, *writeTrustList(list, test::fixedKey('R'))));
        }
        DatabaseThread database(dir.path());
        RedemptionController redemption(dir.path(), QStringLiteral("demo-store"));
        CounterMember counter(&database, &redemption);
        QSignalSpy verdicts(&redemption, &RedemptionController::verdictReady);

        // Revoked: refused with its reason, nobody attached, no voucher verdict.
        redemption.submitScannedCode(f.signMember(f.member(QStringLiteral("gone"))));
        QTRY_VERIFY(counter.member().refused());
        QCOMPARE(counter.member().reasonCodeText(), QStringLiteral("revoked"));
        QVERIFY(!counter.member().attached());

        // Accepted, typed and checked as the field's Check does.
        const QString ana = f.signMember(f.member(QStringLiteral("ana"), QStringLiteral("Ana")));
        redemption.check(ana);
        QTRY_VERIFY(counter.member().attached());
        QCOMPARE(counter.member().name, QStringLiteral("Ana"));
        QCOMPARE(verdicts.size(), 0); // a member code never reaches the voucher check

        // The redemption that follows is the member's.
        redemption.redeem(codes.value(QStringLiteral("demo-deal")), QString(), 1);
        QTRY_COMPARE(verdicts.size(), 1);
        QVERIFY(redemption.verdict().redeemed());
        const QString id = QString::fromLatin1(test::fixedVoucherId(QStringLiteral("member:ana")).toHex());
        {
            auto db = Database::open(dir.path());
            QVERIFY(db);
            auto entries = RedemptionLedger(**db).between(0, std::numeric_limits<qint64>::max());
            QVERIFY(entries);
            QCOMPARE(entries->size(), 1);
            QCOMPARE(entries->first().memberId, id);
        }

        // Removed: the next redemption is nobody's.
        counter.remove();
        QVERIFY(!counter.member().attached());
        redemption.redeem(codes.value(QStringLiteral("demo-ticket")), QString(), 1);
        QTRY_COMPARE(verdicts.size(), 2);
        QVERIFY(redemption.verdict().redeemed());
        auto db = Database::open(dir.path());
        QVERIFY(db);
        auto entries = RedemptionLedger(**db).between(0, std::numeric_limits<qint64>::max());
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        int withMember = 0;
        for (const LedgerEntry& e : *entries)
            withMember += e.memberId.isEmpty() ? 0 : 1;
        QCOMPARE(withMember, 1);
    }
};

QTEST_MAIN(TestCounterMember)
#include "tst_countermember.moc"
