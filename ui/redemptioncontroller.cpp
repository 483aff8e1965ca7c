#include "ui/redemptioncontroller.h"

#include "ui/redemptionworker.h"

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

void RedemptionController::clear() {
    m_result.clear();
    Q_EMIT changed();
}

void RedemptionController::submit(const QString& code, bool redeem, const QString& amount, int uses) {
    m_pending = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = m_pending, code, redeem, amount, uses] {
        worker->process(id, code, redeem, amount, uses);
    });
    Q_EMIT changed();
}

void RedemptionController::onFinished(quint64 requestId, const QVariantMap& result) {
    if (requestId == m_pending)
        m_pending = 0;
    m_result = result;
    Q_EMIT changed();
    Q_EMIT verdictReady(result);
}

} // namespace o2o
