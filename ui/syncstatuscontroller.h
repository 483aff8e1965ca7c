#pragma once

#include "core/error.h"
#include "store/terminalstatus.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace o2o {

class DatabaseThread;
class SyncWorker;

/**
 * The status bar: whether the platform answers (or the first download is under way), the events waiting to
 * upload, how old the data is against the warning and stop thresholds, and a clock set behind the
 * platform's time. Fed by the sync worker's queued signals (follow()) and a read of the database every few
 * seconds on the screens' thread (watch()). QML gets it as `app.syncStatus`.
 */
class SyncStatusController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(bool downloading READ downloading NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(int pendingEvents READ pendingEvents NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(o2o::SyncStatusController::DataAge dataAge READ dataAge NOTIFY changed)
    Q_PROPERTY(QString dataAgeText READ dataAgeText NOTIFY changed)
    Q_PROPERTY(bool clockBehind READ clockBehind NOTIFY changed)
public:
    /** How the data's age compares with the thresholds (settings, offline budget). */
    enum class DataAge { Fresh, Warning, Stop, Never };
    Q_ENUM(DataAge)

    static constexpr int kRefreshMs = 5000;

    using QObject::QObject;

    bool online() const { return m_online; }
    /** A sync cycle runs and no voucher data has ever arrived: the first download, not "offline". */
    bool downloading() const { return m_cycleRunning && m_status.enrolled && m_status.vouchersMs == 0; }
    /** One line: online, offline or downloading, and how fresh the data is. */
    QString text() const;
    /** A word or two for a narrow bar: "Online", "Offline", "Downloading". */
    QString stateText() const;
    int pendingEvents() const { return int(m_status.pendingEvents); }
    int conflicts() const { return int(m_status.conflicts); }
    DataAge dataAge() const;
    /** "data 3 h old" or empty when the data is fresh. */
    QString dataAgeText() const;
    /** The wall clock is more than five minutes behind the time the platform vouched for. */
    bool clockBehind() const;

    /** Listens to the worker (on its own thread) for as long as both live. */
    void follow(const SyncWorker* worker);
    /** Reads the status from the database now, then every kRefreshMs if periodic, else on refresh(). */
    void watch(DatabaseThread* database, bool periodic = true);
    /** Reads the status again soon (after a redemption or a sale). */
    Q_INVOKABLE void refresh();

    void setOnline(bool online);
    /** When the cached data was last current (UTC ms; 0: never), as stored: shown from the first frame. */
    void setDataCurrentAt(qint64 ms);
    void cycleStarted();
    void cycleCompleted();
    /** A cycle that failed: the code, not the message (that is for the log), picks the words. */
    void cycleFailed(ErrorCode code);
    /** A status read from the database (tests set it directly). */
    void setStatus(const TerminalStatus& status);

Q_SIGNALS:
    void changed();

private:
    qint64 dataMs() const;

    bool m_online = false;
    bool m_cycleRunning = false;
    qint64 m_lastSyncMs = 0; // when the data was last current; 0: unknown
    QString m_problem;       // a few words on why the last cycle failed; empty after a completed one
    TerminalStatus m_status;
    DatabaseThread* m_database = nullptr;
    QTimer m_refreshTimer;
};

} // namespace o2o
