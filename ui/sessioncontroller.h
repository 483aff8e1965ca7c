#pragma once

#include "core/clock.h"
#include "store/staffstore.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace o2o {

class DatabaseThread;

/** Staff as the sign-in pad and the staff screen list them. */
class StaffListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the controllers")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { StaffIdRole = Qt::UserRole + 1, NameRole, RoleRole, ActiveRole, LockedUntilRole };
    explicit StaffListModel(QObject* parent = nullptr)
        : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMembers(QList<StaffMember> members);
    const QList<StaffMember>& members() const { return m_members; }
    const StaffMember* find(const QString& id) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<StaffMember> m_members;
};

/**
 * Who works the window: the staff PIN pad, the lockout's countdown and the automatic sign-out after an idle
 * time (a terminal setting). The PIN's digits stay here (QML sees only how many there are) and are checked
 * with Argon2id on the screens' database thread. Until any staff member exists the terminal is open to
 * everyone, as the command line is (app/staffguard).
 *
 * While staff exist and nobody is signed in (at a counter, not a kiosk), a handheld scan is held,
 * not checked: the sign-in screen says a code is waiting, and the counter checks it (never redeems it)
 * right after the next sign-in.
 */
class SessionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool ready READ ready NOTIFY staffChanged)
    Q_PROPERTY(bool open READ open NOTIFY staffChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY sessionChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(o2o::StaffListModel* staff READ staff CONSTANT)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY entryChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY entryChanged)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY entryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(SignInError error READ error NOTIFY entryChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY entryChanged)
    Q_PROPERTY(qint64 lockedUntilMs READ lockedUntilMs NOTIFY entryChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int idleSignOutMinutes READ idleSignOutMinutes NOTIFY idleSignOutMinutesChanged)
    Q_PROPERTY(int heldScans READ heldScans NOTIFY heldScanChanged)
    Q_PROPERTY(QString heldScanTail READ heldScanTail NOTIFY heldScanChanged)
public:
    enum SignInError { NoError, WrongPin, Locked, Disabled, UnknownStaff, PinTooShort, Failed };
    Q_ENUM(SignInError)
    static constexpr int kMinPin = 4;
    static constexpr int kMaxPin = 12;

    explicit SessionController(DatabaseThread* database, QObject* parent = nullptr);

    bool ready() const { return m_ready; }
    /** No staff at all: everyone may do everything, as on the command line. */
    bool open() const { return m_ready && !m_anyStaff; }
    bool signedIn() const { return m_member.has_value(); }
    QString staffId() const { return m_member ? m_member->id : QString(); }
    QString staffName() const { return m_member ? m_member->name : QString(); }
    /** cashier, manager or installer (store/staffstore's names); empty when signed out. */
    QString role() const { return m_member ? roleName(m_member->role) : QString(); }
    /** Whether the window shows only the sign-in: staff exist and nobody is signed in. */
    bool gated() const { return m_ready && m_anyStaff && !m_member; }
    /** Whether a signed-in member (or anyone, while open) may open something for these roles. */
    Q_INVOKABLE bool mayOpen(const QStringList& roles) const;
    /** Who an audited change from the window is by: the member signed in, or "window" while open. */
    QString actor() const;

    StaffListModel* staff() { return &m_staff; }
    QString selectedId() const { return m_selectedId; }
    QString selectedName() const;
    int pinLength() const { return int(m_pin.size()); }
    bool busy() const { return m_busy; }
    SignInError error() const { return m_error; }
    int attemptsLeft() const { return m_attemptsLeft; }
    qint64 lockedUntilMs() const { return m_lockedUntilMs; }
    int secondsLeft() const;
    int idleSignOutMinutes() const { return m_idleMinutes; }
    int heldScans() const { return m_heldScans; }
    /** The last four characters of the waiting scan (never the whole code on screen). */
    QString heldScanTail() const;

    /** Reads the staff and the idle setting again (after a change from the staff or settings screen). */
    Q_INVOKABLE void reload();
    Q_INVOKABLE void select(const QString& staffId);
    Q_INVOKABLE void appendDigit(int digit);
    Q_INVOKABLE void removeDigit();
    /** Forgets the name chosen, the digits and the last refusal (not the lockout, which the store keeps). */
    Q_INVOKABLE void clearEntry();
    /** Checks the digits entered for the selected member. */
    Q_INVOKABLE void submit();
    /** Selects, enters and submits in one go (the first staff member added, screenshots, tests). */
    Q_INVOKABLE void signIn(const QString& staffId, const QString& pin);
    Q_INVOKABLE void signOut();
    /** A key, a touch or a scan: the idle time starts again. */
    Q_INVOKABLE void noteActivity();
    void setIdleSignOutMinutes(int minutes);
    /** For tests: the idle limit in milliseconds, whatever the setting says (0: never). */
    void setIdleLimitMs(qint64 ms);
    /** How long until the idle sign-out; -1 when none is due (signed out, or never). */
    int idleRemainingMs() const { return m_idleTimer.isActive() ? m_idleTimer.remainingTime() : -1; }
    /** For tests: where "now" comes from for the lockout's countdown. */
    void setClock(const Clock* clock);

    /** While gated, a handheld scan waits here for the next sign-in (AppServices decides; a kiosk's are
     *  redeemed). */
    void holdScan(const QString& code);
    /** Forgets the waiting scan (the window's reset: screenshots and tests start clean). */
    Q_INVOKABLE void dropHeldScan();

Q_SIGNALS:
    void staffChanged();
    void sessionChanged();
    void entryChanged();
    void busyChanged();
    void secondsLeftChanged();
    void idleSignOutMinutesChanged();
    void heldScanChanged();
    /** Someone signed in: the held scan, if any, comes with it (empty when none). */
    void signedInWith(const QString& heldCode);
    /** Signed out by hand or by the idle timer (idle true). */
    void signedOut(bool idle);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setBusy(bool busy);
    void setEntryError(SignInError error, int attemptsLeft, qint64 lockedUntilMs);
    void onChecked(const Result<PinCheck>& result);
    void restartIdleTimer();
    void tickLockout();
    qint64 now() const { return m_clock->nowMsecs(); }

    DatabaseThread* m_database;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    StaffListModel m_staff;
    bool m_ready = false;
    bool m_anyStaff = false;
    std::optional<StaffMember> m_member;
    QString m_selectedId;
    QString m_pin;
    bool m_busy = false;
    SignInError m_error = NoError;
    int m_attemptsLeft = 0;
    qint64 m_lockedUntilMs = 0;
    int m_lastSecondsLeft = 0;
    int m_idleMinutes = 5;
    qint64 m_idleLimitOverrideMs = -1;
    QTimer m_idleTimer;
    QTimer m_lockoutTicker;
    QString m_heldScan;
    int m_heldScans = 0;
};

} // namespace o2o
