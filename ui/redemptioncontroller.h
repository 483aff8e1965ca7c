#pragma once

#include "ui/verdictsounds.h"
#include "ui/verdictview.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

namespace o2o {

class RedemptionWorker;

/**
 * The counter area's controller: hands codes to the worker thread and holds the last verdict. QML gets
 * it as `required property RedemptionController controller` and reads only the typed properties below.
 *
 * It also carries what the scan screen shows around the verdict: the camera's picture (the frames the scan
 * pipeline decodes, forwarded to the screen's VideoOutput), the sound each verdict asked for, and in kiosk
 * mode the countdown to the next customer.
 */
class RedemptionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(o2o::VerdictView verdict READ verdict NOTIFY verdictChanged)
    Q_PROPERTY(QString storeId READ storeId CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk NOTIFY kioskChanged)
    Q_PROPERTY(QString scanSource READ scanSource NOTIFY scanSourceChanged)
    Q_PROPERTY(QVideoSink* previewSink READ previewSink WRITE setPreviewSink NOTIFY previewSinkChanged)
    Q_PROPERTY(bool cameraLive READ cameraLive NOTIFY cameraLiveChanged)
    Q_PROPERTY(Sound lastSound READ lastSound NOTIFY soundRequested)
    Q_PROPERTY(int soundsRequested READ soundsRequested NOTIFY soundRequested)
    Q_PROPERTY(int resetIn READ resetIn NOTIFY resetInChanged)
    Q_PROPERTY(int kioskResetSeconds READ kioskResetSeconds CONSTANT)
public:
    /** Which sound a verdict asked for (the screen tests read lastSound; the speaker plays it). */
    enum class Sound { None, Accepted, Refused, Choice, Failed };
    Q_ENUM(Sound)
    /** Kiosk mode: seconds a verdict stays up before the screen is ready for the next customer. */
    static constexpr int kKioskResetSeconds = 5;

    RedemptionController(const QString& dataDir, const QString& storeId, QObject* parent = nullptr);
    ~RedemptionController() override;

    /** Kiosk mode: nobody confirms at the counter, so a code is redeemed at once and the screen resets. */
    void setKiosk(bool kiosk);
    bool kiosk() const { return m_kiosk; }
    /** What feeds codes besides the keyboard: "camera", "video:FILE" or empty (the window puts it in words).
     */
    QString scanSource() const { return m_scanSource; }
    void setScanSource(const QString& source);
    /** The staff member signed in: redemptions name them (empty: the system user, as before sign-in). */
    void setCashier(const QString& staffId);
    /** The member the counter's next checks and redemptions are for (a verified member code; empty: none). */
    void setMemberCode(const QString& code);

    bool busy() const { return m_pending != 0; }
    /** The last verdict; empty (shown() false) at start and after clear(). */
    VerdictView verdict() const { return m_verdict; }
    QString storeId() const { return m_storeId; }

    /** The camera path's sink (the scan pipeline's): each frame it gets is shown in previewSink too. */
    void setFrameSource(QVideoSink* source);
    /** Where the screen shows the camera's picture (its VideoOutput's videoSink); null: nowhere. */
    QVideoSink* previewSink() const { return m_preview; }
    void setPreviewSink(QVideoSink* sink);
    /** Shows one frame in the preview (a frame from the camera path, or a still for the screenshots). */
    void showFrame(const QVideoFrame& frame);
    bool cameraLive() const { return m_cameraLive; }

    Sound lastSound() const { return m_lastSound; }
    int soundsRequested() const { return m_soundsRequested; }
    /** Plays the sounds (default: on, except on the offscreen platform where nobody listens). */
    void setSoundEnabled(bool enabled) { m_sounds.setEnabled(enabled); }

    /** Kiosk countdown: seconds until the screen resets by itself; 0 when none is running. */
    int resetIn() const { return m_resetIn; }
    int kioskResetSeconds() const { return m_kioskResetSeconds; }
    void setKioskResetSeconds(int seconds) { m_kioskResetSeconds = qMax(1, seconds); }

    Q_INVOKABLE void check(const QString& code);
    /** Redeems `uses` uses (passes) or `amount` (cards, in the voucher's currency, "12.50"). */
    Q_INVOKABLE void redeem(const QString& code, const QString& amount, int uses);
    Q_INVOKABLE void clear();
    /** A code from a keyboard-wedge scanner, whatever screen is up: checked (redeemed in kiosk mode). */
    Q_INVOKABLE void submitScannedCode(const QString& code);
    /** A code from the camera, with the moment its frame arrived: the verdict reports the latency. */
    void submitCameraCode(const QString& code, qint64 frameArrivalNs);

Q_SIGNALS:
    void busyChanged();
    void verdictChanged();
    /** Each answer from the worker, as shown (latency included), even when the verdict reads the same. */
    void verdictReady(const o2o::VerdictView& verdict);
    /** A scanner's code was submitted; a screen may show it (the code as scanned, unchecked). */
    void codeScanned(const QString& code);
    /** A member code was scanned or typed: it is the member's, not a voucher (CounterMember checks it). */
    void memberCodeEntered(const QString& code);
    void scanSourceChanged();
    void kioskChanged();
    void previewSinkChanged();
    void cameraLiveChanged();
    /** A verdict asked for its sound (lastSound), played unless the sounds are off. */
    void soundRequested();
    void resetInChanged();
    /** The kiosk countdown ran out: the verdict is cleared, the screen empties its fields. */
    void resetRequested();

private:
    void submit(const QString& code, bool redeem, const QString& amount, int uses);
    void onFinished(quint64 requestId, const o2o::VerdictView& verdict);
    void requestSound(const VerdictView& verdict);
    void startCountdown();
    void stopCountdown();
    void onCountdownTick();

    QThread m_thread;
    RedemptionWorker* m_worker = nullptr;
    QString m_storeId;
    quint64 m_nextRequest = 1;
    quint64 m_pending = 0;
    qint64 m_pendingArrivalNs = 0; // the camera frame of the pending request; 0: not from the camera
    VerdictView m_verdict;
    bool m_kiosk = false;
    QString m_scanSource;
    QPointer<QVideoSink> m_frameSource;
    QPointer<QVideoSink> m_preview;
    QVideoFrame m_lastFrame; // shared, not copied: the camera's buffers are reference-counted
    bool m_cameraLive = false;
    VerdictSounds m_sounds;
    Sound m_lastSound = Sound::None;
    int m_soundsRequested = 0;
    QTimer m_countdown;
    int m_resetIn = 0;
    int m_kioskResetSeconds = kKioskResetSeconds;
};

} // namespace o2o
