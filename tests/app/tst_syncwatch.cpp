// `sync --watch`, the headless sync service, against the real o2o-sandbox over HTTPS: it shares the data
// directory with other processes redeeming and syncing in it (as the window and its sync thread do), every
// redemption reaches the platform exactly once, SIGTERM ends it with exit 0 and nothing lost, and it talks
// to systemd (READY=1, STATUS=, WATCHDOG=1) over $NOTIFY_SOCKET.
#include "store/database.h"
#include "store/outbox.h"
#include "store/redemptionledger.h"
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>
#include <limits>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace o2o;
using namespace o2o::test;

namespace {

/** The platform's redemption events from one terminal, as the ledger lists them (repeats kept). */
QStringList platformRedemptionIds(const SandboxServer& server, const QString& terminalId) {
    QStringList ids;
    for (const QJsonValue e : server.ledger())
        if (e[QStringLiteral("terminal")].toString() == terminalId &&
            e[QStringLiteral("type")].toString() == QStringLiteral("redemption"))
            ids.append(e[QStringLiteral("event_id")].toString());
    return ids;
}

/** The watcher as systemd would start it. */
class Watcher {
public:
    Watcher(const QString& dataDir,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(terminalBinary(),
                        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync"),
                         QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("1")});
    }
    ~Watcher() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() { return m_process.waitForStarted(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    /** Sends sig and waits for the exit; the exit code, or -1 when it did not end normally in time. */
    int stop(int sig = SIGTERM) {
        ::kill(pid_t(m_process.processId()), sig);
        if (!m_process.waitForFinished(30000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

private:
    QProcess m_process;
};

/** A datagram socket standing in for systemd's notification socket. */
class NotifySocket {
public:
    NotifySocket() {
        m_path = m_dir.filePath(QStringLiteral("notify"));
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = m_path.toLocal8Bit();
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    QString path() const { return m_path; }
    /** Every message received so far, one entry per line ("READY=1", "STATUS=..."). */
    QStringList lines() {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0)
            m_lines += QString::fromUtf8(buffer, n).split(u'\n', Qt::SkipEmptyParts);
        return m_lines;
    }
    int count(const QString& line) { return int(lines().count(line)); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
    QStringList m_lines;
};

} // namespace

class TestSyncWatch : public QObject {
    Q_OBJECT

private:
    SandboxServer m_platform;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("O2O_SANDBOX"));
        QVERIFY(m_platform.start());
        QCOMPARE(m_platform.admin({QStringLiteral("keys"), QStringLiteral("new")}).exitCode, 0);
    }

    void sharesTheDataDirectoryAndUploadsEachRedemptionOnce() {
        const QStringList codes = m_platform.issue(QStringLiteral("single_use"), 16);
        QCOMPARE(codes.size(), 16);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);
        const QString terminalId = t.terminalId();

        Watcher watcher(t.dataDir());
        QVERIFY(watcher.started());
        int concurrentSyncs = 0;
        // Other processes redeem in the same data directory while the service syncs it; one more syncs
        // by itself now and then, as the window's sync thread does.
        for (int i = 0; i < 12; ++i) {
            const ProcessResult r = t.run({QStringLiteral("redeem"), codes[i], QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
            if (i % 4 == 3) {
                // One sync of a terminal at a time (a lock in the data directory): the other one that
                // finds it taken gives up this cycle and changes nothing.
                const ProcessResult sync = t.syncOnce();
                QVERIFY2(
                    sync.exitCode == 0 ||
                        (sync.exitCode == 2 && sync.err.contains("another sync of this terminal is running")),
                    sync.err.constData());
                concurrentSyncs += sync.exitCode == 0 ? 0 : 1;
            }
        }
        qInfo("sync --once found the service syncing %d of 3 times", concurrentSyncs);
        QTRY_COMPARE_WITH_TIMEOUT(platformRedemptionIds(m_platform, terminalId).size(), 12, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(t.pendingEvents(), 0, 30000);
        QVERIFY(watcher.running());

        // Four more, then SIGTERM at once: whatever was in flight is sent again by the next sync.
        for (int i = 12; i < 16; ++i)
            QCOMPARE(t.run({QStringLiteral("redeem"), codes[i], QStringLiteral("--json")}).exitCode, 0);
        QCOMPARE(watcher.stop(SIGTERM), 0);
        QCOMPARE(t.syncOnce().exitCode, 0);
        QCOMPARE(t.pendingEvents(), 0);

        const QStringList onPlatform = platformRedemptionIds(m_platform, terminalId);
        QCOMPARE(onPlatform.size(), 16);
        QCOMPARE(QSet<QString>(onPlatform.begin(), onPlatform.end()).size(), 16);
        // Exactly the terminal's own redemptions, each once.
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        auto entries = RedemptionLedger(**db).between(0, std::numeric_limits<qint64>::max());
        QVERIFY(entries);
        QSet<QString> local;
        for (const LedgerEntry& e : *entries)
            local.insert(e.eventId);
        QCOMPARE(local.size(), 16);
        QCOMPARE(QSet<QString>(onPlatform.begin(), onPlatform.end()), local);
    }

    void stopsWithExitZero_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void stopsWithExitZero() {
        QFETCH(int, signal);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        NotifySocket notify;
        QVERIFY(notify.bound());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), notify.path());
        Watcher watcher(t.dataDir(), env);
        QVERIFY(watcher.started());
        QTRY_COMPARE_WITH_TIMEOUT(notify.count(QStringLiteral("READY=1")), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(notify.lines().filter(QStringLiteral("STATUS=synced at")).size() >= 1,
                                 20000);
        QCOMPARE(watcher.stop(signal), 0);
        QTRY_COMPARE_WITH_TIMEOUT(notify.count(QStringLiteral("STOPPING=1")), 1, 5000);
        // No watchdog asked for, none fed.
        QCOMPARE(notify.count(QStringLiteral("WATCHDOG=1")), 0);
    }

    void feedsTheWatchdog() {
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        NotifySocket notify;
        QVERIFY(notify.bound());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), notify.path());
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000")); // fed every 200 ms
        Watcher watcher(t.dataDir(), env);
        QVERIFY(watcher.started());
        QTRY_VERIFY_WITH_TIMEOUT(notify.count(QStringLiteral("WATCHDOG=1")) >= 5, 10000);
        QCOMPARE(watcher.stop(SIGTERM), 0);
    }

    void refusesAnUnusableDataDirectory() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("terminal.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x')); // not a database
        file.close();
        const ProcessResult r = runTerminal(dir.path(), {QStringLiteral("sync"), QStringLiteral("--watch")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("sync"), QStringLiteral("--watch"),
                                          QStringLiteral("--interval"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(runTerminal(dir.path(),
                             {QStringLiteral("sync"), QStringLiteral("--watch"), QStringLiteral("--once")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncWatch)
#include "tst_syncwatch.moc"
