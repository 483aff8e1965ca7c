#pragma once

#include "core/clock.h"
#include "core/error.h"
#include "sync/backoff.h"
#include "sync/transport.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QTimer;

namespace o2o {

class Database;
class SyncEngine;

/**
 * Runs sync cycles on the thread it lives on (never the GUI thread), with its own database connection
 * and curl handle: every 30 s while cycles complete (which keeps the online indicator fresh), after a
 * backoff with full jitter and Retry-After when they fail, every minute while the terminal is not
 * enrolled. Results leave by queued signal. Move it to a QThread and invoke start() there.
 * transports: what carries the requests (tests: an in-process platform); empty: libcurl.
 */
class SyncWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 30'000;
    static constexpr int kNotEnrolledIntervalMs = 60'000;

    explicit SyncWorker(QString dataDir, TransportFactory transports = {}, QObject* parent = nullptr);
    ~SyncWorker() override;

    /** Before start(): the pause after a completed cycle (default kIntervalMs). */
    void setIntervalMs(int ms) { m_intervalMs = ms; }

    /** Any thread: aborts the request in progress, so the thread can be stopped at once. */
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void start();
    void syncNow();

Q_SIGNALS:
    /** A cycle begins: a window with no data yet says it is downloading, not that it is offline. */
    void cycleStarted();
    /** When not completed, code says why for a screen that must react (NotEnrolled); ignore it otherwise. */
    void cycleFinished(bool completed, const QString& message, o2o::ErrorCode code);
    void onlineChanged(bool online);

private:
    void schedule(qint64 delayMs);
    void updateOnline();

    QString m_dataDir;
    TransportFactory m_transports;
    SystemClock m_clock;
    Backoff m_backoff;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer* m_timer = nullptr;
    std::atomic_bool m_cancel{false};
    qint64 m_failingSinceMs = -1; // the first failed cycle since the last completed one
    bool m_online = false;
    int m_intervalMs = kIntervalMs;
};

/** Owns a QThread running a SyncWorker: what the window needs for background sync, in two lines. */
class SyncThread {
public:
    explicit SyncThread(const QString& dataDir, int intervalMs = SyncWorker::kIntervalMs);
    ~SyncThread();
    SyncThread(const SyncThread&) = delete;
    SyncThread& operator=(const SyncThread&) = delete;

    SyncWorker* worker() const { return m_worker; }

private:
    class QThread* m_thread;
    SyncWorker* m_worker;
};

} // namespace o2o
