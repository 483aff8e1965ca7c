// Fleet behaviour (docs/reliability.md, section 5): 200 terminals in process, each with its own data
// directory, the real SyncWorker (its schedule and backoff with full jitter) and the real SyncEngine over
// libcurl from a 127.0.0.0/8 address of its own, against the real o2o-sandbox over HTTPS. The platform
// refuses uploads with 503 for a while (an outage) and then takes them again: the requests after the
// recovery are spread out (the busiest second at most 3 x the mean), every terminal's outbox drains
// within a bound, and /v1/health answers every probe on a new connection all along. Then the sandbox's
// throughput: events per second accepted for 1, 10, 50 and 200 terminals syncing at once, some batches
// applied but their answers cut off, so they are sent again and deduplicated.
#include "core/clock.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "tests/support/reliabilitysize.h"
#include "tests/sync/fleetterminal.h"
#include "tests/sync/healthprobe.h"
#include "tests/sync/requestlog.h"
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <thread>

using namespace o2o;

namespace {

constexpr int kSalesBeforeOutage = 3;
constexpr int kOutageMs = 6'000;
constexpr int kBucketMs = 1'000;
constexpr int kEventsPerTerminal = 20; // a busy terminal's half minute between two syncs
constexpr int kDrainTimeoutMs = 60'000;

} // namespace

class TestFleet : public QObject {
    Q_OBJECT

    QElapsedTimer m_clock;
    test::SandboxServer m_platform;
    std::vector<std::unique_ptr<test::FleetTerminal>> m_fleet;
    int m_salesMade = 0;

    /** The sales the platform holds; false when one is there twice. */
    bool platformSales(int& count) {
        QSet<QString> ids;
        count = 0;
        for (const QJsonValue e : m_platform.ledger()) {
            if (e[QStringLiteral("type")] != QStringLiteral("sale"))
                continue;
            ++count;
            ids.insert(e[QStringLiteral("event_id")].toString());
        }
        return ids.size() == count;
    }

private Q_SLOTS:
    void initTestCase() {
        m_clock.start();
        QVERIFY(m_platform.start());
        const int size = test::reliabilitySize(200, 500);
        for (int i = 0; i < size; ++i) {
            m_fleet.push_back(std::make_unique<test::FleetTerminal>(i));
            // Four terminals to a store, as in a small chain.
            const QString code = m_platform.pairingCode(QStringLiteral("store-%1").arg(1 + i / 4));
            QVERIFY(!code.isEmpty());
            const QString refused = m_fleet.back()->enroll(m_platform.url(), code);
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
        }
        qInfo("%d terminals enrolled in %lld ms", size, m_clock.elapsed());
    }

    void outageAndRecovery() {
        const int size = int(m_fleet.size());
        for (auto& t : m_fleet)
            QVERIFY(t->sell(kSalesBeforeOutage));
        m_salesMade += size * kSalesBeforeOutage;
        // The outage: every upload is refused (no Retry-After, so the backoff alone spreads the fleet).
        QVERIFY(m_platform.fault(QStringLiteral("status_503"), QStringLiteral("/v1/events"), 1'000'000));

        test::RequestLog log(m_clock);
        test::HealthProbe probe(m_platform.url(), m_platform.caFile());
        probe.start();
        std::vector<std::atomic<qint64>> drainedAt(size);
        std::vector<std::atomic<int>> failures(size);
        std::atomic<int> drained{0};
        std::atomic<qint64> recoveredAt{std::numeric_limits<qint64>::max()};
        std::vector<QThread*> threads;
        const qint64 startedAt = log.nowMs();
        for (int i = 0; i < size; ++i) {
            drainedAt[i] = -1;
            failures[i] = 0;
            auto* thread = new QThread;
            auto* worker = new SyncWorker(m_fleet[i]->dataDir(), m_fleet[i]->transports(log));
            worker->moveToThread(thread);
            connect(thread, &QThread::started, worker, &SyncWorker::start);
            connect(thread, &QThread::finished, worker, &QObject::deleteLater);
            connect(
                worker, &SyncWorker::cycleFinished, worker,
                [&, i](bool completed) {
                    if (!completed)
                        ++failures[i];
                    else if (drainedAt[i] < 0 && log.nowMs() >= recoveredAt) {
                        drainedAt[i] = log.nowMs();
                        ++drained;
                    }
                },
                Qt::DirectConnection);
            thread->start();
            threads.push_back(thread);
        }
        QTest::qWait(kOutageMs); // the outage's length is the scenario itself, not a wait for a result
        recoveredAt = log.nowMs();
        QCOMPARE(m_platform.admin({QStringLiteral("fault"), QStringLiteral("clear")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(drained.load() == size, kDrainTimeoutMs);
        const qint64 lastDrainedAt = log.nowMs();
        const test::ProbeReport health = probe.stop();
        for (QThread* thread : threads) {
            thread->quit();
            thread->wait();
            delete thread;
        }

        // During the outage every terminal failed and backed off, none hammered the platform.
        const QVector<qint64> times = log.times();
        int duringOutage = 0;
        for (qint64 t : times)
            duringOutage += t < recoveredAt ? 1 : 0;
        int minFailures = INT_MAX;
        int maxFailures = 0;
        for (auto& f : failures) {
            minFailures = std::min(minFailures, f.load());
            maxFailures = std::max(maxFailures, f.load());
        }
        qInfo("outage of %d ms: %d requests from %d terminals (%d to %d failed cycles each)", kOutageMs,
              duringOutage, size, minFailures, maxFailures);
        QVERIFY(minFailures >= 1);
        QVERIFY2(maxFailures <= 12, "a terminal retried without backing off");

        // After it: the busiest second carries at most 3 x the mean rate of the recovery.
        const qint64 windowMs = std::max<qint64>(kBucketMs, lastDrainedAt - recoveredAt);
        QVector<int> buckets(int((windowMs + kBucketMs - 1) / kBucketMs), 0);
        int afterRecovery = 0;
        for (qint64 t : times) {
            if (t < recoveredAt || t >= recoveredAt + windowMs)
                continue;
            ++buckets[int((t - recoveredAt) / kBucketMs)];
            ++afterRecovery;
        }
        const double meanPerSecond = afterRecovery * 1000.0 / double(windowMs);
        const int peak = *std::max_element(buckets.cbegin(), buckets.cend());
        QStringList perSecond;
        for (int b : buckets)
            perSecond.append(QString::number(b));
        qInfo("recovery: %d requests in %lld ms, mean %.1f/s, peak %d/s (%.2f x mean); per second: %s",
              afterRecovery, windowMs, meanPerSecond, peak, peak / meanPerSecond,
              qPrintable(perSecond.join(u' ')));
        QVERIFY2(peak <= 3.0 * meanPerSecond, "the terminals came back in step");

        // No terminal starves: each drained within the outage's length (the backoff's bound) and a margin.
        qint64 maxDrainMs = 0;
        for (auto& at : drainedAt)
            maxDrainMs = std::max(maxDrainMs, at.load() - recoveredAt);
        qInfo("every outbox drained %lld ms after the recovery at the latest (%lld ms after the start)",
              maxDrainMs, lastDrainedAt - startedAt);
        QVERIFY2(maxDrainMs <= kOutageMs + 6'000, "a terminal waited far longer than the outage lasted");
        for (auto& t : m_fleet)
            QCOMPARE(t->pending(), qint64(0));
        int sales = 0;
        QVERIFY2(platformSales(sales), "the platform holds a sale twice");
        QCOMPARE(sales, m_salesMade);

        // The platform kept answering its health check on a new connection, ten times a second.
        qInfo("/v1/health: %d of %d probes answered, slowest %lld ms", health.answered, health.probes,
              health.maxLatencyMs);
        QVERIFY(health.probes >= kOutageMs / 200);
        QCOMPARE(health.answered, health.probes);
        QVERIFY2(health.maxLatencyMs <= 2'000, "/v1/health waited behind the fleet");
    }

    void throughput_data() {
        QTest::addColumn<int>("terminals");
        for (int n : {1, 10, 50, 200, 500})
            if (n <= int(m_fleet.size()))
                QTest::addRow("%d terminals", n) << n;
    }
    void throughput() {
        QFETCH(int, terminals);
        for (int i = 0; i < terminals; ++i)
            QVERIFY(m_fleet[i]->sell(kEventsPerTerminal));
        m_salesMade += terminals * kEventsPerTerminal;
        // One batch in ten is applied but its answer cut off: sent again, the platform says duplicate.
        const int cut = std::max(1, terminals / 10);
        QVERIFY(m_platform.fault(QStringLiteral("reset_mid_response"), QStringLiteral("/v1/events"), cut));

        test::RequestLog log(m_clock);
        std::latch ready(terminals + 1);
        std::latch go(1);
        std::atomic<int> accepted{0};
        std::atomic<int> duplicate{0};
        std::atomic<int> failedCycles{0};
        std::atomic<int> gaveUp{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < terminals; ++i) {
            threads.emplace_back([&, i] {
                auto db = Database::open(m_fleet[i]->dataDir());
                SystemClock clock;
                std::optional<SyncEngine> engine;
                if (db)
                    engine.emplace(**db, clock, m_fleet[i]->transports(log));
                ready.count_down();
                go.wait();
                for (int attempt = 0; engine && attempt < 10; ++attempt) {
                    const auto cycle = engine->runCycle();
                    if (cycle) {
                        accepted += cycle->upload.accepted;
                        duplicate += cycle->upload.duplicate;
                        return;
                    }
                    ++failedCycles; // a cut answer: again at once, the backoff is not what is measured
                }
                ++gaveUp;
            });
        }
        ready.arrive_and_wait();
        QElapsedTimer timer;
        timer.start();
        go.count_down();
        for (auto& t : threads)
            t.join();
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        const int events = terminals * kEventsPerTerminal;
        qInfo("%d terminals x %d events: %d accepted + %d duplicate in %lld ms with %d requests, "
              "%.0f events/s (%d answers cut)",
              terminals, kEventsPerTerminal, accepted.load(), duplicate.load(), ms, int(log.times().size()),
              events * 1000.0 / double(ms), failedCycles.load());
        QCOMPARE(gaveUp.load(), 0);
        QCOMPARE(failedCycles.load(), cut);
        QCOMPARE(accepted.load() + duplicate.load(), events);
        QCOMPARE(duplicate.load(), cut * kEventsPerTerminal);
        for (int i = 0; i < terminals; ++i)
            QCOMPARE(m_fleet[i]->pending(), qint64(0));
        int sales = 0;
        QVERIFY2(platformSales(sales), "the platform holds a sale twice");
        QCOMPARE(sales, m_salesMade);
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
