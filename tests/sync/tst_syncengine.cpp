// The sync cycle against the real o2o-sandbox over HTTPS: pull, offline redemptions and their upload,
// replays after lost answers, damaged answers, Retry-After, settings, removals, online-only vouchers.
#include "core/clock.h"
#include "store/outbox.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/backoff.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "tests/sync/sandboxserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace o2o;
using namespace o2o::test;

namespace {

// Many single-use vouchers for store-1 at once (SandboxServer::issue reads back every code).
bool issueSingleUse(const SandboxServer& platform, int count) {
    return platform
               .admin({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("single_use"),
                       QStringLiteral("--store"), QStringLiteral("store-1"), QStringLiteral("--count"),
                       QString::number(count)})
               .exitCode == 0;
}

QStringList redeemArgs(const QString& code) {
    return {QStringLiteral("redeem"), code, QStringLiteral("--json")};
}

// What the terminal's own database says (opened beside the command-line processes, as the GUI does).
struct TerminalView {
    qint64 pending = -1;
    QString cursor;
    qint64 answers = 0;
    QSet<QString> answeredIds;
};

TerminalView viewOf(const SyncTerminal& t) {
    TerminalView v;
    auto db = Database::open(t.dataDir());
    if (!db)
        return v;
    v.pending = Outbox(**db).pending().value_or(-1);
    v.cursor = SyncState::load(**db).value_or(SyncState{}).cursor;
    auto stmt = (*db)->connection().prepare("SELECT event_id FROM event_answers");
    if (stmt) {
        while (stmt->step() == SQLITE_ROW)
            v.answeredIds.insert(stmt->text(0));
    }
    v.answers = v.answeredIds.size();
    return v;
}

// The platform's events for one terminal: event id -> outcome.
QHash<QString, QString> platformEvents(const SandboxServer& server, const QString& terminalId) {
    QHash<QString, QString> events;
    for (const QJsonValue e : server.ledger())
        if (e[QStringLiteral("terminal")].toString() == terminalId)
            events.insert(e[QStringLiteral("event_id")].toString(), e[QStringLiteral("outcome")].toString());
    return events;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    SandboxServer m_platform;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("O2O_SANDBOX"));
        QVERIFY(m_platform.start());
        QCOMPARE(m_platform.admin({QStringLiteral("keys"), QStringLiteral("new")}).exitCode, 0);
    }

    void init() {
        // Each test starts with the platform up and well-behaved.
        QVERIFY(m_platform.start());
        m_platform.admin({QStringLiteral("fault"), QStringLiteral("clear")});
    }

    void pullsEveryIssuedVoucher() {
        const QStringList single = m_platform.issue(QStringLiteral("single_use"), 1500);
        const QStringList passes = m_platform.issue(QStringLiteral("multi_use"), 20,
                                                    {QStringLiteral("--uses"), QStringLiteral("5")});
        const QStringList cards = m_platform.issue(QStringLiteral("stored_value"), 20,
                                                   {QStringLiteral("--value"), QStringLiteral("25.00")});
        m_platform.issue(QStringLiteral("single_use"), 7, {},
                         QStringLiteral("store-2")); // not for this store
        QCOMPARE(single.size(), 1500);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        const ProcessResult r = t.syncOnce();
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = t.status();
        QVERIFY(status.value(QStringLiteral("cached_vouchers")).toInteger() >= 1540);
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), true);
        QVERIFY(!status.value(QStringLiteral("last_download")).isNull());
        QCOMPARE(status.value(QStringLiteral("data_age_secs"))[QStringLiteral("vouchers")].toInteger(-1), 0);
        QCOMPARE(status.value(QStringLiteral("data_age_secs"))[QStringLiteral("trust_list")].toInteger(-1),
                 0);
        // The signed trust list came with the pull.
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        QVERIFY(TerminalSettings::load(**db)->trustSequence >= 1);
        QVERIFY(TerminalSettings::load(**db)->platformTimeMs > 0);
        db->reset();
        for (const QString& code : {single.first(), single.last(), passes.first(), cards.first()}) {
            const ProcessResult check = t.run({QStringLiteral("check"), code, QStringLiteral("--amount"),
                                               QStringLiteral("1.00"), QStringLiteral("--json")});
            QCOMPARE(check.exitCode, 0);
        }
        // A second cycle has nothing new.
        QCOMPARE(t.syncOnce().json()[QStringLiteral("downloaded")][QStringLiteral("vouchers")].toInteger(-1),
                 0);
    }

    void offlineRedemptionsUploadOnReconnection() {
        const QStringList codes = m_platform.issue(QStringLiteral("single_use"), 3);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);

        m_platform.stop();
        for (const QString& code : codes)
            QCOMPARE(t.run(redeemArgs(code)).exitCode, 0);
        const ProcessResult offline = t.syncOnce();
        QCOMPARE(offline.exitCode, 2);
        QVERIFY(offline.err.contains("cannot reach the platform"));
        QCOMPARE(t.pendingEvents(), 3);
        QCOMPARE(t.status().value(QStringLiteral("online")).toBool(), false);

        QVERIFY(m_platform.start());
        const ProcessResult online = t.syncOnce();
        QCOMPARE(online.exitCode, 0);
        QCOMPARE(online.json()[QStringLiteral("uploaded")][QStringLiteral("accepted")].toInt(), 3);
        QCOMPARE(t.pendingEvents(), 0);
        QCOMPARE(t.status().value(QStringLiteral("online")).toBool(), true);
        const QHash<QString, QString> events = platformEvents(m_platform, t.terminalId());
        QCOMPARE(events.size(), 3);
        QCOMPARE(QSet<QString>(events.cbegin(), events.cend()), QSet<QString>{QStringLiteral("accepted")});
        QCOMPARE(QSet<QString>(events.keyBegin(), events.keyEnd()), viewOf(t).answeredIds);
    }

    // The platform applied the batch but its answer was lost: the resend is recognised, nothing counts twice.
    void replayAfterALostAnswerCountsOnce() {
        const QStringList codes = m_platform.issue(QStringLiteral("single_use"), 4);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);
        for (const QString& code : codes)
            QCOMPARE(t.run(redeemArgs(code)).exitCode, 0);
        QVERIFY(m_platform.fault(QStringLiteral("reset_mid_response"), QStringLiteral("/v1/events")));
        QCOMPARE(t.syncOnce().exitCode, 2);
        QCOMPARE(t.pendingEvents(), 4); // no answer, nothing settled

        const ProcessResult again = t.syncOnce();
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json()[QStringLiteral("uploaded")][QStringLiteral("duplicate")].toInt(), 4);
        QCOMPARE(t.pendingEvents(), 0);

        // The platform's ledger equals the terminal's: every redemption once, nothing lost.
        const QHash<QString, QString> events = platformEvents(m_platform, t.terminalId());
        QCOMPARE(events.size(), 4);
        QCOMPARE(QSet<QString>(events.keyBegin(), events.keyEnd()), viewOf(t).answeredIds);
        const QJsonArray ledger = t.run({QStringLiteral("ledger"), QStringLiteral("--json")})
                                      .json()
                                      .value(QStringLiteral("redemptions"))
                                      .toArray();
        QSet<QString> terminalVouchers, platformVouchers;
        for (const QJsonValue e : ledger)
            terminalVouchers.insert(e[QStringLiteral("voucher_id")].toString());
        for (const QJsonValue e : m_platform.ledger())
            if (e[QStringLiteral("terminal")].toString() == t.terminalId())
                platformVouchers.insert(e[QStringLiteral("voucher")].toString());
        QCOMPARE(ledger.size(), 4);
        QCOMPARE(platformVouchers, terminalVouchers);
    }

    void damagedAnswersChangeNothing_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("path");
        for (const char* fault :
             {"truncated_json", "malformed_json", "status_500", "reset_before", "reset_mid_response"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 events").arg(QLatin1StringView(fault))))
                << QString::fromLatin1(fault) << QStringLiteral("/v1/events");
            QTest::newRow(qPrintable(QStringLiteral("%1 changes").arg(QLatin1StringView(fault))))
                << QString::fromLatin1(fault) << QStringLiteral("/v1/changes");
        }
    }
    void damagedAnswersChangeNothing() {
        QFETCH(QString, fault);
        QFETCH(QString, path);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);
        const QStringList codes = m_platform.issue(QStringLiteral("single_use"), 2);
        QCOMPARE(t.syncOnce().exitCode, 0); // the new vouchers, and a cursor past them
        for (const QString& code : codes)
            QCOMPARE(t.run(redeemArgs(code)).exitCode, 0);
        m_platform.issue(QStringLiteral("single_use"), 1); // something new to pull
        const TerminalView before = viewOf(t);
        const qint64 cached = t.status().value(QStringLiteral("cached_vouchers")).toInteger();

        // libcurl sends a request again by itself, once, when a reused connection closes before any answer
        // (the feed's GET follows the events' POST on the same connection): two resets make it fail.
        const int count =
            fault == QStringLiteral("reset_before") && path == QStringLiteral("/v1/changes") ? 2 : 1;
        QVERIFY(m_platform.fault(fault, path, count));
        const ProcessResult failed = t.syncOnce();
        QCOMPARE(failed.exitCode, 2);
        QVERIFY(!failed.err.isEmpty());
        const TerminalView after = viewOf(t);
        if (path == QStringLiteral("/v1/events")) {
            // Nothing settled, nothing pulled (the upload comes first and failed).
            QCOMPARE(after.pending, before.pending);
            QCOMPARE(after.answers, before.answers);
            QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), cached);
        } else {
            QCOMPARE(after.pending, 0); // the upload went through
            QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), cached);
        }
        QCOMPARE(after.cursor, before.cursor);

        // The next cycle completes, and the platform has each event once.
        QCOMPARE(t.syncOnce().exitCode, 0);
        QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), cached + 1);
        QCOMPARE(platformEvents(m_platform, t.terminalId()).size(), 2);
    }

    // A pull of several pages broken at page 2 or 3 (the next page is fetched while one is written):
    // the whole pages before the break stay with their cursor, and the next cycle fetches only the rest.
    void aBrokenPullResumesAfterItsLastWholePage_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("pagesBefore");
        for (const char* fault : {"reset_mid_response", "truncated_json", "status_500"})
            for (int pagesBefore : {1, 2})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 page %2").arg(QLatin1StringView(fault)).arg(pagesBefore + 1)))
                    << QString::fromLatin1(fault) << pagesBefore;
    }
    void aBrokenPullResumesAfterItsLastWholePage() {
        QFETCH(QString, fault);
        QFETCH(int, pagesBefore);
        constexpr int kVouchers = 12'000; // three pages of at most 5 000 changes
        SandboxServer platform;
        QVERIFY(platform.start());
        QVERIFY(issueSingleUse(platform, kVouchers));
        SyncTerminal t;
        QVERIFY(t.enroll(platform));
        QVERIFY(platform.fault(fault, QStringLiteral("/v1/changes"), 1,
                               {QStringLiteral("--after"), QString::number(pagesBefore)}));
        const ProcessResult broken = t.syncOnce();
        QCOMPARE(broken.exitCode, 2);
        const qint64 kept = t.status().value(QStringLiteral("cached_vouchers")).toInteger(-1);
        // The vouchers were issued before the terminal enrolled: they fill the first pages exactly.
        QVERIFY2(kept == pagesBefore * 5000, qPrintable(QString::number(kept)));

        const ProcessResult resumed = t.syncOnce();
        QCOMPARE(resumed.exitCode, 0);
        const QJsonObject downloaded = resumed.json().value(QStringLiteral("downloaded")).toObject();
        QCOMPARE(downloaded.value(QStringLiteral("pages")).toInt(), 3 - pagesBefore);
        QCOMPARE(kept + downloaded.value(QStringLiteral("vouchers")).toInteger(), kVouchers);
        QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), kVouchers);
    }

    // A platform that stalls in the middle of a big delta (15 s on page 2, longer than a redemption waits
    // for the write lock) must not keep the cashier from redeeming: the pages written so far are
    // committed before the pull waits for the next.
    void aStalledPullDoesNotBlockRedemptions() {
        SandboxServer platform;
        QVERIFY(platform.start());
        const QString code = platform.issue(QStringLiteral("single_use")).value(0);
        QVERIFY(!code.isEmpty());
        SyncTerminal t;
        QVERIFY(t.enroll(platform));
        QCOMPARE(t.syncOnce().exitCode, 0); // current: within its offline budget
        QVERIFY(issueSingleUse(platform, 12'000));
        QVERIFY(platform.fault(QStringLiteral("stall"), QStringLiteral("/v1/changes"), 1,
                               {QStringLiteral("--after"), QStringLiteral("1"), QStringLiteral("--seconds"),
                                QStringLiteral("15")}));
        QProcess pull;
        pull.start(terminalBinary(), {QStringLiteral("--data-dir"), t.dataDir(), QStringLiteral("sync"),
                                      QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY(pull.waitForStarted());
        // Page 1 committed well before the stall ends. A wall-clock deadline: QTRY counts its own steps,
        // and each status here is a process of its own.
        const QDeadlineTimer beforeTheStallEnds(10'000);
        qint64 cached = 0;
        while ((cached = t.status().value(QStringLiteral("cached_vouchers")).toInteger()) < 5001 &&
               !beforeTheStallEnds.hasExpired())
            QTest::qWait(100);
        QCOMPARE(cached, 5001);
        QCOMPARE(pull.state(), QProcess::Running); // still waiting for page 2

        const ProcessResult redeemed = t.run(redeemArgs(code));
        QVERIFY2(redeemed.exitCode == 0, (redeemed.out + redeemed.err).constData());
        QCOMPARE(pull.state(), QProcess::Running); // the redemption did not wait for the stall to end

        QVERIFY(pull.waitForFinished(60'000));
        QCOMPARE(pull.exitCode(), 0);
        QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), 12'001);
        QCOMPARE(t.pendingEvents(), 1); // the redemption goes up with the next cycle
        const QJsonObject again = t.run({QStringLiteral("check"), code, QStringLiteral("--json")}).json();
        QCOMPARE(again.value(QStringLiteral("reason")).toString(), QStringLiteral("already_redeemed"));
    }

    // Shutting down in the middle of a stalled pull: the request in flight is abandoned, not waited out,
    // the pages already written stay, and the next cycle goes on from there.
    void cancelDuringAStalledPullKeepsWhatWasWritten() {
        SandboxServer platform;
        QVERIFY(platform.start());
        QVERIFY(issueSingleUse(platform, 12'000));
        SyncTerminal t;
        QVERIFY(t.enroll(platform));
        QVERIFY(platform.fault(QStringLiteral("stall"), QStringLiteral("/v1/changes"), 1,
                               {QStringLiteral("--after"), QStringLiteral("1"), QStringLiteral("--seconds"),
                                QStringLiteral("20")}));
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        SystemClock clock;
        SyncEngine engine(**db, clock);
        std::atomic_bool cancel{false};
        std::atomic_bool done{false};
        engine.setCancelFlag(&cancel);
        bool completed = true;
        std::thread cycle([&] {
            completed = engine.runCycle().has_value();
            done = true;
        });
        // No QVERIFY until the thread is joined. Wall-clock deadlines, both well inside the 20 s stall.
        qint64 cachedBeforeCancel = 0;
        const QDeadlineTimer pageOne(10'000);
        while ((cachedBeforeCancel = t.status().value(QStringLiteral("cached_vouchers")).toInteger()) <
                   5000 &&
               !pageOne.hasExpired())
            QTest::qWait(100);
        cancel = true;
        const QDeadlineTimer abandoned(5'000);
        while (!done && !abandoned.hasExpired())
            QTest::qWait(20);
        const bool endedBeforeTheStall = done;
        cycle.join();

        QCOMPARE(cachedBeforeCancel, 5000);
        QVERIFY(endedBeforeTheStall);
        QVERIFY(!completed);
        QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), 5000);
        const ProcessResult resumed = t.syncOnce();
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(resumed.json()[QStringLiteral("downloaded")][QStringLiteral("pages")].toInt(), 2);
        QCOMPARE(t.status().value(QStringLiteral("cached_vouchers")).toInteger(), 12'000);
    }

    void retryAfterIsHonoured_data() {
        QTest::addColumn<QString>("fault");
        QTest::newRow("503") << QStringLiteral("status_503");
        QTest::newRow("429") << QStringLiteral("status_429");
    }
    void retryAfterIsHonoured() {
        QFETCH(QString, fault);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QVERIFY(m_platform.fault(fault, QStringLiteral("/v1/changes"), 1,
                                 {QStringLiteral("--retry-after"), QStringLiteral("42")}));
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        SystemClock clock;
        SyncEngine engine(**db, clock);
        auto cycle = engine.runCycle();
        QVERIFY(!cycle);
        QVERIFY(cycle.error().retryable);
        QCOMPARE(engine.retryAfterSecs(), 42);
        Backoff backoff([] { return 0.0; });
        QCOMPARE(backoff.nextDelayMs(engine.retryAfterSecs()), 42'000);
        QVERIFY(engine.runCycle()); // the fault was for one request
        QCOMPARE(engine.retryAfterSecs(), -1);
    }

    void settingsAndRemovalsArrive() {
        const QStringList codes = m_platform.issue(QStringLiteral("single_use"), 2);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);
        QCOMPARE(m_platform
                     .admin({QStringLiteral("settings"), QStringLiteral("--store"), QStringLiteral("store-1"),
                             QStringLiteral("--offline-max-count"), QStringLiteral("7"),
                             QStringLiteral("--offline-max-hours"), QStringLiteral("12")})
                     .exitCode,
                 0);
        QCOMPARE(m_platform.admin({QStringLiteral("revoke"), codes.first()}).exitCode, 0);
        const ProcessResult r = t.syncOnce();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("downloaded")][QStringLiteral("removed")].toInt(), 1);
        QCOMPARE(r.json()[QStringLiteral("downloaded")][QStringLiteral("settings")].toBool(), true);
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        auto settings = TerminalSettings::load(**db);
        QCOMPARE(settings->offlineMaxCount, 7);
        QCOMPARE(settings->offlineMaxHours, 12);
        QVERIFY(settings->lastSyncMs > 0);
        QCOMPARE(t.run(redeemArgs(codes.first())).json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("unknown_code"));
        QCOMPARE(t.run(redeemArgs(codes.last())).exitCode, 0);
    }

    void onlineOnlyNeedsThePlatformsHold() {
        const QStringList codes = m_platform.issue(QStringLiteral("online_only"), 2);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);

        const ProcessResult first = t.run(redeemArgs(codes.first()));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        auto queued = Outbox(**db).oldest(10);
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        QVERIFY(queued->first().payload.contains("\"hold_id\""));
        QVERIFY(queued->first().payload.contains(
            first.json().value(QStringLiteral("redemption_id")).toString().toUtf8()));
        QCOMPARE(t.run(redeemArgs(codes.first())).json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("already_redeemed"));

        m_platform.stop();
        const ProcessResult offline = t.run(redeemArgs(codes.last()));
        QCOMPARE(offline.exitCode, 1);
        QCOMPARE(offline.json().value(QStringLiteral("reason")).toString(), QStringLiteral("needs_network"));
        QVERIFY(m_platform.start());
        // The upload confirms the hold exactly once.
        QCOMPARE(t.syncOnce().json()[QStringLiteral("uploaded")][QStringLiteral("accepted")].toInt(), 1);
        QCOMPARE(platformEvents(m_platform, t.terminalId()).size(), 1);
    }

    void workerSyncsOnItsThread() {
        const QStringList codes = m_platform.issue(QStringLiteral("single_use"), 1);
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        SyncThread thread(t.dataDir());
        QSignalSpy cycles(thread.worker(), &SyncWorker::cycleFinished);
        QSignalSpy online(thread.worker(), &SyncWorker::onlineChanged);
        QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 1, 30'000);
        QCOMPARE(cycles.first().at(0).toBool(), true);
        QTRY_COMPARE(online.size(), 1);
        QCOMPARE(online.first().at(0).toBool(), true);
        QCOMPARE(t.run({QStringLiteral("check"), codes.first()}).exitCode, 0);
    }

    void syncNeedsEnrollment() {
        SyncTerminal t;
        const ProcessResult r = t.syncOnce();
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not enrolled"));
        QCOMPARE(t.run({QStringLiteral("sync")}).exitCode, 2); // --once is required
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
