// Hostile QR payloads through the window (docs/reliability.md, section 6): the real terminal UI
// (ui/terminalui.h) offscreen in kiosk mode, where an accepted scan is redeemed at once, gets every
// payload of tests/fixtures/hostile-qr as a scanner hands it over (AppServices::submitScannedCode, where
// the keyboard wedge and the camera deliver; the short ones also as key presses through the real wedge
// filter). Each ends in a refusal with its reason on screen; nothing on screen or in the log carries a
// control or bidi character; the database is exactly as before; and the window stays usable: a valid
// code afterwards is accepted (and redeemed, which the database comparison sees).
#include "app/demodata.h"
#include "core/codedisplay.h"
#include "tests/support/databasedigest.h"
#include "tests/support/hostilepayloads.h"
#include "tests/ui/mainwindow.h"
#include "ui/appservices.h"
#include "ui/redemptioncontroller.h"
#include "ui/terminalui.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMutex>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

namespace {

// Every log line of the run, to check that no hostile text reached the log raw.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void keepLog(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestHostileQrWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    QString m_validCode;
    std::unique_ptr<TerminalUi> m_ui;
    qint64 m_ms = 1'000'000;
    int m_refused = 0;
    int m_typed = 0;
    QElapsedTimer m_clock;

    QString text(const char* name) {
        QQuickItem* item = m_ui->window()->findChild<QQuickItem*>(QString::fromLatin1(name));
        return item ? item->property("text").toString()
                    : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
    }
    RedemptionController* counter() { return m_ui->services().redemption(); }

    // Keys 6 ms apart and an Enter: a handheld scanner, through the wedge filter on the application.
    void typeAsScanner(const QString& code) {
        m_ms += 1000;
        for (const QChar c : code) {
            m_ms += 6;
            QKeyEvent event(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            event.setTimestamp(quint64(m_ms));
            QCoreApplication::sendEvent(m_ui->window(), &event);
        }
        m_ms += 6;
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        enter.setTimestamp(quint64(m_ms));
        QCoreApplication::sendEvent(m_ui->window(), &enter);
    }

    /** The verdict on screen after a scan: refused for `reason`, in safe text, the field as shownCode. */
    void checkRefusedOnScreen(const QString& scanned, const QString& reason) {
        const VerdictView verdict = counter()->verdict();
        QCOMPARE(verdict.state, VerdictView::State::Refused);
        QCOMPARE(verdict.reasonCode(), reason);
        QVERIFY(!verdict.redeemed());
        QTRY_VERIFY(!text("verdictTitle").isEmpty());
        QVERIFY(m_ui->window()->findChild<QQuickItem*>(QStringLiteral("verdictPanel"))->isVisible());
        QTRY_VERIFY(!text("verdictMessage").isEmpty()); // the reason in the cashier's words
        for (const char* name :
             {"verdictTitle", "verdictMessage", "verdictDetail", "verdictFacts", "codeField"})
            QVERIFY2(!test::hasUnsafeCharacters(text(name)), name);
        QCOMPARE(text("codeField"), shownCode(scanned));
    }

private Q_SLOTS:
    void initTestCase() {
        m_clock.start();
        QVERIFY(m_data.isValid());
        auto seeded = seedDemoData(m_data.path(), 1);
        QVERIFY2(seeded.has_value(), seeded ? "" : qPrintable(seeded.error().message));
        for (const VoucherRecord& r : seeded->vouchers)
            if (r.voucher.description.startsWith(QStringLiteral("Free coffee")))
                m_validCode = r.code;
        QVERIFY(!m_validCode.isEmpty());
        QVERIFY(test::hostilePayloads().size() >= 40);

        // Debug lines too: the counter logs each request with the masked code.
        QLoggingCategory::setFilterRules(QStringLiteral("o2o.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(keepLog);

        TerminalUiOptions options;
        options.firstRunWizard = false;
        options.dataDir = m_data.path();
        options.sync = false;
        options.camera = false;
        options.kiosk = true; // an accepted scan is redeemed at once: the harshest place for a hostile one
        m_ui = std::make_unique<TerminalUi>(options);
        QVERIFY(m_ui->load());
        m_ui->window()->resize(800, 480);
        m_ui->window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_ui->window()));
        QVERIFY(counter()->kiosk());
    }
    void init() { test::failOnQmlWarnings(); }

    void refusedOnScreenWithoutSideEffect_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        for (const test::HostilePayload& p : test::hostilePayloads())
            QTest::newRow(qPrintable(p.file)) << p.bytes << p.reason;
    }
    void refusedOnScreenWithoutSideEffect() {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        const QString scanned = QString::fromUtf8(payload); // what ZXing and the wedge hand over: text
        const test::DatabaseDigest before = test::databaseDigest(m_data.path());
        QVERIFY(!before.rows.isEmpty());

        QSignalSpy verdicts(counter(), &RedemptionController::verdictReady);
        m_ui->services().submitScannedCode(scanned);
        QTRY_COMPARE(verdicts.size(), 1);
        checkRefusedOnScreen(scanned, reason);

        // Short payloads a keyboard can type also as key presses through the real wedge filter. Line
        // breaks and tabs would end the burst early (a scanner's suffix), so those go only the first way.
        const bool typeable = !scanned.isEmpty() && scanned.size() <= 600 && !scanned.contains(u'\r') &&
                              !scanned.contains(u'\n') && !scanned.contains(u'\t');
        if (typeable) {
            typeAsScanner(scanned);
            QTRY_COMPARE(verdicts.size(), 2);
            checkRefusedOnScreen(scanned, reason);
            ++m_typed;
        }

        const test::DatabaseDigest after = test::databaseDigest(m_data.path());
        QVERIFY2(after == before, qPrintable(before.describe() + QStringLiteral(" -> ") + after.describe()));
        ++m_refused;
    }

    // Nothing hostile reached the log raw: every line of the run is free of control and bidi characters.
    void logStayedClean() {
        QMutexLocker lock(&g_logMutex);
        QVERIFY(g_log.size() >= m_refused); // the counter logged each request
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!test::hasUnsafeCharacters(line), qPrintable(line.toUtf8().toPercentEncoding()));
        QVERIFY(std::none_of(g_log.cbegin(), g_log.cend(), [](const QString& l) { return l.size() > 2000; }));
    }

    // The window is still usable, and a redemption does change what the comparison above compared.
    void validCodeAfterwardsIsAccepted() {
        const test::DatabaseDigest before = test::databaseDigest(m_data.path());
        QSignalSpy verdicts(counter(), &RedemptionController::verdictReady);
        typeAsScanner(m_validCode);
        QTRY_COMPARE(verdicts.size(), 1);
        QCOMPARE(counter()->verdict().state, VerdictView::State::Accepted);
        QVERIFY(counter()->verdict().redeemed());
        QTRY_COMPARE(text("verdictTitle"), QStringLiteral("ACCEPTED"));
        const test::DatabaseDigest after = test::databaseDigest(m_data.path());
        QCOMPARE(after.rows.value(QStringLiteral("redemptions")),
                 before.rows.value(QStringLiteral("redemptions")) + 1);
        QVERIFY(after.sha256 != before.sha256);
        qInfo("hostile QR through the window: %d payloads refused on screen with their reason and no side "
              "effect (%d also typed through the wedge), a valid code accepted afterwards, %.1f s",
              m_refused, m_typed, double(m_clock.elapsed()) / 1000);
    }

    void cleanupTestCase() {
        m_ui.reset();
        qInstallMessageHandler(g_previousHandler);
    }
};

QTEST_MAIN(TestHostileQrWindow)
#include "tst_hostileqrwindow.moc"
