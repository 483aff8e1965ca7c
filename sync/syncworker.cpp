#include "sync/syncworker.h"

#include "store/database.h"
#include "store/syncstate.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"

#include <QThread>
#include <QTimer>

namespace o2o {

SyncWorker::SyncWorker(QString dataDir, TransportFactory transports, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_transports(std::move(transports)) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start() {
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        // A coarse timer may fire up to 5% early: the protocol says never before Retry-After.
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    }
    schedule(0);
}

void SyncWorker::schedule(qint64 delayMs) {
    m_timer->start(int(std::min<qint64>(delayMs, 3'600'000)));
}

void SyncWorker::syncNow() {
    if (m_cancel)
        return;
    if (!m_db) {
        // Opened here, on the worker's thread: the connection belongs to this thread alone.
        auto db = Database::open(m_dataDir);
        if (!db) {
            Q_EMIT cycleFinished(false, db.error().message, db.error().code);
            schedule(kNotEnrolledIntervalMs);
            return;
        }
        m_db = std::move(*db);
        m_engine = std::make_unique<SyncEngine>(*m_db, m_clock, m_transports);
        m_engine->setCancelFlag(&m_cancel);
    }
    Q_EMIT cycleStarted();
    auto cycle = m_engine->runCycle();
    if (cycle) {
        m_backoff.reset();
        m_failingSinceMs = -1;
        schedule(m_intervalMs);
        Q_EMIT cycleFinished(true, QString(), ErrorCode::Internal);
    } else if (cycle.error().code == ErrorCode::NotEnrolled || cycle.error().code == ErrorCode::Usage) {
        schedule(kNotEnrolledIntervalMs); // not enrolled (yet) or no usable address: nothing to back off from
        Q_EMIT cycleFinished(false, cycle.error().message, cycle.error().code);
    } else {
        const qint64 now = m_clock.nowMsecs();
        if (m_failingSinceMs < 0)
            m_failingSinceMs = now;
        const qint64 delay = m_backoff.nextDelayMs(m_engine->retryAfterSecs(), now - m_failingSinceMs);
        qCInfo(lcSync) << "sync failed:" << cycle.error().message << "- next try in" << delay << "ms";
        schedule(delay);
        Q_EMIT cycleFinished(false, cycle.error().message, cycle.error().code);
    }
    updateOnline();
}

void SyncWorker::updateOnline() {
    auto state = SyncState::load(*m_db);
    const bool online = state && state->online(m_clock.nowMsecs());
    if (online != m_online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
}

SyncThread::SyncThread(const QString& dataDir, int intervalMs)
    : m_thread(new QThread)
    , m_worker(new SyncWorker(dataDir)) {
    m_worker->setIntervalMs(intervalMs);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::started, m_worker, &SyncWorker::start);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("o2o-sync"));
    m_thread->start();
}

SyncThread::~SyncThread() {
    m_worker->cancel(); // a request in flight ends within a progress tick, not after its timeout
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace o2o
