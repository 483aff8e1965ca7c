#include "ui/sessioncontroller.h"

#include "store/terminalsettings.h"
#include "ui/databasethread.h"
#include "ui/uilog.h"

#include <QEvent>
#include <limits>

namespace o2o {

int StaffListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant StaffListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const StaffMember& m = m_members.at(index.row());
    switch (role) {
    case StaffIdRole:
        return m.id;
    case NameRole:
    case Qt::DisplayRole:
        return m.name;
    case RoleRole:
        return roleName(m.role);
    case ActiveRole:
        return m.active;
    case LockedUntilRole:
        return m.lockedUntilMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const {
    return {{StaffIdRole, "staffId"},
            {NameRole, "name"},
            {RoleRole, "role"},
            {ActiveRole, "active"},
            {LockedUntilRole, "lockedUntilMs"}};
}

void StaffListModel::setMembers(QList<StaffMember> members) {
    const bool countChanges = members.size() != m_members.size();
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

const StaffMember* StaffListModel::find(const QString& id) const {
    for (const StaffMember& m : m_members)
        if (m.id == id)
            return &m;
    return nullptr;
}

namespace {
struct StaffSnapshot {
    QList<StaffMember> active;
    bool any = false;
    int idleMinutes = 5;
};
} // namespace

SessionController::SessionController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database) {
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may end a session up to 5% early
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (signedIn()) {
            qCInfo(lcUi) << "signed out after" << m_idleTimer.interval() / 1000 << "s without activity";
            m_member.reset();
            clearEntry();
            Q_EMIT sessionChanged();
            Q_EMIT signedOut(true);
        }
    });
    m_lockoutTicker.setInterval(1000);
    connect(&m_lockoutTicker, &QTimer::timeout, this, &SessionController::tickLockout);
    reload();
}

bool SessionController::mayOpen(const QStringList& roles) const {
    if (open())
        return true;
    return m_member && roles.contains(roleName(m_member->role));
}

QString SessionController::actor() const {
    return m_member ? m_member->id : QStringLiteral("window");
}

QString SessionController::selectedName() const {
    const StaffMember* m = m_staff.find(m_selectedId);
    return m ? m->name : QString();
}

int SessionController::secondsLeft() const {
    if (m_lockedUntilMs <= 0)
        return 0;
    const qint64 left = m_lockedUntilMs - now();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

QString SessionController::heldScanTail() const {
    return m_heldScan.right(4);
}

void SessionController::reload() {
    m_database->run<StaffSnapshot>(
        this,
        [](Database& db) -> Result<StaffSnapshot> {
            StaffStore store(db);
            auto all = store.all();
            if (!all)
                return Unexpected(all.error());
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            StaffSnapshot snapshot;
            snapshot.any = !all->isEmpty();
            snapshot.idleMinutes = settings->idleSignOutMinutes;
            for (const StaffMember& m : *all)
                if (m.active)
                    snapshot.active.append(m);
            return snapshot;
        },
        [this](Result<StaffSnapshot> snapshot) {
            if (!snapshot) {
                qCWarning(lcUi) << "cannot read the staff:" << snapshot.error().message;
                return;
            }
            m_staff.setMembers(snapshot->active);
            m_ready = true;
            m_anyStaff = snapshot->any;
            // A member disabled (or gone) while signed in is signed out.
            if (m_member && !m_staff.find(m_member->id)) {
                m_member.reset();
                Q_EMIT sessionChanged();
                Q_EMIT signedOut(false);
            }
            if (!m_selectedId.isEmpty() && !m_staff.find(m_selectedId))
                m_selectedId.clear();
            setIdleSignOutMinutes(snapshot->idleMinutes);
            Q_EMIT staffChanged();
            Q_EMIT entryChanged();
        });
}

void SessionController::select(const QString& staffId) {
    const StaffMember* m = m_staff.find(staffId);
    if (!m)
        return;
    m_selectedId = staffId;
    m_pin.clear();
    // The store's lockout shows at once, before anyone types a digit.
    if (m->lockedUntilMs > now())
        setEntryError(Locked, 0, m->lockedUntilMs);
    else
        setEntryError(NoError, 0, 0);
}

void SessionController::appendDigit(int digit) {
    if (digit < 0 || digit > 9 || m_pin.size() >= kMaxPin || m_busy || m_error == Locked)
        return;
    m_pin.append(QChar(u'0' + digit));
    if (m_error != NoError)
        setEntryError(NoError, 0, 0); // the refusal goes once the next try begins
    else
        Q_EMIT entryChanged();
}

void SessionController::removeDigit() {
    if (m_pin.isEmpty())
        return;
    m_pin.chop(1);
    Q_EMIT entryChanged();
}

void SessionController::clearEntry() {
    m_pin.clear();
    m_selectedId.clear();
    m_lockoutTicker.stop();
    m_error = NoError;
    m_attemptsLeft = 0;
    m_lockedUntilMs = 0;
    Q_EMIT entryChanged();
    Q_EMIT secondsLeftChanged();
}

void SessionController::submit() {
    if (m_busy || m_selectedId.isEmpty() || m_error == Locked)
        return;
    if (m_pin.size() < kMinPin) {
        setEntryError(PinTooShort, 0, 0);
        return;
    }
    const QString id = m_selectedId;
    const QString pin = m_pin;
    m_pin.clear();
    Q_EMIT entryChanged();
    setBusy(true);
    qCInfo(lcUi) << "sign-in attempt for" << id; // never the PIN
    const qint64 at = now();
    m_database->run<PinCheck>(
        this, [id, pin, at](Database& db) { return StaffStore(db).checkPin(id, pin, at); },
        [this](Result<PinCheck> result) { onChecked(result); });
}

void SessionController::signIn(const QString& staffId, const QString& pin) {
    m_selectedId = staffId;
    m_error = NoError;
    m_pin = pin;
    submit();
}

void SessionController::onChecked(const Result<PinCheck>& result) {
    setBusy(false);
    if (!result) {
        qCWarning(lcUi) << "sign-in failed:" << result.error().message;
        setEntryError(Failed, 0, 0);
        return;
    }
    switch (result->outcome) {
    case PinCheck::Outcome::Accepted: {
        m_member = result->member;
        qCInfo(lcUi) << "signed in:" << m_member->id << roleName(m_member->role);
        clearEntry();
        m_selectedId.clear();
        restartIdleTimer();
        const QString held = m_heldScan;
        m_heldScan.clear();
        m_heldScans = 0;
        Q_EMIT heldScanChanged();
        Q_EMIT sessionChanged();
        Q_EMIT signedInWith(held);
        reload(); // the lockout counters the list shows
        return;
    }
    case PinCheck::Outcome::WrongPin:
        if (result->lockedUntilMs > now()) {
            setEntryError(Locked, 0, result->lockedUntilMs);
            reload();
        } else {
            setEntryError(WrongPin, result->attemptsLeft, 0);
        }
        return;
    case PinCheck::Outcome::Locked:
        setEntryError(Locked, 0, result->lockedUntilMs);
        return;
    case PinCheck::Outcome::Disabled:
        setEntryError(Disabled, 0, 0);
        reload();
        return;
    case PinCheck::Outcome::Unknown:
        break;
    }
    setEntryError(UnknownStaff, 0, 0);
    reload();
}

void SessionController::signOut() {
    if (!m_member)
        return;
    qCInfo(lcUi) << "signed out:" << m_member->id;
    m_member.reset();
    m_idleTimer.stop();
    clearEntry();
    Q_EMIT sessionChanged();
    Q_EMIT signedOut(false);
}

void SessionController::noteActivity() {
    if (m_member)
        restartIdleTimer();
}

void SessionController::setIdleSignOutMinutes(int minutes) {
    if (minutes == m_idleMinutes)
        return;
    m_idleMinutes = minutes;
    if (m_member)
        restartIdleTimer();
    Q_EMIT idleSignOutMinutesChanged();
}

void SessionController::setIdleLimitMs(qint64 ms) {
    m_idleLimitOverrideMs = ms;
    if (m_member)
        restartIdleTimer();
}

void SessionController::setClock(const Clock* clock) {
    m_clock = clock ? clock : &m_systemClock;
    Q_EMIT secondsLeftChanged();
}

void SessionController::holdScan(const QString& code) {
    m_heldScan = code;
    ++m_heldScans;
    qCInfo(lcUi) << "scan held until sign-in: ..." << code.right(4);
    Q_EMIT heldScanChanged();
}

void SessionController::dropHeldScan() {
    if (m_heldScans == 0)
        return;
    m_heldScan.clear();
    m_heldScans = 0;
    Q_EMIT heldScanChanged();
}

bool SessionController::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionController::setEntryError(SignInError error, int attemptsLeft, qint64 lockedUntilMs) {
    m_error = error;
    m_attemptsLeft = attemptsLeft;
    m_lockedUntilMs = lockedUntilMs;
    if (error == Locked) {
        m_pin.clear();
        m_lastSecondsLeft = secondsLeft();
        m_lockoutTicker.start();
    } else {
        m_lockoutTicker.stop();
    }
    Q_EMIT entryChanged();
    Q_EMIT secondsLeftChanged();
}

void SessionController::restartIdleTimer() {
    const qint64 limit = m_idleLimitOverrideMs >= 0 ? m_idleLimitOverrideMs : qint64(m_idleMinutes) * 60'000;
    if (limit <= 0) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(int(std::min<qint64>(limit, std::numeric_limits<int>::max())));
}

void SessionController::tickLockout() {
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT secondsLeftChanged();
    }
    if (left == 0) {
        // The lockout is over: a fresh start for that member.
        setEntryError(NoError, 0, 0);
        reload();
    }
}

} // namespace o2o
