#include "store/staffstore.h"
#include "tests/reliability/killslots.h"
#include "tests/reliability/pinfixture.h"
#include "tests/support/reliabilitysize.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace o2o;

namespace {

/** What the database says of one staff member, and what the killed processes were told. */
struct Observed {
    int level = 0;          // wrong PINs counted: failed_attempts, or kLockoutAttempts while locked
    qint64 lockedUntil = 0; // the lock's end once locked
    int acknowledged = 0;   // wrong PINs a killed process printed (counted for sure)
    bool lockAcknowledged = false;
};

/**
 * One slot of the loop: its own range of staff members on the shared database; starts the PIN loop,
 * kill -9s it in the middle of an entry, then checks every member of the range against what it saw before.
 */
struct LockoutSlot {
    QString dataDir;
    int firstStaff;
    int staffCount;
    int kills;
    quint32 seed;
    QStringList violations;
    QHash<int, Observed> observed;
    int locked = 0;
    int entries = 0;

    void run() {
        auto db = Database::open(dataDir);
        if (!db) {
            violations.append(db.error().message);
            return;
        }
        StaffStore staff(**db);
        QRandomGenerator random(seed);
        int cursor = firstStaff; // the first member of the range not locked yet
        for (int k = 0; k < kills && violations.isEmpty(); ++k) {
            if (cursor >= firstStaff + staffCount) {
                violations.append(QStringLiteral("ran out of staff members to lock"));
                return;
            }
            QProcess child;
            child.start(
                qEnvironmentVariable("O2O_PIN_LOOP"),
                {dataDir, QString::number(cursor), QString::number(firstStaff + staffCount - cursor)});
            QByteArray output;
            // A random moment after "ready": an entry (the Argon2 comparison and two commits) takes about
            // 100 ms here, so most kills land inside the first or the second one.
            while (!output.contains('\n') && child.waitForReadyRead(5000))
                output += child.readAllStandardOutput();
            QString why;
            const auto rest =
                test::killAfter(child, random.bounded(150'000), QStringLiteral("the PIN loop"), &why);
            if (!rest) {
                violations.append(why);
                return;
            }
            output += *rest;
            acknowledge(output);
            cursor = check(staff, cursor);
        }
    }

    void acknowledge(const QByteArray& output) {
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast(); // a line the kill cut short claims nothing
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 4)
                continue; // "ready"
            Observed& o = observed[fields.at(1).mid(1).toInt()];
            if (fields.at(0) == "wrong_pin") {
                ++entries;
                ++o.acknowledged;
                o.lockAcknowledged = o.lockAcknowledged || fields.at(3).toLongLong() != 0;
            } else if (fields.at(0) == "locked") {
                o.lockAcknowledged = true;
            } else {
                violations.append(QStringLiteral("unexpected answer to a wrong PIN: ") +
                                  QString::fromLatin1(line));
            }
        }
    }

    // Every member from the start of the range to the cursor and one past: the count never went back, and
    // a lock, once there, stays with the same end. Returns the new cursor.
    int check(StaffStore& staff, int cursor) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = firstStaff; i <= std::min(cursor + 1, firstStaff + staffCount - 1); ++i) {
            auto member = staff.find(test::pin::staffId(i));
            if (!member || !*member) {
                violations.append(QStringLiteral("staff member %1 cannot be read").arg(i));
                return cursor;
            }
            Observed& o = observed[i];
            const bool isLocked = (*member)->lockedUntilMs > now;
            const int level = isLocked ? StaffStore::kLockoutAttempts : (*member)->failedAttempts;
            const QString who = test::pin::staffId(i);
            if (level < o.level)
                violations.append(QStringLiteral("%1: wrong PINs counted went back from %2 to %3")
                                      .arg(who)
                                      .arg(o.level)
                                      .arg(level));
            if (level < std::min(o.acknowledged, int(StaffStore::kLockoutAttempts)))
                violations.append(QStringLiteral("%1: %2 wrong PINs answered, only %3 counted")
                                      .arg(who)
                                      .arg(o.acknowledged)
                                      .arg(level));
            if (o.lockAcknowledged && !isLocked)
                violations.append(QStringLiteral("%1: the lock was announced but is gone").arg(who));
            if (o.lockedUntil != 0 && (*member)->lockedUntilMs != o.lockedUntil)
                violations.append(QStringLiteral("%1: the lock's end moved").arg(who));
            if (isLocked && o.lockedUntil == 0) {
                o.lockedUntil = (*member)->lockedUntilMs;
                ++locked;
            }
            o.level = level;
            if (i == cursor && isLocked)
                ++cursor;
        }
        return cursor;
    }
};

} // namespace

// A wrong PIN is counted before it is compared: killing the terminal in the middle of an entry, a thousand
// times, never gives a guess back nor lifts a lock.
class TestPinLockout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killsDuringPinEntry() {
        const int totalKills = test::reliabilitySize(1000, 10000);
        constexpr int kSlots = 2;
        const int staffPerSlot = totalKills / kSlots; // more than a slot can lock: about one per two kills
        test::TempTerminal terminal;
        QString message;
        QVERIFY2(test::pin::addStaff(*terminal.db, staffPerSlot * kSlots, &message), qPrintable(message));
        terminal.db.reset();

        QElapsedTimer clock;
        clock.start();
        std::vector<LockoutSlot> slots;
        for (int i = 0; i < kSlots; ++i)
            slots.push_back(LockoutSlot{terminal.dataDir(),
                                        i * staffPerSlot,
                                        staffPerSlot,
                                        totalKills / kSlots,
                                        20261202u + quint32(i),
                                        {},
                                        {},
                                        0,
                                        0});
        test::runAtOnce(slots);
        int locked = 0, entries = 0, cutShort = 0;
        for (const LockoutSlot& slot : slots) {
            QVERIFY2(slot.violations.isEmpty(), qPrintable(slot.violations.mid(0, 20).join(u'\n')));
            locked += slot.locked;
            entries += slot.entries;
            for (const Observed& o : slot.observed)
                cutShort += o.level - std::min(o.acknowledged, int(StaffStore::kLockoutAttempts)) > 0;
        }
        qInfo("%d kill -9 during PIN entry (%d processes at once) in %.1f s: %d wrong PINs answered, %d "
              "members "
              "locked, %d members with entries counted that no answer reported (cut short by a kill)",
              totalKills, kSlots, clock.elapsed() / 1000.0, entries, locked, cutShort);
        // The kills landed both between entries and inside them, and the lockout was reached again and again.
        QVERIFY(locked > totalKills / 20);
        QVERIFY(cutShort > 0);
    }
};

QTEST_GUILESS_MAIN(TestPinLockout)
#include "tst_pinlockout.moc"
