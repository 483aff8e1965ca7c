#include "ui/redemptioncontroller.h"

#include "ui/redemptionworker.h"
#include "ui/uilog.h"

#include "core/codeinput.h"

#include "scanner/framedecoder.h"

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
}

RedemptionController::~RedemptionController() {
    m_thread.quit();
    m_thread.wait();
}

void RedemptionController::check(const QString& code) {
    submit(code, false, {}, 1);
}

void RedemptionController::redeem(const QString& code, const QString& amount, int uses) {
    submit(code, true, amount, uses);
}

void RedemptionController::submitScannedCode(const QString& code) {
    // At a counter the cashier confirms with Redeem; a kiosk has nobody to confirm.
    Q_EMIT codeScanned(code);
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

void RedemptionController::setCashier(const QString& staffId) {
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, staffId] { worker->setCashier(staffId); });
}

void RedemptionController::clear() {
    m_verdict = {};
    Q_EMIT verdictChanged();
}

void RedemptionController::submit(const QString& code, bool redeem, const QString& amount, int uses) {
    const bool wasBusy = busy();
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
    if (requestId == m_pending) {
        m_pending = 0;
        if (m_pendingArrivalNs != 0)
            m_verdict.latencyMs = double(steadyNowNs() - m_pendingArrivalNs) / 1e6;
        Q_EMIT busyChanged();
    }
    Q_EMIT verdictChanged();
    Q_EMIT verdictReady(m_verdict);
}

} // namespace o2o
