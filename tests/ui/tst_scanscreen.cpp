// The scan screen as the terminal runs it (ui/terminalui.h on demo data): a video with a QR code played
// through the camera path ends in a verdict on screen; a handheld scanner's scan is never lost while a
// choice is open (it replaces the pending choice, nothing is redeemed); kiosk mode redeems at once and
// resets the screen by itself.
#include "app/demodata.h"
#include "app/demostaff.h"
#include "scanner/qrimage.h"
#include "tests/ui/mainwindow.h"
#include "ui/appservices.h"
#include "ui/redemptioncontroller.h"
#include "ui/screenshotplan.h"
#include "ui/terminalui.h"

#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

namespace {

// 1280x720 frames, the code in view after a moment, encoded as H.264 (the camera's YUV 4:2:0).
QString makeVideo(const QString& dir, const QString& code) {
    const QImage qr = renderQrCode(code, 320);
    for (int i = 0; i < 75; ++i) {
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(QColor(235, 230, 220));
        if (i >= 10) {
            QPainter painter(&frame);
            painter.drawImage(QPoint(480 + (i % 7) * 3, 200 + (i % 5) * 2), qr);
        }
        if (!frame.save(QStringLiteral("%1/f%2.png").arg(dir).arg(i, 4, 10, QLatin1Char('0'))))
            return {};
    }
    const QString video = dir + QStringLiteral("/scan.mp4");
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-framerate"), QStringLiteral("30"), QStringLiteral("-i"),
                  dir + QStringLiteral("/f%04d.png"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                  QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0)
        return {};
    return video;
}

} // namespace

class TestScanScreen : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    QHash<QString, QString> m_codes;
    qint64 m_ms = 1'000'000;

    std::unique_ptr<TerminalUi> makeUi(const QString& video = {}, bool kiosk = false,
                                       const QString& dataDir = {}) {
        TerminalUiOptions options;
        options.firstRunWizard = !dataDir.isEmpty(); // a fresh terminal of its own: the wizard may open
        options.dataDir = dataDir.isEmpty() ? m_data.path() : dataDir;
        options.sync = false;
        options.camera = false;
        options.scanVideo = video;
        options.kiosk = kiosk;
        auto ui = std::make_unique<TerminalUi>(options);
        if (!ui->load())
            return nullptr;
        ui->window()->resize(800, 480);
        return ui;
    }
    static QQuickItem* item(TerminalUi& ui, const char* name) {
        QQuickItem* found = ui.window()->findChild<QQuickItem*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no item named %s", name);
        return found;
    }
    // Through the visual tree too: a Repeater's items (the checklist) are no QObject children.
    static QQuickItem* findVisual(QQuickItem* under, const QString& name) {
        for (QQuickItem* child : under->childItems()) {
            if (child->objectName() == name)
                return child;
            if (QQuickItem* found = findVisual(child, name))
                return found;
        }
        return nullptr;
    }
    static QQuickItem* find(TerminalUi& ui, const char* name) {
        return findVisual(ui.window()->contentItem(), QString::fromLatin1(name));
    }
    static QString text(TerminalUi& ui, const char* name) {
        return item(ui, name)->property("text").toString();
    }

    // Keys 6 ms apart with an Enter: a handheld scanner (the wedge filter on the application catches it).
    void scan(QWindow* window, const QString& code) {
        m_ms += 1000;
        for (const QChar c : code) {
            m_ms += 6;
            QKeyEvent event(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            event.setTimestamp(quint64(m_ms));
            QCoreApplication::sendEvent(window, &event);
        }
        m_ms += 6;
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        enter.setTimestamp(quint64(m_ms));
        QCoreApplication::sendEvent(window, &enter);
    }

private Q_SLOTS:
    // A new terminal (not enrolled, nobody on its staff) opens the installer's wizard by itself; one with
    // staff opens at the counter.
    void aNewTerminalOpensTheWizard() {
        QTemporaryDir fresh;
        auto ui = makeUi({}, false, fresh.path());
        QVERIFY(ui);
        QTRY_COMPARE(ui->window()->property("currentScreen").toString(), QStringLiteral("wizard"));
        QVERIFY(find(*ui, "wizardScreen"));
        ui.reset();

        // The demo data's terminal has vouchers but no staff and is not enrolled: the same; once staff
        // exist, it is a terminal in service and starts at the counter.
        QTemporaryDir staffed;
        QVERIFY(seedDemoData(staffed.path()));
        QVERIFY(seedDemoStaff(staffed.path()));
        ui = makeUi({}, false, staffed.path());
        QVERIFY(ui);
        QTest::qWait(300);
        QCOMPARE(ui->window()->property("currentScreen").toString(), QStringLiteral("counter"));
        QVERIFY(!find(*ui, "wizardScreen"));
    }

    void initTestCase() {
        QVERIFY(m_data.isValid());
        auto seeded = seedDemoData(m_data.path());
        QVERIFY2(seeded.has_value(), seeded ? "" : qPrintable(seeded.error().message));
        m_codes = readDemoCodes(m_data.path());
        QVERIFY(!m_codes.value(QStringLiteral("demo-deal")).isEmpty());
    }
    void init() { test::failOnQmlWarnings(); }

    // End to end: a video of a QR code through QMediaPlayer -> the pipeline's sink -> decoder -> the
    // counter; the verdict is read off the screen's own items, and the picture reached the screen.
    void videoThroughTheCameraPathEndsOnScreen() {
        QTemporaryDir frames;
        const QString video = makeVideo(frames.path(), m_codes.value(QStringLiteral("demo-deal")));
        QVERIFY2(!video.isEmpty(), "ffmpeg could not make the test video");
        auto ui = makeUi(video);
        QVERIFY(ui);
        RedemptionController* counter = ui->services().redemption();
        QVERIFY(QTest::qWaitForWindowExposed(ui->window()));
        QTRY_VERIFY_WITH_TIMEOUT(counter->cameraLive(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(text(*ui, "verdictTitle"), QStringLiteral("VALID"), 30000);
        QCOMPARE(text(*ui, "verdictMessage"), QStringLiteral("Accepted."));
        QCOMPARE(text(*ui, "verdictDetail"), QStringLiteral("Dinner for two, 50.00 off"));
        QCOMPARE(text(*ui, "verdictFacts").startsWith(QStringLiteral("Value 50.00 EUR")), true);
        QVERIFY(item(*ui, "verdictPanel")->isVisible());
        QVERIFY(item(*ui, "latencyLabel")->isVisible()); // it came from the camera
        QCOMPARE(text(*ui, "codeField"), m_codes.value(QStringLiteral("demo-deal")));
        QCOMPARE(counter->lastSound(), RedemptionController::Sound::Accepted);
        QCOMPARE(counter->verdict().redeemed(), false); // a counter confirms with Redeem
        QVERIFY(counter->previewSink() != nullptr);     // the VideoOutput took the frames
    }

    // A scan while each choice is open: the scanned code is checked and shown instead of the choice, the
    // choice's voucher keeps its uses/balance (nothing redeemed), and no scanned key lands in a field.
    void scanWhileAChoiceIsOpen_data() {
        QTest::addColumn<QString>("voucher");
        QTest::addColumn<QByteArray>("control");
        QTest::newRow("uses of a pass") << QStringLiteral("demo-pass") << QByteArray("usesPlus");
        QTest::newRow("amount from a card") << QStringLiteral("demo-gift-card") << QByteArray("amountField");
        QTest::newRow("pickup checklist") << QStringLiteral("demo-order-A1042") << QByteArray("itemCheck0");
        QTest::newRow("ticket admission") << QStringLiteral("demo-ticket") << QByteArray("admissionLabel");
    }
    void scanWhileAChoiceIsOpen() {
        QFETCH(QString, voucher);
        QFETCH(QByteArray, control);
        auto ui = makeUi();
        QVERIFY(ui);
        QQuickWindow* window = ui->window();
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        RedemptionController* counter = ui->services().redemption();
        QSignalSpy verdicts(counter, &RedemptionController::verdictReady);

        counter->check(m_codes.value(voucher));
        QTRY_COMPARE(verdicts.size(), 1);
        const VerdictView choice = counter->verdict();
        QVERIFY(choice.needsChoice());
        QTRY_VERIFY(item(*ui, "choicePanel")->isVisible());
        QTRY_VERIFY(find(*ui, control.constData()) && find(*ui, control.constData())->isVisible());
        if (control == "amountField") { // the amount field has the keyboard: the worst case
            QTRY_VERIFY(item(*ui, "amountField")->hasActiveFocus());
            item(*ui, "amountField")->setProperty("text", QStringLiteral("12"));
        }

        const QString deal = m_codes.value(QStringLiteral("demo-deal"));
        scan(window, deal);
        QTRY_COMPARE(verdicts.size(), 2);
        const VerdictView scanned = counter->verdict();
        QCOMPARE(scanned.state, VerdictView::State::Accepted);
        QCOMPARE(scanned.description, QStringLiteral("Dinner for two, 50.00 off"));
        QCOMPARE(scanned.redeemed(), false);
        QTRY_COMPARE(text(*ui, "verdictTitle"), QStringLiteral("VALID"));
        QVERIFY(!item(*ui, "choicePanel")->isVisible());
        QCOMPARE(text(*ui, "codeField"), deal);
        QCOMPARE(counter->lastSound(), RedemptionController::Sound::Accepted);
        if (control == "amountField") // the scan never typed into the focused amount field
            QCOMPARE(text(*ui, "amountField"), QString());

        // The choice's voucher is as it was: nothing was redeemed behind the cashier's back.
        counter->check(m_codes.value(voucher));
        QTRY_COMPARE(verdicts.size(), 3);
        const VerdictView again = counter->verdict();
        QCOMPARE(again.usesLeft, choice.usesLeft);
        QCOMPARE(again.balanceMinor, choice.balanceMinor);
        QVERIFY(again.needsChoice());
    }

    // Each verdict's sound is in the resources, a real WAV, and small.
    void soundsAreThere_data() {
        QTest::addColumn<int>("cue");
        QTest::newRow("accepted") << int(VerdictSounds::Cue::Accepted);
        QTest::newRow("refused") << int(VerdictSounds::Cue::Refused);
        QTest::newRow("choice") << int(VerdictSounds::Cue::Choice);
        QTest::newRow("failed") << int(VerdictSounds::Cue::Failed);
    }
    void soundsAreThere() {
        QFETCH(int, cue);
        const QString source = VerdictSounds::sourceOf(VerdictSounds::Cue(cue));
        QVERIFY(source.startsWith(QStringLiteral("qrc:/sounds/")));
        QFile file(source.mid(3)); // ":/sounds/..."
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source));
        const QByteArray wav = file.readAll();
        QVERIFY(wav.startsWith("RIFF") && wav.mid(8, 4) == "WAVE");
        QVERIFY2(wav.size() > 4000 && wav.size() < 30 * 1024, qPrintable(QString::number(wav.size())));
    }

    // Kiosk: a scanned code is redeemed without a tap; the countdown shows and the screen resets itself.
    void kioskRedeemsAndResets() {
        // A voucher of its own: the other tests check demo-deal and must find it unused.
        auto ui = makeUi({}, true);
        QVERIFY(ui);
        RedemptionController* counter = ui->services().redemption();
        QVERIFY(counter->kiosk());
        counter->setKioskResetSeconds(2);
        QSignalSpy resets(counter, &RedemptionController::resetRequested);
        counter->submitScannedCode(m_codes.value(QStringLiteral("demo-ticket")));
        QTRY_COMPARE(text(*ui, "verdictTitle"), QStringLiteral("ACCEPTED"));
        QVERIFY(counter->verdict().redeemed());
        QCOMPARE(counter->lastSound(), RedemptionController::Sound::Accepted);
        QVERIFY(item(*ui, "resetCountdown")->isVisible());
        QCOMPARE(text(*ui, "resetCountdown"), QStringLiteral("Next customer in 2 s"));
        QTRY_COMPARE(text(*ui, "resetCountdown"), QStringLiteral("Next customer in 1 s"));
        QTRY_COMPARE(resets.size(), 1);
        QCOMPARE(counter->verdict().shown(), false);
        QCOMPARE(counter->resetIn(), 0);
        QVERIFY(!item(*ui, "verdictPanel")->isVisible());
        QCOMPARE(text(*ui, "codeField"), QString());
    }
};

QTEST_MAIN(TestScanScreen)
#include "tst_scanscreen.moc"
