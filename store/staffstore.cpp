#include "store/staffstore.h"

#include "store/auditlog.h"
#include "store/pinhash.h"

#include <QRegularExpression>

namespace o2o {

namespace {
constexpr const char* kColumns = "id, name, role, active, failed_attempts, locked_until_ms";

StaffMember readMember(const sql::Statement& s) {
    StaffMember m;
    m.id = s.text(0);
    m.name = s.text(1);
    m.role = roleFromName(s.text(2)).value_or(StaffRole::Cashier);
    m.active = s.int64(3) != 0;
    m.failedAttempts = int(s.int64(4));
    m.lockedUntilMs = s.int64(5);
    return m;
}

Result<void> step(Database& db, sql::Statement& stmt, const QString& what) {
    if (const int rc = stmt.step(); rc != sql::kDone)
        return Unexpected(db.connection().error(rc, what));
    return {};
}
} // namespace

QString roleName(StaffRole role) {
    switch (role) {
    case StaffRole::Manager:
        return QStringLiteral("manager");
    case StaffRole::Installer:
        return QStringLiteral("installer");
    case StaffRole::Cashier:
        break;
    }
    return QStringLiteral("cashier");
}

std::optional<StaffRole> roleFromName(const QString& name) {
    for (StaffRole r : {StaffRole::Cashier, StaffRole::Manager, StaffRole::Installer})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

bool isValidStaffId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

bool isValidStaffName(const QString& name) {
    const QString trimmed = name.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= 80;
}

QString staffIdFor(const QString& name, const QStringList& taken) {
    QString base;
    // Accents folded away ("í" -> "i"); anything else that is not a letter or digit separates words.
    for (const QChar c : name.trimmed().toLower().normalized(QString::NormalizationForm_KD)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            base.append(c);
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base.append(u'-');
    }
    base = base.left(28);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("staff");
    QString id = base;
    for (int n = 2; taken.contains(id, Qt::CaseInsensitive); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

QString PinCheck::refusalCode() const {
    switch (outcome) {
    case Outcome::Accepted:
        return {};
    case Outcome::WrongPin:
        return QStringLiteral("wrong_pin");
    case Outcome::Locked:
        return QStringLiteral("locked");
    case Outcome::Unknown:
    case Outcome::Disabled:
        break;
    }
    return QStringLiteral("not_permitted");
}

QString pinOutcomeCode(PinCheck::Outcome outcome) {
    switch (outcome) {
    case PinCheck::Outcome::Accepted:
        return QStringLiteral("accepted");
    case PinCheck::Outcome::WrongPin:
        return QStringLiteral("wrong_pin");
    case PinCheck::Outcome::Locked:
        return QStringLiteral("locked");
    case PinCheck::Outcome::Disabled:
        return QStringLiteral("disabled");
    case PinCheck::Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown_staff");
}

Result<void> StaffStore::add(const StaffMember& member, const QString& pin, const QString& actor,
                             qint64 nowMs) {
    auto hash = hashPin(pin);
    if (!hash)
        return Unexpected(hash.error());
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    auto existing = find(member.id);
    if (!existing)
        return Unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::InvalidInput, QStringLiteral("staff member %1 already exists").arg(member.id));
    auto insert = m_db.connection().prepare(
        "INSERT INTO staff(id, name, role, pin_hash, active, failed_attempts, "
        "locked_until_ms, created_ms, updated_ms) VALUES(?1, ?2, ?3, ?4, 1, 0, 0, ?5, ?5)");
    if (!insert)
        return Unexpected(insert.error());
    insert->bind(1, member.id)
        .bind(2, member.name)
        .bind(3, roleName(member.role))
        .bind(4, *hash)
        .bind(5, nowMs);
    O2O_TRY(step(m_db, *insert, QStringLiteral("cannot add the staff member")));
    O2O_TRY(AuditLog(m_db).append(actor, QStringLiteral("staff_add"), member.id,
                                  QStringLiteral("%1 (%2)").arg(member.name, roleName(member.role)), nowMs));
    return transaction.commit();
}

Result<void> StaffStore::setPin(const QString& id, const QString& pin, const QString& actor, qint64 nowMs) {
    auto hash = hashPin(pin);
    if (!hash)
        return Unexpected(hash.error());
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    // A new PIN also lifts a lockout: a manager has just spoken to the person.
    auto update = m_db.connection().prepare("UPDATE staff SET pin_hash = ?2, failed_attempts = 0, "
                                            "locked_until_ms = 0, updated_ms = ?3 WHERE id = ?1");
    if (!update)
        return Unexpected(update.error());
    update->bind(1, id).bind(2, *hash).bind(3, nowMs);
    O2O_TRY(step(m_db, *update, QStringLiteral("cannot change the PIN")));
    if (m_db.connection().changes() != 1)
        return fail(ErrorCode::InvalidInput, QStringLiteral("no staff member %1").arg(id));
    O2O_TRY(
        AuditLog(m_db).append(actor, QStringLiteral("staff_pin"), id, QStringLiteral("new PIN set"), nowMs));
    return transaction.commit();
}

Result<void> StaffStore::disable(const QString& id, const QString& actor, qint64 nowMs) {
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    auto update = m_db.connection().prepare(
        "UPDATE staff SET active = 0, updated_ms = ?2 WHERE id = ?1 AND active = 1");
    if (!update)
        return Unexpected(update.error());
    update->bind(1, id).bind(2, nowMs);
    O2O_TRY(step(m_db, *update, QStringLiteral("cannot disable the staff member")));
    if (m_db.connection().changes() != 1)
        return fail(ErrorCode::InvalidInput, QStringLiteral("no active staff member %1").arg(id));
    O2O_TRY(AuditLog(m_db).append(actor, QStringLiteral("staff_disable"), id, {}, nowMs));
    return transaction.commit();
}

Result<QList<StaffMember>> StaffStore::all() {
    auto stmt = m_db.connection().prepare(
        QByteArray("SELECT ").append(kColumns).append(" FROM staff ORDER BY id").constData());
    if (!stmt)
        return Unexpected(stmt.error());
    QList<StaffMember> members;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        members.append(readMember(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the staff")));
    return members;
}

Result<std::optional<StaffMember>> StaffStore::find(const QString& id) {
    auto stmt = m_db.connection().prepare(
        QByteArray("SELECT ").append(kColumns).append(" FROM staff WHERE id = ?1").constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, id);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<StaffMember>();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the staff")));
    return std::optional<StaffMember>(readMember(*stmt));
}

Result<bool> StaffStore::any() {
    auto n = m_db.connection().scalar("SELECT count(*) FROM staff");
    if (!n)
        return Unexpected(n.error());
    return *n > 0;
}

Result<QString> StaffStore::pinHashOf(const QString& id) {
    auto stmt = m_db.connection().prepare("SELECT pin_hash FROM staff WHERE id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, id);
    if (const int rc = stmt->step(); rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the staff")));
    return stmt->text(0);
}

Result<PinCheck> StaffStore::beginAttempt(const QString& id, qint64 nowMs) {
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    auto found = find(id);
    if (!found)
        return Unexpected(found.error());
    PinCheck check;
    check.member = *found;
    if (!*found) {
        check.outcome = PinCheck::Outcome::Unknown;
        return check;
    }
    StaffMember& m = **found;
    if (!m.active) {
        check.outcome = PinCheck::Outcome::Disabled;
        return check;
    }
    if (m.lockedUntilMs > nowMs) {
        check.outcome = PinCheck::Outcome::Locked;
        check.lockedUntilMs = m.lockedUntilMs;
        return check;
    }
    // Counted now, before the PIN is compared: an entry cut short still counts.
    auto update = m_db.connection().prepare(
        "UPDATE staff SET failed_attempts = failed_attempts + 1, locked_until_ms = ?2 WHERE id = ?1");
    if (!update)
        return Unexpected(update.error());
    ++m.failedAttempts;
    m.lockedUntilMs = m.failedAttempts >= kLockoutAttempts ? nowMs + kLockoutMs : 0;
    update->bind(1, id).bind(2, m.lockedUntilMs);
    O2O_TRY(step(m_db, *update, QStringLiteral("cannot count the PIN attempt")));
    O2O_TRY(transaction.commit());
    check.member = m;
    check.outcome = PinCheck::Outcome::Accepted; // provisional: finishAttempt decides
    return check;
}

Result<PinCheck> StaffStore::checkPin(const QString& id, const QString& pin, qint64 nowMs) {
    auto begun = beginAttempt(id, nowMs);
    if (!begun || begun->outcome != PinCheck::Outcome::Accepted)
        return begun;
    auto hash = pinHashOf(id);
    if (!hash)
        return Unexpected(hash.error());
    return finishAttempt(*begun->member, pinMatches(*hash, pin), nowMs);
}

Result<PinCheck> StaffStore::finishAttempt(const StaffMember& counted, bool matches, qint64 nowMs) {
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    PinCheck check;
    check.member = counted;
    AuditLog audit(m_db);
    if (matches) {
        auto update = m_db.connection().prepare(
            "UPDATE staff SET failed_attempts = 0, locked_until_ms = 0 WHERE id = ?1");
        if (!update)
            return Unexpected(update.error());
        update->bind(1, counted.id);
        O2O_TRY(step(m_db, *update, QStringLiteral("cannot record the sign-in")));
        O2O_TRY(audit.append(counted.id, QStringLiteral("sign_in"), counted.id, {}, nowMs));
        check.outcome = PinCheck::Outcome::Accepted;
        check.member->failedAttempts = 0;
        check.member->lockedUntilMs = 0;
    } else {
        check.outcome = PinCheck::Outcome::WrongPin;
        check.attemptsLeft = std::max(0, kLockoutAttempts - counted.failedAttempts);
        check.lockedUntilMs = counted.lockedUntilMs;
        O2O_TRY(audit.append(
            counted.id, QStringLiteral("wrong_pin"), counted.id,
            QStringLiteral("attempt %1 of %2").arg(counted.failedAttempts).arg(kLockoutAttempts), nowMs));
        if (counted.lockedUntilMs != 0) {
            // The lockout starts over the count: after 30 minutes, five more tries.
            auto reset = m_db.connection().prepare("UPDATE staff SET failed_attempts = 0 WHERE id = ?1");
            if (!reset)
                return Unexpected(reset.error());
            reset->bind(1, counted.id);
            O2O_TRY(step(m_db, *reset, QStringLiteral("cannot record the lockout")));
            O2O_TRY(audit.append(counted.id, QStringLiteral("lockout"), counted.id,
                                 QStringLiteral("%1 wrong PINs: locked for 30 minutes").arg(kLockoutAttempts),
                                 nowMs));
        }
    }
    O2O_TRY(transaction.commit());
    return check;
}

} // namespace o2o
