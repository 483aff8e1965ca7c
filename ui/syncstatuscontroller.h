#pragma once

#include "core/error.h"

#include <QObject>
#include <QQmlEngine>

namespace o2o {

class SyncWorker;

/**
 * The header's sync line: whether the platform answers and how old the cached data is. Fed by the sync
 * worker's queued signals (follow()); QML gets it as `required property SyncStatusController syncStatus`.
 */
class SyncStatusController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
public:
    using QObject::QObject;

    bool online() const { return m_online; }
    /** One line for the header: online or offline, and how fresh the data is. */
    QString text() const;

    /** Listens to the worker (on its own thread) for as long as both live. */
    void follow(const SyncWorker* worker);

    void setOnline(bool online);
    /** When the cached data was last current (UTC ms; 0: never), as stored: shown from the first frame. */
    void setDataCurrentAt(qint64 ms);
    void cycleCompleted();
    /** A cycle that failed: the code, not the message (that is for the log), picks the words. */
    void cycleFailed(ErrorCode code);

Q_SIGNALS:
    void changed();

private:
    bool m_online = false;
    qint64 m_lastSyncMs = 0; // when the data was last current; 0: unknown
    QString m_problem;       // a few words on why the last cycle failed; empty after a completed one
};

} // namespace o2o
