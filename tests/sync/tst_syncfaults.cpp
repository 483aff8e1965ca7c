// The fault matrix end to end, one fault of each class against the real o2o-sandbox over HTTPS on
// 127.0.0.1: a connection reset in the middle of an answer the platform had applied, a 429 with
// Retry-After, a truncated body, a stalled upload abandoned at shutdown. After every run the platform's
// ledger must equal the terminal's: the same events, none missing, none twice. The whole matrix (every
// fault on both routes, answers lost twice, stalled and cancelled pulls, the worker's Retry-After) runs in
// process in tst_syncfaultmatrix, tst_syncdownloader and tst_syncworker; here realTransportFailsAsScripted
// checks that libcurl reports every fault, the stall's timeout included, as the scripted transport plays
// it. (Refused certificates: tst_certificatefaults; a server certificate that does not match the pin:
// tst_enrollment.)
#include "core/clock.h"
#include "sync/devicefiles.h"
#include "sync/httpclient.h"
#include "sync/syncengine.h"
#include "tests/sync/faultscenario.h"
#include "tests/sync/scriptedtransport.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <atomic>
#include <thread>

using namespace o2o;
using namespace o2o::test;

class TestSyncFaults : public FaultTestCase {
    Q_OBJECT

private Q_SLOTS:
    // One fault on one request, then recovery. "applied": the platform committed the batch before its
    // answer was lost, so the resend must come back as duplicates.
    void faultRunLeavesLedgersEqual_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<int>("retryAfter"); // what the engine must report; -1: none given

        const QStringList retryAfter5{QStringLiteral("--retry-after"), QStringLiteral("5")};
        QTest::newRow("reset_mid_response events")
            << QStringLiteral("reset_mid_response") << kEventsPath << 1 << QStringList() << true << -1;
        QTest::newRow("status_429 retry-after 5 changes")
            << QStringLiteral("status_429") << kChangesPath << 1 << retryAfter5 << false << 5;
        QTest::newRow("truncated_json events")
            << QStringLiteral("truncated_json") << kEventsPath << 1 << QStringList() << true << -1;
    }
    void faultRunLeavesLedgersEqual() {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(int, count);
        QFETCH(QStringList, extra);
        QFETCH(bool, applied);
        QFETCH(int, retryAfter);

        SyncTerminal t;
        Vouchers v;
        QHash<QString, QString> made;
        redeemedOffline(t, v, made);
        if (QTest::currentTestFailed())
            return;
        m_platform.issue(QStringLiteral("single_use"), 1); // something new to pull
        TerminalEvents before;
        readTerminalEvents(t, before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(before.pending.size(), made.size());
        QCOMPARE(valueSet(before.pending), keySet(made));
        const qint64 cached = t.status().value(QStringLiteral("cached_vouchers")).toInteger(-1);
        const QString terminalId = t.terminalId();

        QVERIFY(m_platform.fault(kind, path, count, extra));
        {
            auto db = Database::open(t.dataDir());
            QVERIFY(db);
            SystemClock clock;
            SyncEngine engine(**db, clock);
            const auto cycle = engine.runCycle();
            QVERIFY(!cycle);
            QVERIFY2(cycle.error().retryable, qPrintable(cycle.error().message));
            QCOMPARE(engine.retryAfterSecs(), qint64(retryAfter));
        }
        QVERIFY(faultsUsedUp(m_platform));

        // The failed cycle settled nothing it had no answer for, and pulled nothing.
        TerminalEvents after;
        readTerminalEvents(t, after);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject failedStatus = t.status();
        QCOMPARE(failedStatus.value(QStringLiteral("online")).toBool(), false);
        QCOMPARE(failedStatus.value(QStringLiteral("cached_vouchers")).toInteger(-1), cached);
        QCOMPARE(after.cursor, before.cursor);
        const PlatformEvents seen = platformEvents(m_platform, terminalId);
        if (path == kEventsPath) {
            QCOMPARE(after.pending, before.pending);
            QVERIFY(after.answered.isEmpty());
            QCOMPARE(keySet(seen.voucherOf), applied ? keySet(before.pending) : QSet<QString>());
        } else {
            // The upload came first and went through; only the pull failed.
            QVERIFY(after.pending.isEmpty());
            QCOMPARE(after.answered, before.pending);
            QCOMPARE(keySet(seen.voucherOf), keySet(before.pending));
        }
        QCOMPARE(seen.entries, seen.voucherOf.size());

        // The fault is used up: the next cycle completes.
        const ProcessResult recovered = t.syncOnce();
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        const QJsonObject uploaded = recovered.json().value(QStringLiteral("uploaded")).toObject();
        const int resent = path == kEventsPath ? int(made.size()) : 0;
        QCOMPARE(uploaded.value(QStringLiteral("accepted")).toInt(-1), applied ? 0 : resent);
        QCOMPARE(uploaded.value(QStringLiteral("duplicate")).toInt(-1), applied ? resent : 0);
        const QJsonObject status = t.status();
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("cached_vouchers")).toInteger(-1), cached + 1);

        verifyLedgersEqual(m_platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(m_observer, v);
    }

    // The stall end to end: the platform records the batch and holds its answer, and the terminal shuts
    // down (the worker's cancel flag) rather than wait out the events' 30 s. libcurl abandons the request
    // at once, nothing is settled, and the next cycle's resend comes back as duplicates.
    void stalledUploadCancelledLeavesLedgersEqual() {
        SyncTerminal t;
        Vouchers v;
        QHash<QString, QString> made;
        redeemedOffline(t, v, made);
        if (QTest::currentTestFailed())
            return;
        const QString terminalId = t.terminalId();
        QVERIFY(m_platform.fault(QStringLiteral("stall"), kEventsPath, 1,
                                 {QStringLiteral("--seconds"), QStringLiteral("20")}));
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
        // No QVERIFY until the thread is joined. Wall-clock deadlines, both well inside the 20 s stall:
        // QTRY counts its own steps, and each look at the platform's ledger is a process of its own.
        qsizetype recorded = 0;
        const QDeadlineTimer applied(10'000);
        while ((recorded = platformEvents(m_platform, terminalId).entries) < made.size() &&
               !applied.hasExpired())
            QTest::qWait(50);
        const bool stillWaiting = !done;
        cancel = true;
        const QDeadlineTimer abandoned(5'000);
        while (!done && !abandoned.hasExpired())
            QTest::qWait(20);
        const bool endedBeforeTheStall = done;
        cycle.join();

        QCOMPARE(recorded, made.size());
        QVERIFY(stillWaiting);
        QVERIFY(endedBeforeTheStall);
        QVERIFY(!completed);
        TerminalEvents after;
        readTerminalEvents(t, after);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(after.pending.size(), made.size());
        QVERIFY(after.answered.isEmpty());

        const ProcessResult resent = t.syncOnce();
        QVERIFY2(resent.exitCode == 0, resent.err.constData());
        const QJsonObject uploaded = resent.json().value(QStringLiteral("uploaded")).toObject();
        QCOMPARE(uploaded.value(QStringLiteral("accepted")).toInt(-1), 0);
        QCOMPARE(uploaded.value(QStringLiteral("duplicate")).toInt(-1), int(made.size()));
        verifyLedgersEqual(m_platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(m_observer, v);
    }

    // The scripted transport of the in-process suites plays each of the sandbox's faults as libcurl
    // reports it to HttpClient: an Error or a status alike, the same error code and retry advice, the same
    // Retry-After, a body that reads as JSON or not. Were libcurl or the sandbox to change,
    // tst_syncfaultmatrix would be testing a fiction: this is where it shows. A short timeout meets the
    // stall.
    void realTransportFailsAsScripted_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("retryAfter");
        const QStringList none;
        QTest::newRow("reset_before") << QStringLiteral("reset_before") << none << Fault::ResetBefore << -1;
        QTest::newRow("reset_mid_response")
            << QStringLiteral("reset_mid_response") << none << Fault::ResetMidResponse << -1;
        QTest::newRow("stall") << QStringLiteral("stall")
                               << QStringList{QStringLiteral("--seconds"), QStringLiteral("3")} << Fault::Hang
                               << -1;
        QTest::newRow("status_500") << QStringLiteral("status_500") << none << Fault::Status500 << -1;
        QTest::newRow("status_503 retry-after 7")
            << QStringLiteral("status_503")
            << QStringList{QStringLiteral("--retry-after"), QStringLiteral("7")} << Fault::Status503 << 7;
        QTest::newRow("status_429") << QStringLiteral("status_429") << none << Fault::Status429 << -1;
        QTest::newRow("truncated_json")
            << QStringLiteral("truncated_json") << none << Fault::TruncatedBody << -1;
        QTest::newRow("malformed_json")
            << QStringLiteral("malformed_json") << none << Fault::MalformedBody << -1;
    }
    void realTransportFailsAsScripted() {
        QFETCH(QString, kind);
        QFETCH(QStringList, extra);
        QFETCH(Fault, fault);
        QFETCH(int, retryAfter);
        HttpRequest request;
        request.url = m_platform.url() + QStringLiteral("/v1/changes?cursor=&limit=1");
        request.timeoutMs = 1'500; // the stall holds its answer 3 s

        QVERIFY(m_platform.fault(kind, kChangesPath, 1, extra));
        // A connection of its own: libcurl resends by itself, once, when a reused one closes unanswered.
        HttpClient http(DeviceFiles::in(m_observer.dataDir()).tls());
        const auto real = http.send(request);
        QVERIFY(faultsUsedUp(m_platform));

        // Behind the script, the platform's own answer: a page of the feed.
        ScriptedTransport scripted([](const HttpRequest&, const QString&) {
            HttpResponse page;
            page.status = 200;
            page.contentType = "application/json";
            page.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
            page.body = QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray()},
                                                  {QStringLiteral("next_cursor"), QStringLiteral("1")},
                                                  {QStringLiteral("has_more"), false},
                                                  {QStringLiteral("server_time_ms"), page.serverTimeMs}})
                            .toJson(QJsonDocument::Compact);
            return page;
        });
        FaultRule rule;
        rule.fault = fault;
        rule.retryAfterSecs = retryAfter;
        scripted.script(QStringLiteral("GET ") + kChangesPath, rule);
        const auto fake = scripted.connect(QStringLiteral("observer"))->send(request);
        QVERIFY(scripted.scriptUsedUp());

        QVERIFY2(bool(fake) == bool(real), real ? "libcurl got an answer" : qPrintable(real.error().message));
        if (!real) {
            QCOMPARE(fake.error().code, real.error().code);
            QCOMPARE(fake.error().retryable, real.error().retryable);
            return;
        }
        QCOMPARE(fake->status, real->status);
        QCOMPARE(fake->retryAfterSecs, real->retryAfterSecs);
        QCOMPARE(fake->serverTimeMs > 0, real->serverTimeMs > 0);
        QCOMPARE(QJsonDocument::fromJson(fake->body).isObject(),
                 QJsonDocument::fromJson(real->body).isObject());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
