#pragma once

#include "ui/sessioncontroller.h"

#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;

/**
 * The staff screen (managers and installers; anyone while no staff exist): the list, add a member with a
 * role and a first PIN, a new PIN, disable. Every change goes through store/staffstore on the screens'
 * database thread and is audited there, by the member signed in. The first member added from an open
 * terminal must be able to manage staff (a manager or installer) and is signed in at once, so nobody is
 * locked out of the screen that made them.
 */
class StaffController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(o2o::StaffListModel* members READ members CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(StaffError error READ error NOTIFY errorChanged)
public:
    enum StaffError {
        NoError,
        NameInvalid,     // blank or longer than 80 characters
        RoleInvalid,     // not cashier, manager or installer
        PinInvalid,      // not 4 to 12 digits
        PinMismatch,     // the two entries differ
        FirstMustManage, // the first member must be a manager or an installer
        CannotDisableSelf,
        UnknownStaff, // gone or already disabled
        NotPermitted, // a cashier, or nobody signed in
        Failed        // the database said no (logged)
    };
    Q_ENUM(StaffError)
    enum Action { Added, PinChanged, Disabled };
    Q_ENUM(Action)

    StaffController(DatabaseThread* database, SessionController* session, QObject* parent = nullptr);

    StaffListModel* members() { return &m_members; }
    bool busy() const { return m_busy; }
    StaffError error() const { return m_error; }

    Q_INVOKABLE void reload();
    /** Adds a member; the id is made from the name. */
    Q_INVOKABLE void add(const QString& name, const QString& role, const QString& pin,
                         const QString& pinAgain);
    Q_INVOKABLE void changePin(const QString& staffId, const QString& pin, const QString& pinAgain);
    Q_INVOKABLE void disable(const QString& staffId);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void busyChanged();
    void errorChanged();
    /** A change was saved (staffId: who it was about). */
    void done(o2o::StaffController::Action action, const QString& staffId);

private:
    bool permitted();
    bool checkNewPin(const QString& pin, const QString& pinAgain);
    void setError(StaffError error);
    void setBusy(bool busy);
    void finish(const Result<QString>& result, Action action);

    DatabaseThread* m_database;
    SessionController* m_session;
    StaffListModel m_members;
    bool m_busy = false;
    StaffError m_error = NoError;
};

} // namespace o2o
