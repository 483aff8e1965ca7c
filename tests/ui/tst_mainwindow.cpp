#include "sync/syncworker.h"
#include "tests/support/testsupport.h"
#include "tests/ui/mainwindow.h"
#include "ui/redemptioncontroller.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

// The counter screen rendered offscreen: type a code, press Redeem, read the verdict off the pixels.
// Every test fails on a QML warning: a binding to a property the typed controllers lack shows up here.
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
    void init() { test::failOnQmlWarnings(); }

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

        // The verdict fills the screen: the next customer brings the field and its Redeem back.
        click(window, item(window, "nextButton"));
        QTRY_COMPARE(title->property("text").toString(), QStringLiteral("Ready to scan"));
        item(window, "codeField")->setProperty("text", QStringLiteral("SCREEN-1"));
        click(window, item(window, "redeemButton"));
        QTRY_COMPARE(verdicts.size(), 2);
        QTRY_COMPARE(title->property("text").toString(), QStringLiteral("REFUSED"));
        // The refusal says when, where and by whom (the worker redeems as $USER), and that the platform
        // has not heard of it yet.
        const QRegularExpression usedHere(
            QStringLiteral(
                "^Already used today at \\d\\d:\\d\\d on this terminal by %1 \\(not yet uploaded\\)$")
                .arg(QRegularExpression::escape(qEnvironmentVariable("USER", QStringLiteral("terminal")))));
        QVERIFY2(usedHere.match(text(window, "verdictMessage")).hasMatch(),
                 qPrintable(text(window, "verdictMessage")));
        const QColor refused = panelColour(window);
        QVERIFY2(refused.red() > 150 && refused.green() < 80, qPrintable(refused.name()));
        window->grabWindow().save(QStringLiteral("tst_mainwindow-refused.png"));
    }

    // What the panel says comes from the typed verdict alone: accepted, refused, and a refusal that asks
    // the cashier for something (the amount to take from a card).
    void verdictTexts_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("redeem");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("reason");
        const QString accepted = QStringLiteral("Accepted.");
        QTest::newRow("pass redeemed")
            << QStringLiteral("PASS-1") << true << QString() << QStringLiteral("ACCEPTED") << accepted
            << QStringLiteral("Test voucher \u2014 4 of 5 uses left") << QString();
        QTest::newRow("deal checked")
            << QStringLiteral("DEAL-1") << false << QString() << QStringLiteral("VALID") << accepted
            << QStringLiteral("Test voucher") << QString();
        QTest::newRow("pickup redeemed")
            << QStringLiteral("PICKUP-1") << true << QString() << QStringLiteral("ACCEPTED") << accepted
            << QStringLiteral("Test voucher \u2014 Hand over: 2 coffees, 1 cake") << QString();
        QTest::newRow("card debited")
            << QStringLiteral("CARD-1") << true << QStringLiteral("12.50") << QStringLiteral("ACCEPTED")
            << accepted << QStringLiteral("Test voucher \u2014 Balance 87.50 EUR") << QString();
        QTest::newRow("unknown refused")
            << QStringLiteral("NOBODY-1") << true << QString() << QStringLiteral("REFUSED")
            << QStringLiteral("This code is not known here.") << QString() << QStringLiteral("unknown_code");
        // A card without an amount asks for one (amber, the amount keys, the balance beside them).
        QTest::newRow("card needs the amount")
            << QStringLiteral("CARD-1") << true << QString() << QStringLiteral("ENTER AMOUNT")
            << QStringLiteral("Enter the amount to take from the card.") << QStringLiteral("Test voucher")
            << QStringLiteral("amount_required");
    }
    void verdictTexts() {
        QFETCH(QString, code);
        QFETCH(bool, redeem);
        QFETCH(QString, amount);
        QFETCH(QString, title);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QFETCH(QString, reason);
        test::TempTerminal terminal;
        VoucherRecord pickup = test::voucherRecord(QStringLiteral("PICKUP-1"), VoucherKind::PickupOrder);
        pickup.voucher.items = {QStringLiteral("2 coffees"), QStringLiteral("1 cake")};
        terminal.add({test::voucherRecord(QStringLiteral("PASS-1"), VoucherKind::MultiUse),
                      test::voucherRecord(QStringLiteral("DEAL-1")), pickup,
                      test::voucherRecord(QStringLiteral("CARD-1"), VoucherKind::StoredValue)});
        terminal.db.reset();

        test::MainControllers controllers(terminal.dataDir());
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        QSignalSpy verdicts(&controllers.redemption, &RedemptionController::verdictReady);
        if (redeem)
            controllers.redemption.redeem(code, amount, 1);
        else
            controllers.redemption.check(code);
        QTRY_COMPARE(verdicts.size(), 1);
        const auto verdict = verdicts.at(0).at(0).value<VerdictView>();
        QCOMPARE(verdict, controllers.redemption.verdict());
        QCOMPARE(verdict.reasonCode(), reason);
        QCOMPARE(verdict.redeemed(), title == QStringLiteral("ACCEPTED"));
        QCOMPARE(verdict.hasLatency(), false); // typed in, not from a camera
        QTRY_COMPARE(text(window, "verdictTitle"), title);
        QCOMPARE(text(window, "verdictMessage"), message);
        QCOMPARE(text(window, "verdictDetail"), detail);
        QCOMPARE(item(window, "latencyLabel")->isVisible(), false);

        // Next customer: back to the empty panel.
        controllers.redemption.clear();
        QCOMPARE(controllers.redemption.verdict().shown(), false);
        QCOMPARE(text(window, "verdictTitle"), QStringLiteral("Ready to scan"));
        QCOMPARE(text(window, "verdictMessage"), QString());
        QCOMPARE(text(window, "verdictDetail"), QString());
    }

    // The terminal cannot answer at all (its data directory is a file): an error, not a refusal.
    void failureShowsTheError() {
        test::TempTerminal terminal;
        terminal.db.reset();
        const QString notADirectory = terminal.dir.filePath(QStringLiteral("not-a-directory"));
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        test::MainControllers controllers(notADirectory);
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        QSignalSpy verdicts(&controllers.redemption, &RedemptionController::verdictReady);
        controllers.redemption.check(QStringLiteral("ANY-1"));
        QTRY_COMPARE(verdicts.size(), 1);
        const VerdictView verdict = controllers.redemption.verdict();
        QCOMPARE(verdict.state, VerdictView::State::Failed);
        QVERIFY(!verdict.message.isEmpty());
        QTRY_COMPARE(text(window, "verdictTitle"), QStringLiteral("ERROR"));
        QCOMPARE(text(window, "verdictMessage"), verdict.message);
    }

    // The guard in init() can fail: reading a property the controller lacks (the old string-keyed map)
    // warns in the words it looks for.
    void readingAMissingPropertyWarns() {
        test::TempTerminal terminal;
        terminal.db.reset();
        test::MainControllers controllers(terminal.dataDir());
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport O2O.Ui\n"
                          "Item {\n"
                          "    required property RedemptionController controller\n"
                          "    property string title: controller.result.verdict\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Probe.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        QTest::ignoreMessage(QtWarningMsg, test::qmlWarningPattern());
        std::unique_ptr<QObject> probe(component.createWithInitialProperties(
            {{QStringLiteral("controller"), QVariant::fromValue(&controllers.redemption)}}));
        QVERIFY(probe);
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
