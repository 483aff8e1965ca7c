#include "store/changefeedwriter.h"
#include "store/syncstate.h"
#include "store/vouchercache.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace o2o;

namespace {

// A page of `count` new vouchers named `prefix`-i, ending at `cursor`.
ChangePage voucherPage(const QString& prefix, int count, const QString& cursor, bool hasMore = true) {
    ChangePage page;
    for (int i = 0; i < count; ++i) {
        FeedChange change;
        change.record = test::voucherRecord(QStringLiteral("%1-CODE-%2").arg(prefix).arg(i));
        change.record.voucher.id = QStringLiteral("%1-%2").arg(prefix).arg(i);
        page.changes.push_back(change);
    }
    page.nextCursor = cursor;
    page.hasMore = hasMore;
    page.serverTimeMs = 1'800'000'000'000;
    return page;
}

qint64 synchronousMode(Database& db) {
    return *db.connection().scalar("PRAGMA synchronous");
}

} // namespace

/** Grouped pages of the change feed: what survives an interrupted group, and the connection afterwards. */
class TestChangeFeedWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void committedPagesKeepTheirLastCursor() {
        test::TempTerminal t;
        auto reader = Database::open(t.dataDir()); // another connection sees committed pages only
        QVERIFY(reader);
        {
            ChangeFeedWriter writer(*t.db);
            QVERIFY(writer.apply(voucherPage(QStringLiteral("a"), 3, QStringLiteral("c1")), 1000));
            QVERIFY(writer.apply(voucherPage(QStringLiteral("b"), 2, QStringLiteral("c2")), 1000));
            QCOMPARE(*VoucherCache(**reader).count(), 0);
            QVERIFY(writer.commit());
            QCOMPARE(*VoucherCache(**reader).count(), 5);
            QCOMPARE(writer.groupAgeMs(), 0);
        }
        QCOMPARE(*VoucherCache(*t.db).count(), 5);
        QCOMPARE(SyncState::load(*t.db)->cursor, QStringLiteral("c2"));
        QCOMPARE(SyncState::load(*t.db)->lastDownloadMs, 0); // has_more: the feed was not read to its end
    }

    // A crash or an error in the middle of a group loses the group and nothing else: the pull goes on
    // from the cursor of the last committed page, and those pages come again.
    void anUncommittedGroupLeavesNoTrace() {
        test::TempTerminal t;
        {
            ChangeFeedWriter writer(*t.db);
            QVERIFY(writer.apply(voucherPage(QStringLiteral("a"), 3, QStringLiteral("c1")), 1000));
            QVERIFY(writer.commit());
            QVERIFY(writer.apply(voucherPage(QStringLiteral("b"), 4, QStringLiteral("c2")), 1000));
            QVERIFY(writer.apply(voucherPage(QStringLiteral("c"), 4, QStringLiteral("c3"), false), 1000));
        } // destroyed without commit
        QCOMPARE(*VoucherCache(*t.db).count(), 3);
        QVERIFY(!*VoucherCache(*t.db).find(QStringLiteral("b-CODE-0")));
        QCOMPARE(SyncState::load(*t.db)->cursor, QStringLiteral("c1"));
        QCOMPARE(SyncState::load(*t.db)->lastDownloadMs, 0);
    }

    void theLastPageMarksTheDataCurrent() {
        test::TempTerminal t;
        ChangeFeedWriter writer(*t.db);
        QVERIFY(writer.apply(voucherPage(QStringLiteral("a"), 1, QStringLiteral("c1")), 1000));
        QVERIFY(writer.apply(voucherPage(QStringLiteral("b"), 1, QStringLiteral("c2"), false), 2000));
        QVERIFY(writer.commit());
        const auto state = SyncState::load(*t.db);
        QCOMPARE(state->cursor, QStringLiteral("c2"));
        QCOMPARE(state->lastDownloadMs, 2000);
        QCOMPARE(state->vouchersMs, 2000);
    }

    // Redemptions on this connection after a pull must be durable again (FULL = 2, NORMAL = 1).
    void durabilityIsRelaxedForThePullAlone() {
        test::TempTerminal t;
        QCOMPARE(synchronousMode(*t.db), 2);
        {
            ChangeFeedWriter writer(*t.db);
            QCOMPARE(synchronousMode(*t.db), 1);
            QVERIFY(writer.apply(voucherPage(QStringLiteral("a"), 1, QStringLiteral("c1")), 1000));
        }
        QCOMPARE(synchronousMode(*t.db), 2);
    }

    // Another connection's write waits for the group and then goes through: nothing is lost.
    void aGroupHoldsTheWriteLockUntilCommitted() {
        test::TempTerminal t;
        auto other = Database::open(t.dataDir());
        QVERIFY(other);
        (*other)->connection().setBusyTimeout(0);
        ChangeFeedWriter writer(*t.db);
        QVERIFY(writer.apply(voucherPage(QStringLiteral("a"), 1, QStringLiteral("c1")), 1000));
        QVERIFY(!SyncState::put(**other, {{"sync_last_error", QStringLiteral("x")}}));
        QVERIFY(writer.commit());
        QVERIFY(SyncState::put(**other, {{"sync_last_error", QStringLiteral("x")}}));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeedWriter)
#include "tst_changefeedwriter.moc"
