#pragma once

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;
class SyncWorker;

/** One conflict the platform reported, in words: what happened and what the manager should do. */
struct ConflictRow {
    QString redemptionId;
    QString voucherLabel; // the deal and the code's last four characters
    QString happened;
    QString toDo;
    QString recorded; // when the platform's answer arrived
    bool voided = false;
};

/** The conflicts inbox's rows, newest first. */
class ConflictsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by SyncDashboardController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        RedemptionIdRole = Qt::UserRole + 1,
        VoucherRole,
        HappenedRole,
        ToDoRole,
        RecordedRole,
        VoidedRole
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    void setRows(QList<ConflictRow> rows);

Q_SIGNALS:
    void countChanged();

private:
    QList<ConflictRow> m_rows;
};

/**
 * The sync dashboard and the conflicts inbox: what the sync engine stored (SyncState: last upload and
 * download, the last error; the outbox; the conflicts), read on the DatabaseThread, and "retry now",
 * which asks the window's SyncWorker for a cycle at once. Without a sync worker (sync off: screenshots,
 * tests, a terminal started so) syncRunning is false and retryNow does nothing.
 */
class SyncDashboardController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool syncRunning READ syncRunning NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString platformUrl READ platformUrl NOTIFY changed)
    Q_PROPERTY(QString lastUpload READ lastUpload NOTIFY changed)
    Q_PROPERTY(QString lastDownload READ lastDownload NOTIFY changed)
    Q_PROPERTY(QString lastContact READ lastContact NOTIFY changed)
    Q_PROPERTY(QString lastFailure READ lastFailure NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(int pendingEvents READ pendingEvents NOTIFY changed)
    Q_PROPERTY(bool retrying READ retrying NOTIFY changed)
    Q_PROPERTY(QString cycleMessage READ cycleMessage NOTIFY changed)
    Q_PROPERTY(o2o::ConflictsModel* conflicts READ conflicts CONSTANT)
public:
    explicit SyncDashboardController(DatabaseThread* database, QObject* parent = nullptr);

    /** The window's sync worker (on its own thread); never called when sync is off. */
    void follow(SyncWorker* worker);

    bool syncRunning() const { return !m_worker.isNull(); }
    bool loaded() const { return m_loaded; }
    bool enrolled() const { return m_enrolled; }
    QString platformUrl() const { return m_platformUrl; }
    QString lastUpload() const { return m_lastUpload; }
    QString lastDownload() const { return m_lastDownload; }
    QString lastContact() const { return m_lastContact; }
    QString lastFailure() const { return m_lastFailure; }
    QString lastError() const { return m_lastError; }
    int pendingEvents() const { return m_pending; }
    bool retrying() const { return m_retrying; }
    QString cycleMessage() const { return m_cycleMessage; }
    ConflictsModel* conflicts() { return &m_conflicts; }

    Q_INVOKABLE void refresh();
    /** A sync cycle now, instead of at the next tick or after the backoff. */
    Q_INVOKABLE void retryNow();

Q_SIGNALS:
    void changed();

private:
    DatabaseThread* m_database;
    QPointer<SyncWorker> m_worker;
    ConflictsModel m_conflicts;
    bool m_loaded = false;
    bool m_enrolled = false;
    QString m_platformUrl;
    QString m_lastUpload;
    QString m_lastDownload;
    QString m_lastContact;
    QString m_lastFailure;
    QString m_lastError;
    int m_pending = 0;
    bool m_retrying = false;
    QString m_cycleMessage;
};

} // namespace o2o
