#pragma once

#include "scanner/wedgedetector.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <memory>

class QKeyEvent;

namespace o2o {

/**
 * Catches keyboard-wedge scans anywhere in the application. Install it on the QGuiApplication: it sees every
 * key press on its way to a window, whichever window or dialog has focus, and lets WedgeDetector decide.
 * Keys of a scan are swallowed (the focused field never shows them) and reported once as codeScanned();
 * keys that were typing are held for about maxGapMs and then sent to the window they were meant for, in
 * their order (sooner when a click comes or the window loses focus). Key releases, modifier keys and
 * input-method text are never touched.
 */
class WedgeEventFilter : public QObject {
    Q_OBJECT
public:
    explicit WedgeEventFilter(const WedgeSettings& settings = {}, QObject* parent = nullptr);
    ~WedgeEventFilter() override;

    const WedgeSettings& settings() const { return m_detector.settings(); }
    bool eventFilter(QObject* watched, QEvent* event) override;
    /** Ends the current burst now: held typing is delivered, a recognised scan reported. */
    void flush();

Q_SIGNALS:
    /** A scan, as typed (possibly hostile: control characters, 4096 characters). */
    void codeScanned(const QString& code, qint64 firstKeyMs);

private:
    struct HeldKey {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };

    bool onKeyPress(QObject* receiver, QKeyEvent* event);
    /** Carries out a step; `current` is kept back when the step holds it. */
    void apply(const WedgeStep& step, HeldKey current = {});
    void replay(HeldKey& key);
    void onTimeout();
    void onDeadline();
    void schedule();
    qint64 nowInKeyTime() const;

    WedgeDetector m_detector;
    std::deque<HeldKey> m_held;
    QList<const QEvent*> m_replaying; // our own re-sent events, to let through
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastKeyMs = 0;    // timestamp of the last key fed
    qint64 m_lastKeyLocal = 0; // m_clock when it was fed
    bool m_deadlineQueued = false;
};

} // namespace o2o
