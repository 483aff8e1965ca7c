#include "store/redemptionservice.h"
#include "store/terminalstatus.h"
#include "tests/support/testsupport.h"
#include "tests/ui/mainwindow.h"

#include <QDateTime>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

// The status bar tells the truth: downloading is not offline, events waiting are counted from the
// database, the data's age against the warning and stop thresholds, and a clock set behind the platform.
class TestStatusBar : public QObject {
    Q_OBJECT

    static constexpr qint64 kMinuteMs = 60 * 1000;

private Q_SLOTS:
    void init() { test::failOnQmlWarnings(); }

    void dataAgeAgainstThresholds_data() {
        QTest::addColumn<bool>("enrolled");
        QTest::addColumn<qint64>("ageMinutes"); // -1: never downloaded
        QTest::addColumn<int>("warnMinutes");
        QTest::addColumn<int>("offlineMaxHours");
        QTest::addColumn<bool>("online");
        QTest::addColumn<int>("expected");
        using A = SyncStatusController::DataAge;
        QTest::newRow("fresh") << true << 10LL << 60 << 24 << false << int(A::Fresh);
        QTest::newRow("past the warning") << true << 61LL << 60 << 24 << false << int(A::Warning);
        QTest::newRow("past the offline hours") << true << 25 * 60LL << 60 << 24 << false << int(A::Stop);
        QTest::newRow("old but online: only a warning")
            << true << 25 * 60LL << 60 << 24 << true << int(A::Warning);
        QTest::newRow("no offline limit") << true << 100 * 60LL << 60 << -1 << false << int(A::Warning);
        QTest::newRow("enrolled, never downloaded") << true << -1LL << 60 << 24 << false << int(A::Never);
        QTest::newRow("no platform at all (demo)") << false << -1LL << 60 << 24 << false << int(A::Fresh);
    }
    void dataAgeAgainstThresholds() {
        QFETCH(bool, enrolled);
        QFETCH(qint64, ageMinutes);
        QFETCH(int, warnMinutes);
        QFETCH(int, offlineMaxHours);
        QFETCH(bool, online);
        QFETCH(int, expected);
        SyncStatusController bar;
        TerminalStatus status;
        status.enrolled = enrolled;
        status.vouchersMs = ageMinutes < 0 ? 0 : QDateTime::currentMSecsSinceEpoch() - ageMinutes * kMinuteMs;
        status.dataAgeWarnMinutes = warnMinutes;
        status.offlineMaxHours = offlineMaxHours;
        bar.setStatus(status);
        bar.setOnline(online);
        QCOMPARE(int(bar.dataAge()), expected);
        QCOMPARE(bar.dataAgeText().isEmpty(), expected == int(SyncStatusController::DataAge::Fresh));
    }

    void firstDownloadIsNotOffline() {
        SyncStatusController bar;
        TerminalStatus status;
        status.enrolled = true;
        bar.setStatus(status);
        QCOMPARE(bar.downloading(), false);
        bar.cycleStarted();
        QCOMPARE(bar.downloading(), true);
        QCOMPARE(bar.text(), QStringLiteral("Downloading the platform's data"));
        bar.cycleFailed(ErrorCode::Io);
        QCOMPARE(bar.downloading(), false);
        QVERIFY(bar.text().startsWith(QStringLiteral("Offline")));
        // Once data has arrived, a cycle is no longer "downloading".
        status.vouchersMs = QDateTime::currentMSecsSinceEpoch();
        bar.setStatus(status);
        bar.cycleStarted();
        QCOMPARE(bar.downloading(), false);
    }

    void clockBehindThePlatform() {
        SyncStatusController bar;
        TerminalStatus status;
        status.platformTimeMs = QDateTime::currentMSecsSinceEpoch() + 4 * kMinuteMs;
        bar.setStatus(status);
        QCOMPARE(bar.clockBehind(), false); // within the five minutes the rules allow
        status.platformTimeMs = QDateTime::currentMSecsSinceEpoch() + 6 * kMinuteMs;
        bar.setStatus(status);
        QCOMPARE(bar.clockBehind(), true);
    }

    // A redemption in the real database shows as an event waiting, in the banner, while offline.
    void waitingEventsFromTheDatabase() {
        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(QStringLiteral("STATUS-BAR-1"))});
        terminal.db.reset();
        test::MainControllers controllers(terminal.dataDir());
        controllers.syncStatus.watch(&controllers.database, false);
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        auto* banner = window->findChild<QQuickItem*>(QStringLiteral("statusBanner"));
        auto* pending = window->findChild<QQuickItem*>(QStringLiteral("pendingChip"));
        QVERIFY(banner && pending);
        QTRY_COMPARE(banner->isVisible(), false);

        QSignalSpy verdicts(&controllers.redemption, &RedemptionController::verdictReady);
        connect(&controllers.redemption, &RedemptionController::verdictReady, &controllers.syncStatus,
                &SyncStatusController::refresh);
        controllers.redemption.redeem(QStringLiteral("STATUS-BAR-1"), {}, 1);
        QTRY_COMPARE(verdicts.size(), 1);
        QVERIFY(verdicts.at(0).at(0).value<VerdictView>().redeemed());
        QTRY_COMPARE(controllers.syncStatus.pendingEvents(), 1);
        QTRY_COMPARE(banner->isVisible(), true);
        QCOMPARE(pending->isVisible(), true);
        QVERIFY(pending->property("text").toString().contains(QStringLiteral("1 waiting to upload")));
    }
};

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
