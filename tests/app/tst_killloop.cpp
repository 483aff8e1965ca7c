#include "store/redemptionledger.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace o2o;

// Pulling the plug at any moment loses no accepted redemption and never records one twice.
class TestKillLoop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineLoop() {
        constexpr int kVouchers = 6000;
        constexpr int kKills = 200;
        test::TempTerminal terminal;
        QList<VoucherRecord> records;
        QFile codes(terminal.dir.filePath(QStringLiteral("codes.txt")));
        QVERIFY(codes.open(QIODevice::WriteOnly));
        for (int i = 0; i < kVouchers; ++i) {
            records.append(test::voucherRecord(QStringLiteral("KILL-%1").arg(i)));
            codes.write(records.last().code.toUtf8() + '\n');
        }
        codes.close();
        terminal.add(records);
        terminal.db.reset();

        QSet<QString> printed; // redemption ids the child said were committed
        qint64 nextLine = 0;
        int kills = 0;
        QRandomGenerator random(20261122);
        while (kills < kKills && nextLine < kVouchers) {
            QProcess child;
            child.start(qEnvironmentVariable("O2O_REDEEM_LOOP"),
                        {terminal.dataDir(), codes.fileName(), QString::number(nextLine)});
            QVERIFY(child.waitForStarted());
            // Kill after a random number of committed redemptions (0..8), at a random moment after it.
            const int waitForLines = random.bounded(9);
            QByteArray output;
            while (output.count('\n') < waitForLines && child.state() == QProcess::Running) {
                child.waitForReadyRead(2000);
                output += child.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(3000));
            if (child.state() == QProcess::NotRunning) // it finished by itself: it must have succeeded
                QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                         child.readAllStandardError().constData());
            child.kill(); // SIGKILL: no handler, no flush, like pulling the plug
            child.waitForFinished(5000);
            QCOMPARE(child.state(), QProcess::NotRunning);
            output += child.readAllStandardOutput();
            ++kills;
            for (const QByteArray& line : output.split('\n')) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() != 3)
                    continue; // a line cut by the kill was never completed: nothing was claimed
                if (fields.at(0) == "accepted") {
                    QVERIFY2(!printed.contains(QString::fromLatin1(fields.at(1))),
                             "a redemption was printed twice");
                    printed.insert(QString::fromLatin1(fields.at(1)));
                } else {
                    // Only a voucher the killed child had already committed may come back as used.
                    QCOMPARE(fields.at(0), QByteArray("already_redeemed"));
                }
                nextLine = std::max(nextLine, fields.at(2).toLongLong() + 1);
            }
        }
        QCOMPARE(kills, kKills);

        auto db = Database::open(terminal.dataDir());
        QVERIFY(db);
        RedemptionLedger ledger(**db);
        auto entries = ledger.between(0, std::numeric_limits<qint64>::max());
        QVERIFY(entries);
        QSet<QString> inLedger;
        QSet<QString> vouchersInLedger;
        for (const LedgerEntry& e : *entries) {
            inLedger.insert(e.id);
            QVERIFY2(!vouchersInLedger.contains(e.voucherId), "a single-use voucher was redeemed twice");
            vouchersInLedger.insert(e.voucherId);
        }
        for (const QString& id : printed)
            QVERIFY2(inLedger.contains(id),
                     qPrintable(QStringLiteral("printed redemption %1 is not in the ledger").arg(id)));
        // Every ledger row has its outbox event: they were written in one transaction.
        QCOMPARE(*ledger.pendingEvents(), qint64(entries->size()));
        auto integrity = (*db)->connection().prepare("PRAGMA integrity_check");
        QCOMPARE(integrity->step(), sql::kRow);
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));
        qInfo("%d kills, %lld redemptions printed, %lld in the ledger", kills, qint64(printed.size()),
              qint64(entries->size()));
        QVERIFY(printed.size() > kKills); // the loop did real work between kills
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "tst_killloop.moc"
