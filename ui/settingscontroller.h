#pragma once

#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;
class SessionController;

/**
 * The settings a manager or installer may change in the window: how long cashiers may void their own
 * entries, and how long the window waits before signing an idle member out. The same limits and the same
 * audited save as the `config` command (store/settingschange), on the screens' database thread.
 */
class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool loaded READ loaded NOTIFY valuesChanged)
    Q_PROPERTY(int voidWindowMinutes READ voidWindowMinutes NOTIFY valuesChanged)
    Q_PROPERTY(int idleSignOutMinutes READ idleSignOutMinutes NOTIFY valuesChanged)
    Q_PROPERTY(int maxVoidWindowMinutes READ maxVoidWindowMinutes CONSTANT)
    Q_PROPERTY(int maxIdleSignOutMinutes READ maxIdleSignOutMinutes CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(SettingsError error READ error NOTIFY errorChanged)
public:
    enum SettingsError { NoError, VoidWindowOutOfRange, IdleOutOfRange, NotPermitted, Failed };
    Q_ENUM(SettingsError)

    SettingsController(DatabaseThread* database, SessionController* session, QObject* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int voidWindowMinutes() const { return m_voidWindowMinutes; }
    int idleSignOutMinutes() const { return m_idleSignOutMinutes; }
    int maxVoidWindowMinutes() const;
    int maxIdleSignOutMinutes() const;
    bool busy() const { return m_busy; }
    SettingsError error() const { return m_error; }

    Q_INVOKABLE void load();
    /** Validates both, then saves what changed (audited); saved() tells how many settings changed. */
    Q_INVOKABLE void save(int voidWindowMinutes, int idleSignOutMinutes);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void valuesChanged();
    void busyChanged();
    void errorChanged();
    void saved(int changedCount);

private:
    void setError(SettingsError error);
    void setBusy(bool busy);

    DatabaseThread* m_database;
    SessionController* m_session;
    bool m_loaded = false;
    int m_voidWindowMinutes = 0;
    int m_idleSignOutMinutes = 0;
    bool m_busy = false;
    SettingsError m_error = NoError;
};

} // namespace o2o
