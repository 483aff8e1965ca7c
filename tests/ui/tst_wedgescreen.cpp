#include "scanner/wedgeeventfilter.h"
#include "tests/support/testsupport.h"
#include "tests/ui/mainwindow.h"
#include "ui/redemptioncontroller.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

// The counter screen with the wedge filter wired as app/gui.cpp wires it: a scan goes to the redemption
// core and its verdict is shown, and the code field with focus never shows the scanned characters.
class TestWedgeScreen : public QObject {
    Q_OBJECT

    qint64 m_ms = 1'000'000;

    void press(QWindow* window, int key, const QString& text, int gapMs) {
        m_ms += gapMs;
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
        event.setTimestamp(quint64(m_ms));
        QCoreApplication::sendEvent(window, &event);
    }
    void scan(QWindow* window, const QString& code) {
        for (const QChar c : code)
            press(window, Qt::Key_unknown, QString(c), 6);
        press(window, Qt::Key_Return, QStringLiteral("\r"), 6);
    }

private Q_SLOTS:
    void init() { test::failOnQmlWarnings(); }

    void scanReachesTheCoreFromTheCounterScreen() {
        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(QStringLiteral("WEDGE-SCAN-1"))});
        terminal.db.reset();

        test::MainControllers controllers(terminal.dataDir());
        RedemptionController& controller = controllers.redemption;
        QQmlApplicationEngine engine;
        WedgeEventFilter wedge; // after the engine, as in app/gui.cpp
        connect(&wedge, &WedgeEventFilter::codeScanned, &controller,
                &RedemptionController::submitScannedCode);
        qApp->installEventFilter(&wedge);
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem* codeField = window->findChild<QQuickItem*>(QStringLiteral("codeField"));
        QVERIFY(codeField);
        QTRY_VERIFY(codeField->hasActiveFocus());

        QSignalSpy verdicts(&controller, &RedemptionController::verdictReady);
        QSignalSpy scanned(&controller, &RedemptionController::codeScanned);
        scan(window, QStringLiteral("WEDGE-SCAN-1"));
        QTRY_COMPARE(verdicts.size(), 1);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("WEDGE-SCAN-1"));
        const auto accepted = verdicts.at(0).at(0).value<VerdictView>();
        QCOMPARE(accepted.state, VerdictView::State::Accepted);
        QCOMPARE(accepted.redeemed(), false); // a scan checks, never redeems
        // The screen puts the scanned code in the field (for Redeem); no scanned key was typed into it.
        QCOMPARE(codeField->property("text").toString(), QStringLiteral("WEDGE-SCAN-1"));

        // A hostile code is only text to the core: refused as not a voucher code, nothing typed anywhere.
        m_ms += 500;
        const QString hostile = QStringLiteral("\x1b[2J\x01") + QString(600, u'X');
        scan(window, hostile);
        QTRY_COMPARE(verdicts.size(), 2);
        const auto refused = verdicts.at(1).at(0).value<VerdictView>();
        QCOMPARE(refused.state, VerdictView::State::Refused);
        QCOMPARE(refused.reason, Reason::Malformed);
        // The field shows it without its controls, cut: a genuine code is never that long.
        QCOMPARE(codeField->property("text").toString(),
                 QChar(0xFFFD) + QStringLiteral("[2J") + QChar(0xFFFD) + QString(43, u'X') + QChar(0x2026));

        // The cashier's own typing still reaches the field.
        codeField->setProperty("text", QString());
        press(window, Qt::Key_A, QStringLiteral("a"), 400);
        press(window, Qt::Key_B, QStringLiteral("b"), 180);
        QTRY_COMPARE(codeField->property("text").toString(), QStringLiteral("ab"));
        QCOMPARE(verdicts.size(), 2);
    }
};

QTEST_MAIN(TestWedgeScreen)
#include "tst_wedgescreen.moc"
