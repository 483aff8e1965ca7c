#include "ui/staffcontroller.h"

#include "store/pinhash.h"
#include "ui/databasethread.h"
#include "ui/uilog.h"

#include <QDateTime>

namespace o2o {

StaffController::StaffController(DatabaseThread* database, SessionController* session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session) {}

void StaffController::reload() {
    m_database->run<QList<StaffMember>>(
        this, [](Database& db) { return StaffStore(db).all(); },
        [this](Result<QList<StaffMember>> members) {
            if (!members) {
                qCWarning(lcUi) << "cannot read the staff:" << members.error().message;
                setError(Failed);
                return;
            }
            m_members.setMembers(*members);
        });
}

bool StaffController::permitted() {
    if (m_session->mayOpen({QStringLiteral("manager"), QStringLiteral("installer")}))
        return true;
    setError(NotPermitted);
    return false;
}

bool StaffController::checkNewPin(const QString& pin, const QString& pinAgain) {
    if (!isWellFormedPin(pin)) {
        setError(PinInvalid);
        return false;
    }
    if (pin != pinAgain) {
        setError(PinMismatch);
        return false;
    }
    return true;
}

void StaffController::add(const QString& name, const QString& role, const QString& pin,
                          const QString& pinAgain) {
    if (m_busy || !permitted())
        return;
    const auto staffRole = roleFromName(role);
    if (!isValidStaffName(name))
        return setError(NameInvalid);
    if (!staffRole)
        return setError(RoleInvalid);
    if (!checkNewPin(pin, pinAgain))
        return;
    const bool first = m_session->open();
    if (first && *staffRole == StaffRole::Cashier)
        return setError(FirstMustManage);
    setError(NoError);
    setBusy(true);
    StaffMember member;
    member.name = name.trimmed();
    member.role = *staffRole;
    const QString actor = m_session->actor();
    m_database->run<QString>(
        this,
        [member, pin, actor](Database& db) mutable -> Result<QString> {
            StaffStore store(db);
            auto all = store.all();
            if (!all)
                return Unexpected(all.error());
            QStringList taken;
            for (const StaffMember& m : *all)
                taken.append(m.id);
            member.id = staffIdFor(member.name, taken);
            O2O_TRY(store.add(member, pin, actor, QDateTime::currentMSecsSinceEpoch()));
            return member.id;
        },
        [this, first, pin](Result<QString> added) {
            finish(added, Added);
            if (added && first)
                m_session->signIn(*added, pin); // the first manager or installer works on, signed in
        });
}

void StaffController::changePin(const QString& staffId, const QString& pin, const QString& pinAgain) {
    if (m_busy || !permitted() || !checkNewPin(pin, pinAgain))
        return;
    setError(NoError);
    setBusy(true);
    const QString actor = m_session->actor();
    m_database->run<QString>(
        this,
        [staffId, pin, actor](Database& db) -> Result<QString> {
            O2O_TRY(StaffStore(db).setPin(staffId, pin, actor, QDateTime::currentMSecsSinceEpoch()));
            return staffId;
        },
        [this](Result<QString> changed) { finish(changed, PinChanged); });
}

void StaffController::disable(const QString& staffId) {
    if (m_busy || !permitted())
        return;
    if (staffId == m_session->staffId())
        return setError(CannotDisableSelf);
    setError(NoError);
    setBusy(true);
    const QString actor = m_session->actor();
    m_database->run<QString>(
        this,
        [staffId, actor](Database& db) -> Result<QString> {
            O2O_TRY(StaffStore(db).disable(staffId, actor, QDateTime::currentMSecsSinceEpoch()));
            return staffId;
        },
        [this](Result<QString> disabled) { finish(disabled, Disabled); });
}

void StaffController::finish(const Result<QString>& result, Action action) {
    setBusy(false);
    if (!result) {
        qCWarning(lcUi) << "staff change refused:" << result.error().message;
        setError(result.error().code == ErrorCode::InvalidInput ? UnknownStaff : Failed);
        return;
    }
    reload();
    m_session->reload(); // the sign-in pad lists who may sign in now
    Q_EMIT done(action, *result);
}

void StaffController::clearError() {
    setError(NoError);
}

void StaffController::setError(StaffError error) {
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void StaffController::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace o2o
