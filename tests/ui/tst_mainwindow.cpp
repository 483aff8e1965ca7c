#include "sync/syncworker.h"
#include "tests/support/testsupport.h"
#include "tests/ui/mainwindow.h"
#include "ui/redemptioncontroller.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

// The counter screen rendered offscreen: type a code, press Redeem, read the verdict off the pixels.
class TestMainWindow : public QObject {
    Q_OBJECT

    static QQuickItem* item(QQuickWindow* window, const char* name) {
        QQuickItem* found = window->findChild<QQuickItem*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no item named %s", name);
        return found;
    }
    static QString text(QQuickWindow* window, const char* name) {
        return item(window, name)->property("text").toString();
    }

    static void click(QQuickWindow* window, QQuickItem* target) {
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    static QColor panelColour(QQuickWindow* window) {
        QQuickItem* panel = item(window, "verdictPanel");
        const QImage shot = window->grabWindow();
        const QPointF corner = panel->mapToScene(QPointF(12, panel->height() - 12));
        return shot.pixelColor(corner.toPoint());
    }

private Q_SLOTS:
    void redeemShowsVerdict() {
        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(QStringLiteral("SCREEN-1"))});
        terminal.db.reset();

        test::MainControllers controllers(terminal.dataDir());
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QQuickItem* title = item(window, "verdictTitle");
        QCOMPARE(title->property("text").toString(), QStringLiteral("Ready to scan"));
        item(window, "codeField")->setProperty("text", QStringLiteral("SCREEN-1"));
        QSignalSpy verdicts(&controllers.redemption, &RedemptionController::verdictReady);
        click(window, item(window, "redeemButton"));
        QTRY_COMPARE(verdicts.size(), 1);
        QTRY_COMPARE(title->property("text").toString(), QStringLiteral("ACCEPTED"));
        const QColor accepted = panelColour(window);
        QVERIFY2(accepted.green() > 100 && accepted.red() < 60, qPrintable(accepted.name()));
        window->grabWindow().save(QStringLiteral("tst_mainwindow-accepted.png"));

        click(window, item(window, "redeemButton"));
        QTRY_COMPARE(verdicts.size(), 2);
        QTRY_COMPARE(title->property("text").toString(), QStringLiteral("REFUSED"));
        QCOMPARE(text(window, "verdictMessage"), QStringLiteral("Already used."));
        const QColor refused = panelColour(window);
        QVERIFY2(refused.red() > 150 && refused.green() < 80, qPrintable(refused.name()));
        window->grabWindow().save(QStringLiteral("tst_mainwindow-refused.png"));
    }

    // Started offline, the header says how old the data is at once, with the date when it is not today's.
    void dataAgeIsShownFromTheStart_data() {
        QTest::addColumn<QDateTime>("current");
        QTest::addColumn<QString>("expected");
        const QDateTime today(QDate::currentDate(), QTime(0, 1));
        const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(14, 5));
        QTest::newRow("today") << today << QStringLiteral("Offline \u00b7 data from 00:01");
        QTest::newRow("yesterday") << yesterday
                                   << QStringLiteral("Offline \u00b7 data from ") +
                                          QLocale().toString(yesterday, QLocale::ShortFormat);
        QTest::newRow("never synced") << QDateTime() << QStringLiteral("Offline");
    }
    void dataAgeIsShownFromTheStart() {
        QFETCH(QDateTime, current);
        QFETCH(QString, expected);
        test::TempTerminal terminal;
        terminal.db.reset();
        test::MainControllers controllers(terminal.dataDir());
        controllers.syncStatus.setDataCurrentAt(current.isValid() ? current.toMSecsSinceEpoch() : 0);
        QCOMPARE(controllers.syncStatus.text(), expected);
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        const QString shown = text(window, "syncLabel");
        QVERIFY2(shown.endsWith(QStringLiteral(" ") + expected), qPrintable(shown)); // after its symbol
    }

    // Why sync failed is read from the error code: only "not enrolled" has words of its own.
    void syncProblemFromTheErrorCode_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not enrolled")
            << int(ErrorCode::NotEnrolled) << QStringLiteral("Offline \u00b7 not enrolled");
        QTest::newRow("network") << int(ErrorCode::Io) << QStringLiteral("Offline \u00b7 no platform");
        QTest::newRow("certificate") << int(ErrorCode::Crypto)
                                     << QStringLiteral("Offline \u00b7 no platform");
    }
    void syncProblemFromTheErrorCode() {
        QFETCH(int, code);
        QFETCH(QString, expected);
        SyncStatusController status;
        QSignalSpy changed(&status, &SyncStatusController::changed);
        status.cycleFailed(ErrorCode(code));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.text(), expected);
        status.cycleCompleted(); // the problem is gone, and the data is from now
        QVERIFY2(status.text().startsWith(QStringLiteral("Offline \u00b7 data from ")),
                 qPrintable(status.text()));
    }

    // The whole path: a terminal that was never enrolled, its sync worker, the header.
    void notEnrolledTerminalSaysSo() {
        test::TempTerminal terminal;
        terminal.db.reset();
        test::MainControllers controllers(terminal.dataDir());
        SyncThread sync(terminal.dataDir());
        controllers.syncStatus.follow(sync.worker());
        // The worker's first cycle may have ended before follow(): ask for one more.
        QMetaObject::invokeMethod(sync.worker(), &SyncWorker::syncNow);
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        QTRY_COMPARE(text(window, "syncLabel"), QStringLiteral("\u25cb Offline \u00b7 not enrolled"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
