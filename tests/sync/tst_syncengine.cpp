// The sync cycle end to end against the real o2o-sandbox over HTTPS: a full pull (trust list included),
// offline redemptions and their upload, settings, removals, online-only vouchers, the worker on its
// thread. Lost and damaged answers, Retry-After and broken, stalled or cancelled pulls are the terminal's
// logic: tst_syncfaultmatrix and tst_syncdownloader play them in process; tst_syncfaults has one fault
// of each class end to end.
#include "store/outbox.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

namespace {

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
    auto stmt = (*db)->connection().prepare("SELECT event_id FROM event_answers WHERE type != 'audit'");
    if (stmt) {
        while (stmt->step() == sql::kRow)
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
