// The fault matrix of the sync cycle in process (tests/sync/scriptedtransport.h): connections reset
// before and in the middle of an answer, a hang past the client's timeout, 500/503/429 (with
// Retry-After), truncated and malformed bodies, on the upload and on the pull. After every run the
// platform's record must equal the terminal's ledger: the same events, none missing, none counted twice.
// One fault of each class runs against the real o2o-sandbox over HTTPS in tst_syncfaults, which also
// checks that libcurl reports each fault as the scripted transport does.
#include "sync/backoff.h"
#include "sync/syncengine.h"
#include "tests/sync/fakescenario.h"

#include <QTest>

using namespace o2o;
using namespace o2o::test;

namespace {

struct Kind {
    const char* name;
    Fault fault;
    bool applied;   // the platform applied the batch before its answer went wrong
    int retryAfter; // given by the platform, and what the engine must report; -1: none
};

// Every fault of the sandbox (sandbox/README.md), as the scripted transport plays it.
const QList<Kind> kKinds{
    {"reset_before", Fault::ResetBefore, false, -1},
    {"reset_mid_response", Fault::ResetMidResponse, true, -1},
    {"status_500", Fault::Status500, false, -1},
    {"status_503 retry-after 7", Fault::Status503, false, 7},
    {"status_503", Fault::Status503, false, -1},
    {"status_429 retry-after 5", Fault::Status429, false, 5},
    {"truncated_json", Fault::TruncatedBody, true, -1},
    {"malformed_json", Fault::MalformedBody, false, -1},
    {"stall", Fault::Hang, true, -1},
};

FaultRule once(Fault fault, int retryAfter = -1) {
    FaultRule rule;
    rule.fault = fault;
    rule.retryAfterSecs = retryAfter;
    return rule;
}

} // namespace

class TestSyncFaultMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One fault on one request, then recovery. "applied": the platform recorded the batch before its
    // answer was lost, so the resend must come back as duplicates. Every fault on both routes: in
    // process a stalled page costs 60 ms, not the 60 s of its real timeout.
    void faultRunLeavesLedgersEqual_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<int>("retryAfter");
        for (const Kind& k : kKinds) {
            QTest::addRow("%s events", k.name) << k.fault << kPostEvents << k.applied << k.retryAfter;
            QTest::addRow("%s changes", k.name) << k.fault << kGetChanges << false << k.retryAfter;
        }
    }
    void faultRunLeavesLedgersEqual() {
        QFETCH(Fault, fault);
        QFETCH(QString, route);
        QFETCH(bool, applied);
        QFETCH(int, retryAfter);

        FakePlatform platform;
        FakeTerminal t;
        ScenarioVouchers v;
        QHash<QString, QString> made;
        redeemedOffline(platform, t, v, made);
        if (QTest::currentTestFailed())
            return;
        platform.addVouchers({voucherRecord(QStringLiteral("SOMETHING-NEW"))}); // something new to pull
        TerminalEvents before;
        readTerminalEvents(t.dataDir(), before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(before.pending.size(), made.size());
        QCOMPARE(valueSet(before.pending), keySet(made));
        const qint64 cached = t.cachedVouchers();

        platform.transport().script(route, once(fault, retryAfter));
        {
            SyncEngine engine(t.db(), t.clock(), platform.factory());
            const auto cycle = engine.runCycle();
            QVERIFY(!cycle);
            QVERIFY2(cycle.error().retryable, qPrintable(cycle.error().message));
            QCOMPARE(engine.retryAfterSecs(), qint64(retryAfter));
        }
        QVERIFY(platform.transport().scriptUsedUp());

        // The failed cycle settled nothing it had no answer for, and pulled nothing.
        TerminalEvents after;
        readTerminalEvents(t.dataDir(), after);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(t.online(), false);
        QCOMPARE(t.cachedVouchers(), cached);
        QCOMPARE(after.cursor, before.cursor);
        const auto seen = platform.events(t.client());
        if (route == kPostEvents) {
            QCOMPARE(after.pending, before.pending);
            QVERIFY(after.answered.isEmpty());
            QCOMPARE(keySet(seen), applied ? keySet(before.pending) : QSet<QString>());
        } else {
            // The upload came first and went through; only the pull failed.
            QVERIFY(after.pending.isEmpty());
            QCOMPARE(after.answered, before.pending);
            QCOMPARE(keySet(seen), keySet(before.pending));
        }

        // The fault is used up: the next cycle completes.
        const auto recovered = t.syncOnce(platform);
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
        const int resent = route == kPostEvents ? int(made.size()) : 0;
        QCOMPARE(recovered->upload.accepted, applied ? 0 : resent);
        QCOMPARE(recovered->upload.duplicate, applied ? resent : 0);
        QCOMPARE(t.online(), true);
        QCOMPARE(t.cachedVouchers(), cached + 1);

        verifyLedgersEqual(platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(platform, v);
    }

    // The same batch's answer lost twice in a row: the third attempt gets duplicates, not double entries.
    void answerLostTwiceCountsOnce() {
        FakePlatform platform;
        FakeTerminal t;
        ScenarioVouchers v;
        QHash<QString, QString> made;
        redeemedOffline(platform, t, v, made);
        if (QTest::currentTestFailed())
            return;
        TerminalEvents before;
        readTerminalEvents(t.dataDir(), before);
        if (QTest::currentTestFailed())
            return;

        FaultRule twice = once(Fault::ResetMidResponse);
        twice.count = 2;
        platform.transport().script(kPostEvents, twice);
        SyncEngine engine(t.db(), t.clock(), platform.factory()); // one engine, as the worker keeps it
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QVERIFY(!engine.runCycle());
            TerminalEvents now;
            readTerminalEvents(t.dataDir(), now);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(now.pending, before.pending);
            QVERIFY(now.answered.isEmpty());
            const auto seen = platform.events(t.client());
            QCOMPARE(keySet(seen), keySet(before.pending)); // the first attempt recorded them; nothing more
            for (const FakePlatform::Event& e : seen)
                QCOMPARE(e.deliveries, attempt);
        }
        QVERIFY(platform.transport().scriptUsedUp());
        const auto third = engine.runCycle();
        QVERIFY2(third, third ? "" : qPrintable(third.error().message));
        QCOMPARE(third->upload.accepted, 0);
        QCOMPARE(third->upload.duplicate, int(made.size()));

        verifyLedgersEqual(platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(platform, v);
    }

    // Damaged answers on either route change nothing on the terminal: no event settled, no page
    // applied, the cursor where it was. The next cycle completes and the platform has each event once.
    void damagedAnswersChangeNothing_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("route");
        for (const Kind& k : kKinds) {
            if (k.fault == Fault::Hang || k.fault == Fault::Status429 || k.fault == Fault::Status503)
                continue; // answers that say "later", not damaged ones: faultRunLeavesLedgersEqual
            QTest::addRow("%s events", k.name) << k.fault << kPostEvents;
            QTest::addRow("%s changes", k.name) << k.fault << kGetChanges;
        }
    }
    void damagedAnswersChangeNothing() {
        QFETCH(Fault, fault);
        QFETCH(QString, route);
        FakePlatform platform;
        FakeTerminal t;
        QVERIFY(t.syncOnce(platform));
        const QList<VoucherRecord> vouchers{voucherRecord(QStringLiteral("DAMAGED-1")),
                                            voucherRecord(QStringLiteral("DAMAGED-2"))};
        platform.addVouchers(vouchers);
        QVERIFY(t.syncOnce(platform)); // the new vouchers, and a cursor past them
        for (const VoucherRecord& r : vouchers) {
            const auto redeemed = t.redeem(r.code);
            QVERIFY(redeemed && redeemed->verdict.accepted());
        }
        platform.addVouchers({voucherRecord(QStringLiteral("DAMAGED-3"))}); // something new to pull
        TerminalEvents before;
        readTerminalEvents(t.dataDir(), before);
        const qint64 cached = t.cachedVouchers();
        QCOMPARE(cached, 2);

        platform.transport().script(route, once(fault));
        const auto failed = t.syncOnce(platform);
        QVERIFY(!failed);
        QVERIFY(!failed.error().message.isEmpty());
        TerminalEvents after;
        readTerminalEvents(t.dataDir(), after);
        if (route == kPostEvents) {
            // Nothing settled, nothing pulled (the upload comes first and failed).
            QCOMPARE(after.pending, before.pending);
            QCOMPARE(after.answers, before.answers);
        } else {
            QCOMPARE(t.pendingEvents(), 0); // the upload went through
        }
        QCOMPARE(t.cachedVouchers(), cached);
        QCOMPARE(after.cursor, before.cursor);

        QVERIFY(t.syncOnce(platform));
        QCOMPARE(t.cachedVouchers(), cached + 1);
        QCOMPARE(platform.events(t.client()).size(), 2);
    }

    // The platform applied the batch but its answer was lost: the resend is recognised, nothing counts
    // twice, and the terminal's ledger equals what the platform holds.
    void replayAfterALostAnswerCountsOnce() {
        FakePlatform platform;
        FakeTerminal t;
        QList<VoucherRecord> vouchers;
        for (int i = 1; i <= 4; ++i)
            vouchers.append(voucherRecord(QStringLiteral("REPLAY-%1").arg(i)));
        platform.addVouchers(vouchers);
        QVERIFY(t.syncOnce(platform));
        QHash<QString, QString> made;
        for (const VoucherRecord& r : vouchers) {
            const auto redeemed = t.redeem(r.code);
            QVERIFY(redeemed && redeemed->verdict.accepted());
            made.insert(redeemed->redemptionId, r.voucher.id);
        }
        platform.transport().script(kPostEvents, once(Fault::ResetMidResponse));
        QVERIFY(!t.syncOnce(platform));
        QCOMPARE(t.pendingEvents(), 4); // no answer, nothing settled

        const auto again = t.syncOnce(platform);
        QVERIFY(again);
        QCOMPARE(again->upload.duplicate, 4);
        QCOMPARE(again->upload.accepted, 0);
        verifyLedgersEqual(platform, t, made);
    }

    // 503/429 with Retry-After: the engine reports it, the backoff waits no less, and a good answer
    // clears it.
    void retryAfterIsHonoured_data() {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("503") << Fault::Status503;
        QTest::newRow("429") << Fault::Status429;
    }
    void retryAfterIsHonoured() {
        QFETCH(Fault, fault);
        FakePlatform platform;
        FakeTerminal t;
        platform.transport().script(kGetChanges, once(fault, 42));
        SyncEngine engine(t.db(), t.clock(), platform.factory());
        auto cycle = engine.runCycle();
        QVERIFY(!cycle);
        QVERIFY(cycle.error().retryable);
        QCOMPARE(engine.retryAfterSecs(), 42);
        Backoff backoff([] { return 0.0; });
        QCOMPARE(backoff.nextDelayMs(engine.retryAfterSecs()), 42'000);
        QVERIFY(engine.runCycle()); // the fault was for one request
        QCOMPARE(engine.retryAfterSecs(), -1);
    }

    // A slow answer within the request's timeout is an answer; one as slow as the timeout is a failed
    // request whose batch the platform had applied, so the resend comes back as duplicates.
    void slowAnswers_data() {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<bool>("answered");
        QTest::newRow("100 ms") << 100 << true;
        QTest::newRow("the events' 30 s timeout") << 30'000 << false;
    }
    void slowAnswers() {
        QFETCH(int, delayMs);
        QFETCH(bool, answered);
        FakePlatform platform;
        FakeTerminal t;
        ScenarioVouchers v;
        QHash<QString, QString> made;
        redeemedOffline(platform, t, v, made);
        if (QTest::currentTestFailed())
            return;
        FaultRule slow = once(Fault::Delay);
        slow.delayMs = delayMs;
        platform.transport().script(kPostEvents, slow);
        const auto cycle = t.syncOnce(platform);
        QCOMPARE(cycle.has_value(), answered);
        QString outcome;
        for (const SeenRequest& r : platform.transport().requests())
            if (r.route == kPostEvents)
                outcome = r.outcome;
        QCOMPARE(outcome, answered ? QStringLiteral("200") : QStringLiteral("timeout"));
        if (!answered) {
            QCOMPARE(t.pendingEvents(), qint64(made.size()));
            const auto resent = t.syncOnce(platform);
            QVERIFY(resent);
            QCOMPARE(resent->upload.duplicate, int(made.size()));
        }
        verifyLedgersEqual(platform, t, made);
    }

    // Every request carries the timeout docs/protocol.md gives it (the scripted hangs scale these down;
    // the real ones are what a platform must answer within).
    void requestsCarryTheProtocolsTimeouts() {
        FakePlatform platform;
        FakeTerminal t;
        ScenarioVouchers v;
        QHash<QString, QString> made;
        redeemedOffline(platform, t, v, made);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(t.syncOnce(platform));
        QHash<QString, qint64> timeouts;
        for (const SeenRequest& r : platform.transport().requests()) {
            QCOMPARE(r.client, t.client());
            QVERIFY2(!timeouts.contains(r.route) || timeouts.value(r.route) == r.timeoutMs,
                     qPrintable(r.route));
            timeouts.insert(r.route, r.timeoutMs);
        }
        const QHash<QString, qint64> expected{
            {kPostEvents, 30'000}, {kGetChanges, 60'000}, {QStringLiteral("GET /v1/trust"), 60'000}};
        QCOMPARE(timeouts, expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaultMatrix)
#include "tst_syncfaultmatrix.moc"
