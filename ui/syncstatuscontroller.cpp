#include "ui/syncstatuscontroller.h"

#include "sync/syncworker.h"

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

QString SyncStatusController::text() const {
    const QString since = m_lastSyncMs == 0 ? QString() : tr("data from %1").arg(dataTimeText(m_lastSyncMs));
    if (m_online)
        return since.isEmpty() ? tr("Online") : tr("Online \u00b7 %1").arg(since);
    // Offline needs no action from the cashier: say so, and how old the data is.
    if (!since.isEmpty())
        return tr("Offline \u00b7 %1").arg(since);
    return m_problem.isEmpty() ? tr("Offline") : tr("Offline \u00b7 %1").arg(m_problem);
}

void SyncStatusController::follow(const SyncWorker* worker) {
    connect(worker, &SyncWorker::onlineChanged, this, &SyncStatusController::setOnline);
    connect(worker, &SyncWorker::cycleFinished, this, [this](bool completed, const QString&, ErrorCode code) {
        if (completed)
            cycleCompleted();
        else
            cycleFailed(code);
    });
}

void SyncStatusController::setOnline(bool online) {
    m_online = online;
    Q_EMIT changed();
}

void SyncStatusController::setDataCurrentAt(qint64 ms) {
    m_lastSyncMs = std::max(m_lastSyncMs, ms);
    Q_EMIT changed();
}

void SyncStatusController::cycleCompleted() {
    m_lastSyncMs = QDateTime::currentMSecsSinceEpoch();
    m_problem.clear();
    Q_EMIT changed();
}

void SyncStatusController::cycleFailed(ErrorCode code) {
    // The header has room for a few words; only enrolling helps a terminal that is not enrolled.
    m_problem = code == ErrorCode::NotEnrolled ? tr("not enrolled") : tr("no platform");
    Q_EMIT changed();
}

} // namespace o2o
