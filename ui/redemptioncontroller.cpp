#include "ui/redemptioncontroller.h"

#include "core/membercode.h"

#include "ui/redemptionworker.h"
#include "ui/uilog.h"

#include "core/codedisplay.h"
#include "core/codeinput.h"

#include "scanner/framedecoder.h"

#include <QGuiApplication>

namespace o2o {

RedemptionController::RedemptionController(const QString& dataDir, const QString& storeId, QObject* parent)
    : QObject(parent)
    , m_worker(new RedemptionWorker(dataDir))
    , m_storeId(storeId) {
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RedemptionWorker::finished, this, &RedemptionController::onFinished);
    m_thread.setObjectName(QStringLiteral("redemption"));
    m_thread.start();
    // Offscreen (screenshots, tests) nobody listens: the verdict still records which sound it asked for.
    m_sounds.setEnabled(QGuiApplication::platformName() != QStringLiteral("offscreen"));
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RedemptionController::onCountdownTick);
}

RedemptionController::~RedemptionController() {
    m_thread.quit();
    m_thread.wait();
}

void RedemptionController::setKiosk(bool kiosk) {
    if (m_kiosk == kiosk)
        return;
    m_kiosk = kiosk;
    if (!kiosk)
        stopCountdown();
    Q_EMIT kioskChanged();
}

void RedemptionController::check(const QString& code) {
    // A kiosk has nobody to press Redeem: an accepted code is redeemed at once (one use).
    submit(code, m_kiosk, {}, 1);
}

void RedemptionController::redeem(const QString& code, const QString& amount, int uses) {
    submit(code, true, amount, uses);
}

void RedemptionController::submitScannedCode(const QString& code) {
    // At a counter the cashier confirms with Redeem; a kiosk has nobody to confirm. A scan replaces
    // whatever choice was pending: the cashier sees the new customer's verdict, nothing was redeemed.
    // The screen shows the code in its field: a hostile one only as shownCode makes it (controls and bidi
    // characters replaced, cut if overlong), so it cannot reorder or break the text around it.
    Q_EMIT codeScanned(shownCode(code));
    submit(code, m_kiosk, {}, 1);
}

void RedemptionController::submitCameraCode(const QString& code, qint64 frameArrivalNs) {
    submitScannedCode(code);
    m_pendingArrivalNs = frameArrivalNs;
}

void RedemptionController::setScanSource(const QString& source) {
    m_scanSource = source;
    Q_EMIT scanSourceChanged();
}

void RedemptionController::setFrameSource(QVideoSink* source) {
    if (m_frameSource)
        disconnect(m_frameSource, nullptr, this, nullptr);
    m_frameSource = source;
    if (source) // queued from the player's or camera's thread; the picture follows the latest frame
        connect(source, &QVideoSink::videoFrameChanged, this, &RedemptionController::showFrame);
}

void RedemptionController::setPreviewSink(QVideoSink* sink) {
    if (m_preview == sink)
        return;
    m_preview = sink;
    if (m_preview && m_lastFrame.isValid()) // a screen made anew shows the picture at once
        m_preview->setVideoFrame(m_lastFrame);
    Q_EMIT previewSinkChanged();
}

void RedemptionController::showFrame(const QVideoFrame& frame) {
    if (!frame.isValid())
        return;
    m_lastFrame = frame;
    if (m_preview)
        m_preview->setVideoFrame(frame);
    if (!m_cameraLive) {
        m_cameraLive = true;
        Q_EMIT cameraLiveChanged();
    }
}

void RedemptionController::setCashier(const QString& staffId) {
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, staffId] { worker->setCashier(staffId); });
}

void RedemptionController::setMemberCode(const QString& code) {
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, code] { worker->setMemberCode(code); });
}

void RedemptionController::clear() {
    stopCountdown();
    m_verdict = {};
    Q_EMIT verdictChanged();
}

void RedemptionController::submit(const QString& code, bool redeem, const QString& amount, int uses) {
    if (looksLikeMemberCode(code)) { // the customer's membership, not a voucher: nothing to redeem
        Q_EMIT memberCodeEntered(code);
        return;
    }
    const bool wasBusy = busy();
    stopCountdown();
    m_pending = m_nextRequest++;
    // A later request supersedes an earlier one still running: its verdict will not be shown.
    qCDebug(lcUi, "request %llu: %s %s%s", static_cast<unsigned long long>(m_pending),
            redeem ? "redeem" : "check", qPrintable(maskCode(code)),
            wasBusy ? " (superseding the one running)" : "");
    m_pendingArrivalNs = 0;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = m_pending, code, redeem, amount, uses] {
        worker->process(id, code, redeem, amount, uses);
    });
    if (!wasBusy)
        Q_EMIT busyChanged();
}

void RedemptionController::onFinished(quint64 requestId, const VerdictView& verdict) {
    // An older request's answer still shows (it is what the worker said), but only the latest one ends busy.
    m_verdict = verdict;
    const bool latest = requestId == m_pending;
    if (latest) {
        m_pending = 0;
        if (m_pendingArrivalNs != 0)
            m_verdict.latencyMs = double(steadyNowNs() - m_pendingArrivalNs) / 1e6;
        Q_EMIT busyChanged();
    }
    Q_EMIT verdictChanged();
    Q_EMIT verdictReady(m_verdict);
    if (latest) {
        requestSound(m_verdict);
        if (m_kiosk)
            startCountdown();
    }
}

void RedemptionController::requestSound(const VerdictView& verdict) {
    Sound sound = Sound::None;
    if (verdict.failed())
        sound = Sound::Failed;
    else if (verdict.needsChoice())
        sound = Sound::Choice;
    else if (verdict.accepted())
        sound = Sound::Accepted;
    else if (verdict.shown())
        sound = Sound::Refused;
    m_lastSound = sound;
    ++m_soundsRequested;
    m_sounds.play(VerdictSounds::Cue(int(sound)));
    Q_EMIT soundRequested();
}

void RedemptionController::startCountdown() {
    m_resetIn = m_kioskResetSeconds;
    m_countdown.start();
    Q_EMIT resetInChanged();
}

void RedemptionController::stopCountdown() {
    m_countdown.stop();
    if (m_resetIn != 0) {
        m_resetIn = 0;
        Q_EMIT resetInChanged();
    }
}

void RedemptionController::onCountdownTick() {
    if (--m_resetIn > 0) {
        Q_EMIT resetInChanged();
        return;
    }
    m_countdown.stop();
    Q_EMIT resetInChanged(); // 0: the countdown is over
    clear();
    Q_EMIT resetRequested();
}

} // namespace o2o
