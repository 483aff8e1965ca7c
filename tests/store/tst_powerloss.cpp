// Power loss below SQLite: at a random write point the writes not yet synced are dropped, reordered or
// torn (tests/support/faultvfs.h) and the process dies. With synchronous=FULL no acknowledged redemption
// is ever lost; the control run with synchronous=NORMAL shows the loss FULL prevents.
#include "store/redemptionservice.h"
#include "tests/support/faultvfs.h"
#include "tests/support/reliabilitysize.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace o2o;

namespace {

/** What one run of cuts saw. */
struct CutRun {
    int cuts = 0;
    qint64 acknowledged = 0;
    qint64 lost = 0;             // acknowledged, then missing after the power came back
    qint64 committedUnacked = 0; // durable although the loop died before it could say so
    qint64 maxLostInOneCut = 0;
    qint64 pendingAtCuts = 0; // writes not yet synced when the power went
    qint64 dropped = 0;
    qint64 torn = 0;
    int cutsThatDropped = 0; // cuts where at least one unsynced write never reached the disk
};

/**
 * The child: redeems codes[first...] one by one, writing "A <redemption-id> <index>" to fd only after
 * each redeem() returned accepted, until the fault VFS cuts the power. Never returns.
 */
[[noreturn]] void redeemUntilTheCut(const QString& dataDir, const QStringList& codes, qsizetype first,
                                    bool full, int autocheckpoint, int fd) {
    auto db = Database::open(dataDir);
    if (!db)
        ::_exit(5);
    if (!full && !(*db)->connection().exec("PRAGMA synchronous = NORMAL"))
        ::_exit(5);
    // Small WAL: checkpoints (database writes, syncs, WAL restarts) fall inside the cut window too.
    const QByteArray pragma = "PRAGMA wal_autocheckpoint = " + QByteArray::number(autocheckpoint);
    if (!(*db)->connection().exec(pragma.constData()))
        ::_exit(5);
    SystemClock clock;
    RedemptionService service(**db, clock);
    for (qsizetype i = first; i < codes.size(); ++i) {
        RedeemInput input;
        input.code = codes.at(i);
        auto outcome = service.redeem(input);
        if (!outcome)
            ::_exit(6);
        const QByteArray line =
            (outcome->verdict.accepted() ? "A " + outcome->redemptionId.toLatin1()
                                         : "R " + reasonCode(outcome->verdict.reason).toLatin1()) +
            ' ' + QByteArray::number(i) + '\n';
        if (::write(fd, line.constData(), size_t(line.size())) != line.size())
            ::_exit(7);
    }
    ::_exit(4); // ran out of codes before the cut: the run was sized wrong
}

qint64 scalar(Database& db, const char* sql) {
    auto value = db.connection().scalar(sql);
    return value ? *value : -1;
}

} // namespace

class TestPowerLoss : public QObject {
    Q_OBJECT

    /** Cuts the power `cuts` times under a redeem loop; checks the database after each cut. */
    void run(int cuts, bool full, quint32 seed, CutRun& result) {
        // A redemption takes 15 write points or so: a cut comes after 0 to ~10 of them (4 on average, so
        // 5 per cut is far above the total's spread), and a small database keeps each cut's checks quick.
        constexpr int kMaxCutAt = 160;
        const int codesNeeded = cuts * 5 + 300;
        test::TempTerminal terminal;
        QStringList codes;
        {
            QList<VoucherRecord> records; // gone before the first fork: less memory for the child to copy
            for (int i = 0; i < codesNeeded; ++i) {
                codes.append(QStringLiteral("CUT-%1").arg(i));
                records.append(test::voucherRecord(codes.last()));
            }
            terminal.add(records);
        }
        terminal.db.reset(); // the child opens the database itself, after the fork

        QRandomGenerator random(seed);
        qsizetype next = 0;
        for (int cut = 0; cut < cuts; ++cut) {
            int pipeFds[2];
            QVERIFY(::pipe(pipeFds) == 0);
            const qint64 cutAt = 1 + random.bounded(kMaxCutAt);
            const quint32 childSeed = random.generate();
            const int autocheckpoint = 8 + random.bounded(56);
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                ::close(pipeFds[0]);
                test::FaultVfs::armPowerLoss(cutAt, childSeed, pipeFds[1]);
                redeemUntilTheCut(terminal.dataDir(), codes, next, full, autocheckpoint, pipeFds[1]);
            }
            ::close(pipeFds[1]);
            QByteArray output;
            char buffer[4096];
            for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
                output.append(buffer, n);
            ::close(pipeFds[0]);
            int status = 0;
            QCOMPARE(::waitpid(pid, &status, 0), pid);
            QVERIFY2(
                WIFEXITED(status) && WEXITSTATUS(status) == test::FaultVfs::kCutExitCode,
                qPrintable(QStringLiteral("cut %1: the child ended with status %2").arg(cut).arg(status)));

            QStringList acknowledged;
            for (const QByteArray& line : output.split('\n')) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() == 4 && fields.at(0) == "C") {
                    result.pendingAtCuts += fields.at(1).toLongLong();
                    result.dropped += fields.at(2).toLongLong();
                    result.torn += fields.at(3).toLongLong();
                    result.cutsThatDropped += fields.at(2).toLongLong() > 0 ? 1 : 0;
                    continue;
                }
                if (fields.size() != 3)
                    continue;
                if (fields.at(0) == "A")
                    acknowledged.append(QString::fromLatin1(fields.at(1)));
                else // only a redemption durable from before, unacknowledged, may have used a code up
                    QCOMPARE(fields.at(1), QByteArray("already_redeemed"));
                next = fields.at(2).toLongLong() + 1;
            }
            result.acknowledged += acknowledged.size();
            ++result.cuts;

            // The power is back: open as the terminal would, and look at what survived.
            auto db = Database::open(terminal.dataDir());
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            auto integrity = (*db)->connection().prepare("PRAGMA integrity_check");
            QVERIFY(integrity);
            QCOMPARE(integrity->step(), sql::kRow);
            QCOMPARE(integrity->text(0), QStringLiteral("ok"));
            auto find = (*db)->connection().prepare("SELECT count(*) FROM redemptions WHERE id = ?1");
            QVERIFY(find);
            qint64 lostHere = 0;
            for (const QString& id : acknowledged) {
                find->reset().bind(1, id);
                QCOMPARE(find->step(), sql::kRow);
                lostHere += find->int64(0) == 0 ? 1 : 0;
            }
            result.lost += lostHere;
            result.maxLostInOneCut = std::max(result.maxLostInOneCut, lostHere);
            if (full)
                QVERIFY2(lostHere == 0, qPrintable(QStringLiteral("cut %1 (at write point %2) lost %3 of %4 "
                                                                  "acknowledged redemptions")
                                                       .arg(cut)
                                                       .arg(cutAt)
                                                       .arg(lostHere)
                                                       .arg(acknowledged.size())));
            // Whatever survived is whole: each redemption once, with its voucher used up and its event.
            const qint64 redemptions = scalar(**db, "SELECT count(*) FROM redemptions");
            QCOMPARE(scalar(**db, "SELECT count(DISTINCT voucher_id) FROM redemptions"), redemptions);
            QCOMPARE(scalar(**db, "SELECT count(*) FROM vouchers WHERE uses_left = 0"), redemptions);
            QCOMPARE(scalar(**db, "SELECT count(*) FROM redemptions r JOIN vouchers v "
                                  "ON v.code_hash = r.code_hash WHERE v.uses_left = 0"),
                     redemptions);
            QCOMPARE(scalar(**db, "SELECT count(*) FROM outbox"), redemptions);
            QCOMPARE(
                scalar(**db, "SELECT count(*) FROM redemptions r JOIN outbox o ON o.event_id = r.event_id"),
                redemptions);
            // The ledger may hold more than was acknowledged (a commit durable just before the cut), never
            // less than what was acknowledged and kept so far.
            result.committedUnacked = redemptions - (result.acknowledged - result.lost);
            QVERIFY(result.committedUnacked >= 0);
            // The checkpoint as this connection closes need not wait for the disk: the power only ever
            // fails in the child, and the child takes what it finds on disk as durable.
            QVERIFY((*db)->connection().exec("PRAGMA synchronous = OFF"));
        }
    }

private Q_SLOTS:
    void initTestCase() { test::FaultVfs::install(); }

    void fullSyncLosesNoAcknowledgedRedemption() {
        const int cuts = test::reliabilitySize(500, 5000);
        QElapsedTimer timer;
        timer.start();
        CutRun result;
        run(cuts, true, 20261202, result);
        if (QTest::currentTestFailed())
            return;
        qInfo("synchronous=FULL: %d cuts (%d dropped unsynced writes: %lld of %lld dropped, %lld torn), %lld "
              "redemptions acknowledged, %lld lost, %lld durable but unacknowledged, %.1f s",
              result.cuts, result.cutsThatDropped, result.dropped, result.pendingAtCuts, result.torn,
              result.acknowledged, result.lost, result.committedUnacked, timer.elapsed() / 1000.0);
        QCOMPARE(result.cuts, cuts);
        QCOMPARE(result.lost, 0);
        QVERIFY(result.acknowledged > cuts);        // the loop did real work between cuts
        QVERIFY(result.cutsThatDropped > cuts / 2); // and the power loss did drop writes, most of the time
    }

    void normalSyncLosesAcknowledgedRedemptions() {
        const int cuts = test::reliabilitySize(100, 1000);
        QElapsedTimer timer;
        timer.start();
        CutRun result;
        run(cuts, false, 20261203, result);
        if (QTest::currentTestFailed())
            return;
        qInfo("control, synchronous=NORMAL: %d cuts (%d dropped unsynced writes: %lld of %lld dropped, %lld "
              "torn), %lld redemptions acknowledged, %lld lost (up to %lld in one cut), %.1f s",
              result.cuts, result.cutsThatDropped, result.dropped, result.pendingAtCuts, result.torn,
              result.acknowledged, result.lost, result.maxLostInOneCut, timer.elapsed() / 1000.0);
        QCOMPARE(result.cuts, cuts);
        // The shim really drops unsynced writes: without the sync at each commit, acknowledged work is gone.
        QVERIFY(result.lost > 0);
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
