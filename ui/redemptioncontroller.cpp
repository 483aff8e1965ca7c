#include "ui/redemptioncontroller.h"

#include "ui/redemptionworker.h"

#include "scanner/framedecoder.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace o2o {

namespace {
// The time alone for today's data; older data (a terminal offline since yesterday) with its date too.
QString dataTimeText(qint64 ms) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    if (at.date() == QDate::currentDate())
        return at.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(at, QLocale::ShortFormat);
}
} // namespace

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

QString RedemptionController::syncStatus() const {
    const QString since = m_lastSyncMs == 0 ? QString() : tr("data from %1").arg(dataTimeText(m_lastSyncMs));
    if (m_online)
        return since.isEmpty() ? tr("Online") : tr("Online \u00b7 %1").arg(since);
    // Offline needs no action from the cashier: say so, and how old the data is.
    if (!since.isEmpty())
        return tr("Offline \u00b7 %1").arg(since);
    return m_syncProblem.isEmpty() ? tr("Offline") : tr("Offline \u00b7 %1").arg(m_syncProblem);
}

void RedemptionController::setDataCurrentAt(qint64 ms) {
    m_lastSyncMs = std::max(m_lastSyncMs, ms);
    Q_EMIT syncChanged();
}

void RedemptionController::setOnline(bool online) {
    m_online = online;
    Q_EMIT syncChanged();
}

void RedemptionController::syncCycleFinished(bool completed, const QString& message) {
    if (completed) {
        m_lastSyncMs = QDateTime::currentMSecsSinceEpoch();
        m_syncProblem.clear();
    } else {
        // The header has room for a few words; the full message is in the log.
        m_syncProblem =
            message.contains(QStringLiteral("not enrolled")) ? tr("not enrolled") : tr("no platform");
    }
    Q_EMIT syncChanged();
}

void RedemptionController::setScanSource(const QString& source) {
    m_scanSource = source;
    Q_EMIT scanSourceChanged();
}

void RedemptionController::clear() {
    m_result.clear();
    Q_EMIT changed();
}

void RedemptionController::submit(const QString& code, bool redeem, const QString& amount, int uses) {
    m_pending = m_nextRequest++;
    m_pendingArrivalNs = 0;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = m_pending, code, redeem, amount, uses] {
        worker->process(id, code, redeem, amount, uses);
    });
    Q_EMIT changed();
}

void RedemptionController::onFinished(quint64 requestId, const QVariantMap& result) {
    m_result = result;
    if (requestId == m_pending) {
        m_pending = 0;
        if (m_pendingArrivalNs != 0)
            m_result.insert(QStringLiteral("latencyMs"), double(steadyNowNs() - m_pendingArrivalNs) / 1e6);
    }
    Q_EMIT changed();
    Q_EMIT verdictReady(result);
}

} // namespace o2o
