#include "ui/syncstatuscontroller.h"

#include "sync/syncworker.h"
#include "ui/databasethread.h"
#include "ui/uilog.h"

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

// The same five minutes the redemption rules allow before a clock counts as set back.
constexpr qint64 kClockToleranceMs = 5 * 60 * 1000;
} // namespace

QString SyncStatusController::text() const {
    if (downloading())
        return tr("Downloading the platform's data");
    const qint64 ms = dataMs();
    const QString since = ms == 0 ? QString() : tr("data from %1").arg(dataTimeText(ms));
    if (m_online)
        return since.isEmpty() ? tr("Online") : tr("Online \u00b7 %1").arg(since);
    // Offline needs no action from the cashier: say so, and how old the data is.
    if (!since.isEmpty())
        return tr("Offline \u00b7 %1").arg(since);
    return m_problem.isEmpty() ? tr("Offline") : tr("Offline \u00b7 %1").arg(m_problem);
}

QString SyncStatusController::stateText() const {
    if (downloading())
        return tr("Downloading");
    return m_online ? tr("Online") : tr("Offline");
}

qint64 SyncStatusController::dataMs() const {
    return std::max(m_lastSyncMs, m_status.vouchersMs);
}

SyncStatusController::DataAge SyncStatusController::dataAge() const {
    const qint64 ms = dataMs();
    if (ms == 0)
        return m_status.enrolled ? DataAge::Never : DataAge::Fresh; // a demo terminal has no platform
    const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - ms;
    if (!m_online && m_status.offlineMaxHours >= 0 && ageMs > qint64(m_status.offlineMaxHours) * 3600 * 1000)
        return DataAge::Stop;
    if (ageMs > qint64(m_status.dataAgeWarnMinutes) * 60 * 1000)
        return DataAge::Warning;
    return DataAge::Fresh;
}

QString SyncStatusController::dataAgeText() const {
    switch (dataAge()) {
    case DataAge::Fresh:
        return {};
    case DataAge::Never:
        return tr("No data from the platform yet");
    case DataAge::Stop:
        return tr("Offline limit reached: redemptions need the platform");
    case DataAge::Warning:
        break;
    }
    const qint64 minutes = (QDateTime::currentMSecsSinceEpoch() - dataMs()) / 60000;
    if (minutes < 120)
        return tr("Data %n min old", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("Data %n h old", nullptr, int(minutes / 60));
    return tr("Data %n days old", nullptr, int(minutes / (24 * 60)));
}

bool SyncStatusController::clockBehind() const {
    return m_status.platformTimeMs > 0 &&
           QDateTime::currentMSecsSinceEpoch() < m_status.platformTimeMs - kClockToleranceMs;
}

void SyncStatusController::follow(const SyncWorker* worker) {
    connect(worker, &SyncWorker::onlineChanged, this, &SyncStatusController::setOnline);
    connect(worker, &SyncWorker::cycleStarted, this, &SyncStatusController::cycleStarted);
    connect(worker, &SyncWorker::cycleFinished, this, [this](bool completed, const QString&, ErrorCode code) {
        if (completed)
            cycleCompleted();
        else
            cycleFailed(code);
    });
}

void SyncStatusController::watch(DatabaseThread* database, bool periodic) {
    m_database = database;
    if (periodic) {
        m_refreshTimer.setInterval(kRefreshMs);
        connect(&m_refreshTimer, &QTimer::timeout, this, &SyncStatusController::refresh,
                Qt::UniqueConnection);
        m_refreshTimer.start();
    }
    refresh();
}

void SyncStatusController::refresh() {
    if (!m_database)
        return;
    m_database->run<TerminalStatus>(
        this, [](Database& db) { return TerminalStatus::read(db); },
        [this](Result<TerminalStatus> status) {
            if (status)
                setStatus(*status);
            else
                qCWarning(lcUi) << "status bar: cannot read the status:" << status.error().message;
        });
}

void SyncStatusController::setStatus(const TerminalStatus& status) {
    m_status = status;
    Q_EMIT changed();
}

void SyncStatusController::setOnline(bool online) {
    m_online = online;
    Q_EMIT changed();
}

void SyncStatusController::setDataCurrentAt(qint64 ms) {
    m_lastSyncMs = std::max(m_lastSyncMs, ms);
    Q_EMIT changed();
}

void SyncStatusController::cycleStarted() {
    m_cycleRunning = true;
    Q_EMIT changed();
}

void SyncStatusController::cycleCompleted() {
    m_cycleRunning = false;
    m_lastSyncMs = QDateTime::currentMSecsSinceEpoch();
    m_problem.clear();
    Q_EMIT changed();
    refresh();
}

void SyncStatusController::cycleFailed(ErrorCode code) {
    m_cycleRunning = false;
    // The bar has room for a few words; only enrolling helps a terminal that is not enrolled.
    m_problem = code == ErrorCode::NotEnrolled ? tr("not enrolled") : tr("no platform");
    Q_EMIT changed();
    refresh();
}

} // namespace o2o
