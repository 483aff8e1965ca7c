// Retry timing: exponential backoff with full jitter, never below Retry-After (docs/protocol.md).
#include "sync/backoff.h"

#include <QTest>

using namespace o2o;

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void delays_data() {
        QTest::addColumn<int>("failures");  // failures before the one measured
        QTest::addColumn<double>("random"); // what the random source returns
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first, top of range") << 0 << 0.999999 << qint64(-1) << qint64(999);
        QTest::newRow("first, bottom") << 0 << 0.0 << qint64(-1) << qint64(0);
        QTest::newRow("third, half") << 2 << 0.5 << qint64(-1) << qint64(2'000);
        QTest::newRow("ninth, capped") << 8 << 0.5 << qint64(-1) << qint64(128'000);
        QTest::newRow("tenth, capped at 300 s") << 9 << 0.5 << qint64(-1) << qint64(150'000);
        QTest::newRow("hundredth, still capped") << 99 << 1.0 << qint64(-1) << qint64(300'000);
        QTest::newRow("retry-after above the draw") << 0 << 0.5 << qint64(30) << qint64(30'000);
        QTest::newRow("draw above retry-after") << 9 << 0.5 << qint64(30) << qint64(150'000);
        QTest::newRow("retry-after zero") << 0 << 0.5 << qint64(0) << qint64(500);
        QTest::newRow("absurd retry-after capped at an hour")
            << 0 << 0.0 << qint64(86'400 * 365) << qint64(3'600'000);
    }
    void delays() {
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, expectedMs);
        Backoff backoff([random] { return random; });
        for (int i = 0; i < failures; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.nextDelayMs(retryAfter), expectedMs);
        QCOMPARE(backoff.attempt(), failures + 1);
    }

    // A terminal that drew short waits counts attempts fast; the outage's age still bounds its ceiling, so
    // it does not sleep through most of the time after the platform is back (tst_fleet measures it).
    void ceilingBoundedByHowLongFailuresLasted_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("failingForMs");
        QTest::addColumn<qint64>("expectedCeilingMs");
        QTest::newRow("unknown age: exponential") << 5 << qint64(-1) << qint64(32'000);
        QTest::newRow("sixth failure after 3 s") << 5 << qint64(3'000) << qint64(3'000);
        QTest::newRow("just failed: the base") << 5 << qint64(0) << qint64(1'000);
        QTest::newRow("long outage, few attempts: exponential") << 3 << qint64(3'600'000) << qint64(8'000);
        QTest::newRow("long outage, many attempts: the cap") << 20 << qint64(3'600'000) << qint64(300'000);
    }
    void ceilingBoundedByHowLongFailuresLasted() {
        QFETCH(int, failures);
        QFETCH(qint64, failingForMs);
        QFETCH(qint64, expectedCeilingMs);
        Backoff backoff([] { return 0.5; });
        for (int i = 0; i < failures; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.ceilingMs(failingForMs), expectedCeilingMs);
        QCOMPARE(backoff.nextDelayMs(-1, failingForMs), expectedCeilingMs / 2);
    }

    void resetStartsOver() {
        Backoff backoff([] { return 0.999999; });
        for (int i = 0; i < 5; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.ceilingMs(), qint64(32'000));
        backoff.reset();
        QCOMPARE(backoff.ceilingMs(), qint64(1'000));
    }

    void realJitterStaysInRange() {
        Backoff backoff;
        for (int i = 0; i < 200; ++i) {
            const qint64 ceiling = backoff.ceilingMs();
            const qint64 delay = backoff.nextDelayMs();
            QVERIFY(delay >= 0 && delay <= ceiling);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
