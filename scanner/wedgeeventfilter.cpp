#include "scanner/wedgeeventfilter.h"

#include "core/codeinput.h"
#include "scanner/scannerlog.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <algorithm>
#include <vector>

namespace o2o {

namespace {

/** What a log line may show of a code: masked, short, and without control characters. */
QString logTail(const QString& code) {
    QString tail = maskCode(code.right(8));
    for (QChar& c : tail) {
        if (!c.isPrint())
            c = u'?';
    }
    return tail;
}

/** Nothing for keys the detector must not see: a scanner presses Shift for every capital. */
std::optional<WedgeKey::Kind> keyKind(const QKeyEvent& event) {
    switch (event.key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return std::nullopt;
    default:
        break;
    }
    // A held-down key repeats about as fast as a scanner types; it is a person all the same.
    if (event.isAutoRepeat())
        return WedgeKey::Kind::Other;
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter)
        return WedgeKey::Kind::Enter;
    if (event.key() == Qt::Key_Tab)
        return WedgeKey::Kind::Tab;
    return event.text().isEmpty() ? WedgeKey::Kind::Other : WedgeKey::Kind::Text;
}

} // namespace

WedgeEventFilter::WedgeEventFilter(const WedgeSettings& settings, QObject* parent)
    : QObject(parent)
    , m_detector(settings) {
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WedgeEventFilter::onTimeout);
}

// Held keys still here belong to windows that are going away with the application: nobody to give them to.
WedgeEventFilter::~WedgeEventFilter() = default;

bool WedgeEventFilter::eventFilter(QObject* watched, QEvent* event) {
    // Only the first stop of an event: a window. The window passes the same event on to its focused item,
    // which must not count it twice.
    if (!watched->isWindowType() || m_replaying.contains(event))
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        return onKeyPress(watched, static_cast<QKeyEvent*>(event));
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::FocusOut:
        // A click right after typing (on Check, say) must see the typed text, and a window losing focus to
        // a dialog must get its typed keys while it still has a focused field to put them in.
        flush();
        return false;
    default:
        return false;
    }
}

void WedgeEventFilter::flush() {
    apply(m_detector.finish());
    schedule();
}

bool WedgeEventFilter::onKeyPress(QObject* receiver, QKeyEvent* event) {
    const std::optional<WedgeKey::Kind> kind = keyKind(*event);
    if (!kind)
        return false;
    // Gaps are measured on the keys' own timestamps, which stay right however late the event loop gets to
    // them; the local clock only fills in for a platform that gives none.
    qint64 timestamp = qint64(event->timestamp());
    if (timestamp == 0)
        timestamp = m_clock.elapsed();
    m_lastKeyMs = timestamp;
    m_lastKeyLocal = m_clock.elapsed();

    const WedgeStep step = m_detector.feed(WedgeKey{*kind, event->text(), timestamp});
    HeldKey current;
    if (step.fate == WedgeStep::Fate::Hold)
        current = HeldKey{receiver, std::unique_ptr<QKeyEvent>(event->clone())};
    apply(step, std::move(current));
    schedule();
    return step.fate != WedgeStep::Fate::Pass;
}

void WedgeEventFilter::apply(const WedgeStep& step, HeldKey current) {
    // Update the queue before sending anything: a receiver may run a nested event loop and bring us here
    // again, and then the queue must already match the detector.
    std::vector<HeldKey> typed;
    for (int i = 0; i < step.released && !m_held.empty(); ++i) {
        typed.push_back(std::move(m_held.front()));
        m_held.pop_front();
    }
    for (int i = 0; i < step.dropped && !m_held.empty(); ++i)
        m_held.pop_front();
    if (current.event)
        m_held.push_back(std::move(current));
    if (int(m_held.size()) != m_detector.heldKeys())
        qCWarning(lcScanner, "held keys out of step: %d queued, %d expected", int(m_held.size()),
                  m_detector.heldKeys());

    for (HeldKey& key : typed)
        replay(key);
    if (step.scan) {
        const WedgeScan& scan = *step.scan;
        if (scan.truncated)
            qCWarning(lcScanner, "scanner burst longer than %d characters: reporting the first %d",
                      int(kWedgeMaxCodeChars), int(scan.code.size()));
        qCInfo(lcScanner, "wedge scan of %d characters (%s)%s", int(scan.code.size()),
               qUtf8Printable(logTail(scan.code)), scan.terminated ? "" : ", ended by silence");
        Q_EMIT codeScanned(scan.code, scan.firstKeyMs);
    }
}

void WedgeEventFilter::replay(HeldKey& key) {
    if (!key.receiver) {
        qCWarning(lcScanner, "a typed key was for a window that has closed: dropped");
        return;
    }
    QKeyEvent* event = key.event.get();
    event->setAccepted(true);
    m_replaying.append(event);
    QCoreApplication::sendEvent(key.receiver, event);
    m_replaying.removeOne(event);
}

void WedgeEventFilter::onTimeout() {
    // Key events may be queued behind this timer, their timestamps still inside the burst. Decide one
    // event-loop pass later, after they have been fed, or a busy moment would cut a scan in two.
    if (m_deadlineQueued)
        return;
    m_deadlineQueued = true;
    QMetaObject::invokeMethod(this, &WedgeEventFilter::onDeadline, Qt::QueuedConnection);
}

void WedgeEventFilter::onDeadline() {
    m_deadlineQueued = false;
    apply(m_detector.poll(nowInKeyTime()));
    schedule();
}

void WedgeEventFilter::schedule() {
    const std::optional<qint64> due = m_detector.deadline();
    if (!due) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*due - nowInKeyTime(), 0, 60'000);
    m_timer.start(int(wait));
}

qint64 WedgeEventFilter::nowInKeyTime() const {
    // Key timestamps have no fixed origin (X server time, evdev time...): carry the last one forward by the
    // local clock instead of comparing clocks.
    return m_lastKeyMs + (m_clock.elapsed() - m_lastKeyLocal);
}

} // namespace o2o
