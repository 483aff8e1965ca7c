#include "tests/reliability/counterfixture.h"
#include "tests/reliability/counterledger.h"
#include "tests/reliability/killslots.h"
#include "tests/support/reliabilitysize.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace o2o;

namespace {

/** One slot of the loop: starts counter processes on the shared database and kill -9s each at random. */
struct KillSlot {
    QString dataDir;
    std::atomic_int* killsLeft;
    quint32 seed;
    QByteArrayList outputs;
    QStringList errors;
    int kills = 0;

    void run() {
        QRandomGenerator random(seed);
        while (killsLeft->fetch_sub(1) > 0) {
            QProcess child;
            child.start(qEnvironmentVariable("O2O_COUNTER_LOOP"),
                        {dataDir, QString::number(random.generate())});
            if (!child.waitForStarted()) {
                errors.append(QStringLiteral("the counter loop did not start"));
                return;
            }
            // Kill after a random number of acknowledged operations (0..3), a random moment after it:
            // the kill lands anywhere, inside a transaction, a commit or a checkpoint.
            const int waitForLines = random.bounded(4);
            QByteArray output;
            while (output.count('\n') < waitForLines && child.state() == QProcess::Running) {
                child.waitForReadyRead(5000);
                output += child.readAllStandardOutput();
            }
            QString why;
            const auto rest =
                test::killAfter(child, random.bounded(10'000), QStringLiteral("the counter loop"), &why);
            if (!rest) {
                errors.append(why);
                return;
            }
            output += *rest;
            outputs.append(output);
            ++kills;
        }
    }
};

} // namespace

// Several processes redeem, sell and void on one database and are killed -9 at random, a thousand times
// and more: nothing acknowledged is lost or recorded twice, and the ledger replays to the balances.
class TestCrashLoop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineLoop() {
        const int totalKills = test::reliabilitySize(1000, 20000);
        constexpr int kProcessesAtOnce = 3;
        test::TempTerminal terminal;
        QString message;
        QVERIFY2(test::counter::setUp(*terminal.db, &message), qPrintable(message));
        terminal.db.reset();

        QElapsedTimer clock;
        clock.start();
        std::atomic_int killsLeft{totalKills};
        std::vector<KillSlot> slots;
        for (int i = 0; i < kProcessesAtOnce; ++i)
            slots.push_back(KillSlot{terminal.dataDir(), &killsLeft, 20261202u + quint32(i), {}, {}, 0});
        test::runAtOnce(slots);

        test::Acknowledged acknowledged;
        int kills = 0;
        for (const KillSlot& slot : slots) {
            QVERIFY2(slot.errors.isEmpty(), qPrintable(slot.errors.join(u'\n')));
            kills += slot.kills;
            for (const QByteArray& output : slot.outputs)
                acknowledged.addOutput(output);
        }
        QCOMPARE(kills, totalKills);

        auto db = Database::open(terminal.dataDir());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const QStringList violations = test::counterLedgerViolations(**db, acknowledged);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.mid(0, 20).join(u'\n')));
        auto count = [&](const char* sql) { return *(*db)->connection().scalar(sql); };
        qInfo(
            "%d kill -9 of %d processes at once in %.1f s; acknowledged: %lld redemptions, %lld sales, %lld "
            "voids, %d refusals; in the database: %lld redemptions, %lld sales, %lld voids, %lld outbox "
            "events",
            kills, kProcessesAtOnce, clock.elapsed() / 1000.0, qint64(acknowledged.redemptions.size()),
            qint64(acknowledged.sales.size()), qint64(acknowledged.voids.size()), acknowledged.refusals,
            count("SELECT count(*) FROM redemptions"), count("SELECT count(*) FROM sales"),
            count("SELECT count(*) FROM voids"), count("SELECT count(*) FROM outbox"));
        // The loop did real work of every kind between the kills.
        QVERIFY(acknowledged.redemptions.size() > kills / 2);
        QVERIFY(acknowledged.sales.size() > kills / 4);
        QVERIFY(acknowledged.voids.size() > kills / 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crashloop.moc"
