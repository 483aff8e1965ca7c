// Fleet behaviour (docs/reliability.md, section 5): 200 terminals in process, each with its own data
// directory, the real SyncWorker (its schedule and backoff with full jitter) and the real SyncEngine over
// libcurl from a 127.0.0.0/8 address of its own, against the real o2o-sandbox over HTTPS. The platform
// refuses uploads with 503 for a while (an outage) and then takes them again: the requests after the
// recovery are spread out (the busiest second at most 3 x the mean), every terminal's outbox drains
// within a bound, and /v1/health answers every probe on a new connection all along. Then the sandbox's
// throughput: events per second accepted for 1, 10, 50 and 200 terminals syncing at once, some batches
// applied but their answers cut off, so they are sent again and deduplicated.
#include "core/clock.h"
#include "sandbox/pairingstore.h"
#include "sandbox/platformstore.h"
#include "sandbox/storesettingsstore.h"
#include "store/sqlite.h"
#include "sync/httpclient.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"
#include "tests/support/reliabilitysize.h"
#include "tests/sync/fleetterminal.h"
#include "tests/sync/healthprobe.h"
#include "tests/sync/requestlog.h"
#include "tests/sync/sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <thread>

using namespace o2o;

namespace {

constexpr int kSalesBeforeOutage = 3;
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

    /**
     * What `o2o-sandbox pair --store ID` makes, for count terminals (four to a store, as in a small chain)
     * in one transaction: 200 runs of the command would spend most of the test's time starting processes.
     */
    QStringList pairingCodes(int count) {
        QStringList codes;
        auto platform = sandbox::PlatformStore::open(m_platform.dataDir());
        if (!platform)
            return codes;
        sql::Transaction transaction((*platform)->connection());
        if (!transaction.begin())
            return codes;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            const QString store = QStringLiteral("store-%1").arg(1 + i / 4);
            auto code = sandbox::PairingStore((*platform)->connection()).create(store, now);
            if (!code || !sandbox::StoreSettingsStore((*platform)->connection()).ensure(store))
                return {};
            codes.append(code->code);
        }
        return transaction.commit() ? codes : QStringList();
    }

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
        // A line per request and per cycle from 200 terminals would drown the figures; warnings stay.
        QLoggingCategory::setFilterRules(QStringLiteral("o2o.*.info=false"));
        qputenv("QT_LOGGING_RULES", "o2o.sandbox.info=false");
        m_clock.start();
        QVERIFY(m_platform.start());
        const int size = test::reliabilitySize(200, 500);
        const QStringList codes = pairingCodes(size);
        QCOMPARE(codes.size(), size);
        for (int i = 0; i < size; ++i)
            m_fleet.push_back(std::make_unique<test::FleetTerminal>(i));
        // The real enrollment, a few at a time from 127.0.0.1 (within its 8 connections).
        constexpr int kEnrollers = 4;
        std::vector<QString> refusals(size);
        std::vector<std::thread> enrollers;
        for (int k = 0; k < kEnrollers; ++k)
            enrollers.emplace_back([&, k] {
                for (int i = k; i < size; i += kEnrollers)
                    refusals[i] = m_fleet[i]->enroll(m_platform.url(), codes[i]);
            });
        for (auto& t : enrollers)
            t.join();
        for (const QString& refused : refusals)
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
        qInfo("%d terminals enrolled in %lld ms", size, m_clock.elapsed());
    }

    void outageAndRecovery() {
        const int size = int(m_fleet.size());
        // Long enough for every terminal's first cycle to meet it: 500 terminals starting together on two
        // cores need more than 6 s for their first TLS handshakes.
        const int outageMs = test::reliabilitySize(6'000, 15'000);
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
        QTest::qWait(outageMs); // the outage's length is the scenario itself, not a wait for a result
        // ...and it lasts until every terminal has met it: on a loaded machine a first cycle can queue
        // for its TLS handshake past the planned length.
        const auto everyTerminalFailed = [&] {
            return std::all_of(failures.cbegin(), failures.cend(),
                               [](const auto& f) { return f.load() > 0; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyTerminalFailed(), kDrainTimeoutMs);
        recoveredAt = log.nowMs();
        const qint64 outageLastedMs = recoveredAt - startedAt;
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
        qInfo("outage of %lld ms: %d requests from %d terminals (%d to %d failed cycles each)",
              outageLastedMs, duringOutage, size, minFailures, maxFailures);
        QVERIFY(minFailures >= 1);
        // Without a backoff a terminal would fail a cycle every few tens of milliseconds: hundreds.
        QVERIFY2(maxFailures <= 4 * outageLastedMs / 1000 + 1, "a terminal retried without backing off");

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
        QVERIFY2(peak <= 3.0 * meanPerSecond, "the requests after the recovery came in a rush");

        // No terminal starves: each drained within the outage's length (the backoff's bound) and a margin.
        qint64 maxDrainMs = 0;
        for (auto& at : drainedAt)
            maxDrainMs = std::max(maxDrainMs, at.load() - recoveredAt);
        qInfo("every outbox drained %lld ms after the recovery at the latest (%lld ms after the start)",
              maxDrainMs, lastDrainedAt - startedAt);
        QVERIFY2(maxDrainMs <= outageLastedMs + 6'000, "a terminal waited far longer than the outage lasted");
        for (auto& t : m_fleet)
            QCOMPARE(t->pending(), qint64(0));
        int sales = 0;
        QVERIFY2(platformSales(sales), "the platform holds a sale twice");
        QCOMPARE(sales, m_salesMade);

        // The platform kept answering its health check on a new connection, ten times a second.
        qInfo("/v1/health: %d of %d probes answered, slowest %lld ms", health.answered, health.probes,
              health.maxLatencyMs);
        QVERIFY(health.probes >= outageMs / 200);
        QCOMPARE(health.answered, health.probes);
        // Slower than a terminal's connect timeout, and a terminal would have given up on it.
        QVERIFY2(health.maxLatencyMs <= HttpClient::kConnectTimeoutMs, "/v1/health waited behind the fleet");
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
        const int cut = terminals / 10;
        if (cut > 0)
            QVERIFY(
                m_platform.fault(QStringLiteral("reset_mid_response"), QStringLiteral("/v1/events"), cut));

        test::RequestLog log(m_clock);
        std::latch ready(terminals + 1);
        std::latch go(1);
        std::atomic<int> accepted{0};
        std::atomic<int> duplicate{0};
        std::atomic<int> failedCycles{0};
        std::atomic<int> gaveUp{0};
        QMutex mutex;
        QSet<QString> failureReasons;
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
                    QMutexLocker lock(&mutex);
                    failureReasons.insert(cycle.error().message);
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
              "%.0f events/s (%d cycles failed, %d answers cut on purpose)",
              terminals, kEventsPerTerminal, accepted.load(), duplicate.load(), ms, int(log.times().size()),
              events * 1000.0 / double(ms), failedCycles.load(), cut);
        if (failedCycles.load() > 0)
            qInfo("why cycles failed: %s",
                  qPrintable(QStringList(failureReasons.values()).join(QStringLiteral("; "))));
        QCOMPARE(gaveUp.load(), 0);
        // A cut batch comes back as duplicates (one terminal may be cut twice, and a request that timed
        // out after the platform applied it adds more); the ledger below holds each sale once.
        QVERIFY(failedCycles.load() >= cut);
        QCOMPARE(accepted.load() + duplicate.load(), events);
        if (cut > 0)
            QVERIFY(duplicate.load() >= kEventsPerTerminal);
        for (int i = 0; i < terminals; ++i)
            QCOMPARE(m_fleet[i]->pending(), qint64(0));
        int sales = 0;
        QVERIFY2(platformSales(sales), "the platform holds a sale twice");
        QCOMPARE(sales, m_salesMade);
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
