#include "scanner/wedgeeventfilter.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace o2o;

namespace {

// A window with one focused text field that counts its Enter presses: the counter screen, or a dialog.
const QByteArray kWindowQml = R"(
import QtQuick
Window {
    id: root
    width: 320
    height: 80
    visible: true
    property alias text: input.text
    property int accepted: 0
    TextInput {
        id: input
        objectName: "input"
        anchors.fill: parent
        focus: true
        onAccepted: root.accepted++
    }
}
)";

/** Sends key presses (and their releases) with timestamps we choose, the way the platform delivers them. */
class Keyboard {
public:
    explicit Keyboard(qint64 startMs)
        : m_ms(startMs) {}

    qint64 now() const { return m_ms; }
    void wait(qint64 ms) { m_ms += ms; }

    /** Types `text` one key every gapMs, starting gapMs after the previous key; capitals with Shift. */
    void type(QWindow* window, const QString& text, int gapMs) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            const QString keyText = text.mid(i, n);
            i += n - 1;
            m_ms += gapMs;
            const bool capital = keyText.size() == 1 && keyText.at(0).isUpper();
            if (capital) // a scanner presses Shift for every capital, just like a person
                send(window, QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, QString());
            send(window, QEvent::KeyPress, keyCode(keyText), capital ? Qt::ShiftModifier : Qt::NoModifier,
                 keyText);
            send(window, QEvent::KeyRelease, keyCode(keyText), Qt::NoModifier, keyText);
            if (capital)
                send(window, QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, QString());
        }
    }
    void key(QWindow* window, int key, int gapMs, bool autoRepeat = false, const QString& text = {}) {
        m_ms += gapMs;
        QString t = text;
        if (t.isEmpty() && (key == Qt::Key_Return || key == Qt::Key_Enter))
            t = QStringLiteral("\r");
        else if (t.isEmpty() && key == Qt::Key_Tab)
            t = QStringLiteral("\t");
        send(window, QEvent::KeyPress, key, Qt::NoModifier, t, autoRepeat);
        if (!autoRepeat)
            send(window, QEvent::KeyRelease, key, Qt::NoModifier, t);
    }

private:
    static int keyCode(const QString& text) {
        const char16_t c = text.at(0).toUpper().unicode();
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') ? int(c) : int(Qt::Key_unknown);
    }
    void send(QWindow* window, QEvent::Type type, int key, Qt::KeyboardModifiers modifiers,
              const QString& text, bool autoRepeat = false) {
        QKeyEvent event(type, key, modifiers, text, autoRepeat);
        event.setTimestamp(quint64(m_ms));
        QCoreApplication::sendEvent(window, &event);
    }

    qint64 m_ms;
};

} // namespace

class TestWedgeEventFilter : public QObject {
    Q_OBJECT

    QQmlEngine m_engine;
    std::unique_ptr<WedgeEventFilter> m_filter;

    std::unique_ptr<QQuickWindow> openWindow(const QString& title) {
        QQmlComponent component(&m_engine);
        component.setData(kWindowQml, QUrl(QStringLiteral("qrc:/wedge-test.qml")));
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(component.create()));
        if (!window)
            qFatal("cannot create a window: %s", qPrintable(component.errorString()));
        window->setTitle(title);
        window->requestActivate();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window %s never became active", qPrintable(title));
        return window;
    }

    static QString text(QQuickWindow* window) { return window->property("text").toString(); }
    static int accepted(QQuickWindow* window) { return window->property("accepted").toInt(); }

    void install(const WedgeSettings& settings) {
        m_filter = std::make_unique<WedgeEventFilter>(settings);
        qApp->installEventFilter(m_filter.get());
    }

private Q_SLOTS:
    void cleanup() { m_filter.reset(); }

    void scanWithSuffix_data() {
        QTest::addColumn<WedgeSuffix>("suffix");
        QTest::newRow("enter") << WedgeSuffix::Enter;
        QTest::newRow("tab") << WedgeSuffix::Tab;
        QTest::newRow("none") << WedgeSuffix::None;
    }
    void scanWithSuffix() {
        QFETCH(WedgeSuffix, suffix);
        WedgeSettings settings;
        settings.suffix = suffix;
        install(settings);
        auto window = openWindow(QStringLiteral("counter"));
        QQuickItem* input = window->findChild<QQuickItem*>(QStringLiteral("input"));
        QCOMPARE(window->activeFocusItem(), input);
        QSignalSpy scans(m_filter.get(), &WedgeEventFilter::codeScanned);

        Keyboard keyboard(1'000'000);
        const QString code = QStringLiteral("O2O-7KQ2-x9pl-0042");
        keyboard.type(window.get(), code, 6);
        const qint64 firstKeyMs = 1'000'006;
        if (suffix == WedgeSuffix::Enter)
            keyboard.key(window.get(), Qt::Key_Return, 6);
        else if (suffix == WedgeSuffix::Tab)
            keyboard.key(window.get(), Qt::Key_Tab, 6);

        QTRY_COMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), code);
        QCOMPARE(scans.at(0).at(1).toLongLong(), firstKeyMs);
        QCOMPARE(text(window.get()), QString());
        QCOMPARE(accepted(window.get()), 0);
        QCOMPARE(window->activeFocusItem(), input);
        // Nothing more comes out later: not a second report, not a stray key before the next typed one.
        keyboard.type(window.get(), QStringLiteral("z"), 200);
        QTRY_COMPARE(text(window.get()), QStringLiteral("z"));
        QCOMPARE(scans.size(), 1);
    }

    void typingAroundScanKeepsEveryKeyInOrder() {
        install({});
        auto window = openWindow(QStringLiteral("counter"));
        QSignalSpy scans(m_filter.get(), &WedgeEventFilter::codeScanned);
        Keyboard keyboard(5'000'000);

        // The cashier starts typing an amount; a key comes out once it cannot be a scan any more.
        keyboard.type(window.get(), QStringLiteral("12"), 150);
        QCOMPARE(text(window.get()), QStringLiteral("1")); // released by the slow second key
        QTRY_COMPARE(text(window.get()), QStringLiteral("12"));

        // A customer's code is scanned 100 ms after the last key, and the cashier goes on at once.
        keyboard.wait(95);
        keyboard.type(window.get(), QStringLiteral("Wedge-CODE-77"), 5);
        keyboard.key(window.get(), Qt::Key_Return, 5);
        keyboard.type(window.get(), QStringLiteral(".5"), 140);
        keyboard.type(window.get(), QStringLiteral("0"), 130);
        keyboard.key(window.get(), Qt::Key_Return, 160);

        QTRY_COMPARE(accepted(window.get()), 1);
        QCOMPARE(text(window.get()), QStringLiteral("12.50"));
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("Wedge-CODE-77"));
    }

    void scanIntoAnOpenDialog_data() {
        QTest::addColumn<WedgeSuffix>("suffix");
        QTest::newRow("enter") << WedgeSuffix::Enter;
        QTest::newRow("none") << WedgeSuffix::None;
    }
    void scanIntoAnOpenDialog() {
        QFETCH(WedgeSuffix, suffix);
        WedgeSettings settings;
        settings.suffix = suffix;
        install(settings);
        auto counter = openWindow(QStringLiteral("counter"));
        auto dialog = openWindow(QStringLiteral("dialog"));
        QVERIFY(dialog->isActive());
        QSignalSpy scans(m_filter.get(), &WedgeEventFilter::codeScanned);
        Keyboard keyboard(9'000'000);

        keyboard.type(dialog.get(), QStringLiteral("note"), 180);
        QTRY_COMPARE(text(dialog.get()), QStringLiteral("note"));

        // Two scans back to back into the dialog: two codes, neither typed into the dialog's field.
        keyboard.wait(120);
        keyboard.type(dialog.get(), QStringLiteral("FIRST-0001"), 4);
        if (suffix == WedgeSuffix::Enter)
            keyboard.key(dialog.get(), Qt::Key_Return, 4);
        else
            keyboard.wait(32); // with the next key's 4 ms: 36 ms, the shortest silence between two scans
        keyboard.type(dialog.get(), QStringLiteral("SECOND-0002"), 4);
        if (suffix == WedgeSuffix::Enter)
            keyboard.key(dialog.get(), Qt::Key_Return, 4);

        QTRY_COMPARE(scans.size(), 2);
        QCOMPARE(scans.at(0).at(0).toString(), QStringLiteral("FIRST-0001"));
        QCOMPARE(scans.at(1).at(0).toString(), QStringLiteral("SECOND-0002"));
        keyboard.type(dialog.get(), QStringLiteral("!"), 200);
        QTRY_COMPARE(text(dialog.get()), QStringLiteral("note!"));
        QCOMPARE(accepted(dialog.get()), 0);
        QCOMPARE(text(counter.get()), QString());
        QCOMPARE(scans.size(), 2);
    }

    void focusLeavingAWindowDeliversHeldKeysFirst() {
        install({});
        auto dialog = openWindow(QStringLiteral("dialog"));
        auto counter = openWindow(QStringLiteral("counter"));
        Keyboard keyboard(12'000'000);
        keyboard.type(counter.get(), QStringLiteral("a"), 200);
        QCOMPARE(text(counter.get()), QString()); // held: it might be the start of a scan
        // What Qt sends a window that loses focus to a dialog, sent straight so that no timer can run.
        QFocusEvent focusOut(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
        QCoreApplication::sendEvent(counter.get(), &focusOut);
        QCOMPARE(text(counter.get()), QStringLiteral("a"));

        dialog->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        keyboard.type(dialog.get(), QStringLiteral("b"), 200);
        QTRY_COMPARE(text(dialog.get()), QStringLiteral("b"));
        QCOMPARE(text(counter.get()), QStringLiteral("a"));
    }

    void hostileBurstIsPassedOnAsText() {
        install({});
        auto window = openWindow(QStringLiteral("counter"));
        QSignalSpy scans(m_filter.get(), &WedgeEventFilter::codeScanned);
        Keyboard keyboard(20'000'000);

        QString hostile;
        const QString nasty = QStringLiteral("\x01\x1d\x7f\x1b[2J'\"%s%n\n") + QChar(0) + QChar(0xFFFD) +
                              QChar(0xDC00) + QString::fromUtf8("\xE5\x85\x91\xF0\x9F\x8E\x81");
        while (hostile.size() < 10'000)
            hostile += QStringLiteral("ABCDEFGH") + nasty;
        keyboard.type(window.get(), hostile, 1);
        keyboard.key(window.get(), Qt::Key_Return, 1);
        QTRY_COMPARE(scans.size(), 1);
        QString expected = hostile.left(kWedgeMaxCodeChars);
        if (expected.back().isHighSurrogate())
            expected.chop(1);
        QCOMPARE(scans.at(0).at(0).toString(), expected);
        QCOMPARE(text(window.get()), QString());

        // The next scan is unharmed.
        keyboard.wait(500);
        keyboard.type(window.get(), QStringLiteral("O2O-NEXT-0001"), 8);
        keyboard.key(window.get(), Qt::Key_Return, 8);
        QTRY_COMPARE(scans.size(), 2);
        QCOMPARE(scans.at(1).at(0).toString(), QStringLiteral("O2O-NEXT-0001"));
        QCOMPARE(text(window.get()), QString());
    }

    void autoRepeatIsTyping() {
        install({});
        auto window = openWindow(QStringLiteral("counter"));
        QSignalSpy scans(m_filter.get(), &WedgeEventFilter::codeScanned);
        Keyboard keyboard(30'000'000);
        // A held-down key repeats every 30 ms, as fast as a scanner.
        keyboard.key(window.get(), Qt::Key_A, 200, false, QStringLiteral("a"));
        for (int i = 0; i < 6; ++i)
            keyboard.key(window.get(), Qt::Key_A, 30, true, QStringLiteral("a"));
        QCOMPARE(text(window.get()), QStringLiteral("aaaaaaa"));
        keyboard.type(window.get(), QStringLiteral("b"), 200);
        QTRY_COMPARE(text(window.get()), QStringLiteral("aaaaaaab"));
        QCOMPARE(scans.size(), 0);
    }

    void clickDeliversHeldKeysFirst() {
        install({});
        auto window = openWindow(QStringLiteral("counter"));
        Keyboard keyboard(40'000'000);
        keyboard.type(window.get(), QStringLiteral("7"), 200);
        QCOMPARE(text(window.get()), QString()); // held: it might be the start of a scan
        // Sent straight to the window, so no event loop runs and no timer can deliver the key instead.
        const QPointF at(300, 40);
        QMouseEvent press(QEvent::MouseButtonPress, at, window->mapToGlobal(at), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &press);
        QCOMPARE(text(window.get()), QStringLiteral("7"));
        QMouseEvent release(QEvent::MouseButtonRelease, at, window->mapToGlobal(at), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &release);
    }
};

QTEST_MAIN(TestWedgeEventFilter)
#include "tst_wedgeeventfilter.moc"
