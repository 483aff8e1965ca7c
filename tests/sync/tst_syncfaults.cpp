// The fault matrix end to end, against the real o2o-sandbox over HTTPS on 127.0.0.1: connections reset
// before and in the middle of an answer, a stall past the client's timeout, 500/503/429 (with
// Retry-After), truncated and malformed bodies. After every run the platform's ledger must equal the
// terminal's: the same events, none missing, none twice. (Refused certificates: tst_certificatefaults; a
// server certificate that does not match the pin: tst_enrollment.)
#include "core/clock.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "tests/sync/faultscenario.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <QTimer>

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

        const QStringList none;
        const QStringList retryAfter7{QStringLiteral("--retry-after"), QStringLiteral("7")};
        const QStringList retryAfter5{QStringLiteral("--retry-after"), QStringLiteral("5")};
        // The events' total timeout is 30 s (PlatformClient::kRequestTimeoutMs, not configurable): the
        // answer comes 2 s after the client gave up. A stalled page would take 60 s (kPageTimeoutMs) and
        // is left out to keep the suite short.
        const QStringList stall{QStringLiteral("--seconds"), QStringLiteral("32")};
        struct Row {
            const char* kind;
            QStringList extra;
            bool applied;
            int retryAfter;
            bool onChanges;
        };
        const QList<Row> rows{
            {"reset_before", none, false, -1, true},  {"reset_mid_response", none, true, -1, true},
            {"status_500", none, false, -1, true},    {"status_503", retryAfter7, false, 7, true},
            {"status_503", none, false, -1, false},   {"status_429", retryAfter5, false, 5, true},
            {"truncated_json", none, true, -1, true}, {"malformed_json", none, false, -1, true},
            {"stall", stall, true, -1, false},
        };
        for (const Row& row : rows) {
            const QString kind = QString::fromLatin1(row.kind);
            const QString suffix = row.extra.isEmpty() || kind == QStringLiteral("stall")
                                       ? QString()
                                       : QStringLiteral(" retry-after %1").arg(row.retryAfter);
            QTest::newRow(qPrintable(QStringLiteral("%1%2 events").arg(kind, suffix)))
                << kind << kEventsPath << 1 << row.extra << row.applied << row.retryAfter;
            if (!row.onChanges)
                continue;
            // libcurl sends a request again by itself, once, when a reused connection closes before any
            // answer (the feed's GET follows the events' POST on the same connection): two resets.
            const int count = kind == QStringLiteral("reset_before") ? 2 : 1;
            QTest::newRow(qPrintable(QStringLiteral("%1%2 changes").arg(kind, suffix)))
                << kind << kChangesPath << count << row.extra << false << row.retryAfter;
        }
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

    // The same batch's answer lost twice in a row: the third attempt gets duplicates, not double entries.
    void answerLostTwiceCountsOnce() {
        SyncTerminal t;
        Vouchers v;
        QHash<QString, QString> made;
        redeemedOffline(t, v, made);
        if (QTest::currentTestFailed())
            return;
        TerminalEvents before;
        readTerminalEvents(t, before);
        if (QTest::currentTestFailed())
            return;
        const QString terminalId = t.terminalId();

        QVERIFY(m_platform.fault(QStringLiteral("reset_mid_response"), kEventsPath, 2));
        auto db = Database::open(t.dataDir());
        QVERIFY(db);
        SystemClock clock;
        SyncEngine engine(**db, clock); // one engine, as the worker keeps it between attempts
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QVERIFY(!engine.runCycle());
            TerminalEvents now;
            readTerminalEvents(t, now);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(now.pending, before.pending);
            QVERIFY(now.answered.isEmpty());
            const PlatformEvents seen = platformEvents(m_platform, terminalId);
            QCOMPARE(seen.entries, qsizetype(made.size())); // the first attempt recorded them; nothing more
            QCOMPARE(keySet(seen.voucherOf), keySet(before.pending));
        }
        QVERIFY(faultsUsedUp(m_platform));
        const auto third = engine.runCycle();
        QVERIFY2(third, third ? "" : qPrintable(third.error().message));
        QCOMPARE(third->upload.accepted, 0);
        QCOMPARE(third->upload.duplicate, int(made.size()));

        verifyLedgersEqual(m_platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(m_observer, v);
    }

    // 429/503 with Retry-After: the worker's next attempt does not come before it.
    void workerWaitsForRetryAfter_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("429") << QStringLiteral("status_429");
        QTest::newRow("503") << QStringLiteral("status_503");
    }
    void workerWaitsForRetryAfter() {
        QFETCH(QString, kind);
        constexpr int kRetryAfterSecs = 2;
        SyncTerminal t;
        Vouchers v;
        QHash<QString, QString> made;
        redeemedOffline(t, v, made);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_platform.fault(kind, kEventsPath, 1,
                                 {QStringLiteral("--retry-after"), QString::number(kRetryAfterSecs)}));

        // Noted on the worker's thread as each cycle ends, right after the worker scheduled the next one.
        struct Cycle {
            bool completed = false;
            qint64 atMs = 0;
            Qt::TimerType timerType = Qt::CoarseTimer;
            int nextInMs = -1;
        };
        QMutex mutex;
        QList<Cycle> cycles;
        const auto cycleCount = [&] {
            QMutexLocker lock(&mutex);
            return cycles.size();
        };
        QElapsedTimer elapsed;
        elapsed.start();
        QThread thread;
        auto* worker = new SyncWorker(t.dataDir());
        worker->moveToThread(&thread);
        connect(
            worker, &SyncWorker::cycleFinished, worker,
            [&, worker](bool completed, const QString&) {
                // The worker's one timer (a child it creates in start()): same thread, safe to read.
                const QTimer* timer = worker->findChild<QTimer*>();
                QMutexLocker lock(&mutex);
                cycles.append(Cycle{completed, elapsed.elapsed(),
                                    timer ? timer->timerType() : Qt::CoarseTimer,
                                    timer ? timer->remainingTime() : -1});
            },
            Qt::DirectConnection);
        connect(&thread, &QThread::started, worker, &SyncWorker::start);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QTRY_VERIFY_WITH_TIMEOUT(cycleCount() >= 2, 30'000);
        worker->cancel();
        thread.quit();
        QVERIFY(thread.wait(30'000));

        QCOMPARE(cycles.at(0).completed, false);
        QCOMPARE(cycles.at(1).completed, true);
        // Scheduled no sooner than Retry-After (the backoff alone would draw from [0, 1 s]); ignoring it
        // would retry within about a second. A coarse QTimer (QTimer's default) may be moved up to 5% early:
        // seen here as 1900 ms for Retry-After: 2, so only a precise timer is held to the whole Retry-After.
        const bool precise = cycles.at(0).timerType == Qt::PreciseTimer;
        const qint64 floorMs = precise ? kRetryAfterSecs * 1000 - 2 : kRetryAfterSecs * 950;
        qInfo("next attempt scheduled in %d ms (%s timer)", cycles.at(0).nextInMs,
              precise ? "precise" : "coarse");
        QVERIFY2(cycles.at(0).nextInMs >= floorMs, qPrintable(QString::number(cycles.at(0).nextInMs)));
        // The gap between the two cycles' ends also holds the second cycle's own duration.
        const qint64 gapMs = cycles.at(1).atMs - cycles.at(0).atMs;
        QVERIFY2(gapMs >= floorMs, qPrintable(QString::number(gapMs)));
        QVERIFY2(gapMs < kRetryAfterSecs * 1000 + 10'000, qPrintable(QString::number(gapMs)));
        // docs/protocol.md: "never less than Retry-After"; a coarse timer may fire up to 5% early.
        QCOMPARE(cycles.at(0).timerType, Qt::PreciseTimer);

        verifyLedgersEqual(m_platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(m_observer, v);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
