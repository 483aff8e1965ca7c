#pragma once

#include "store/database.h"

#include <QList>
#include <optional>

namespace o2o {

enum class StaffRole { Cashier, Manager, Installer };
QString roleName(StaffRole role);
std::optional<StaffRole> roleFromName(const QString& name);
/** A staff id: 1 to 32 letters, digits, '.', '_', '-'. */
bool isValidStaffId(const QString& id);
/** A staff member's name: not blank, at most 80 characters (trimmed). */
bool isValidStaffName(const QString& name);
/** A free staff id made from a name ("Ana María" -> "ana-maria"; "staff" when nothing is left), with
 *  "-2", "-3"... when taken. */
QString staffIdFor(const QString& name, const QStringList& taken);

/** A member of staff as the terminal keeps them; the PIN only as its Argon2id hash. */
struct StaffMember {
    QString id;
    QString name;
    StaffRole role = StaffRole::Cashier;
    bool active = true;
    int failedAttempts = 0;   // wrong PINs since the last right one (or the last lockout)
    qint64 lockedUntilMs = 0; // 0: not locked
};

/** The outcome of a PIN entry. A wrong PIN or a lockout is an answer, not an error. */
struct PinCheck {
    enum class Outcome { Accepted, WrongPin, Locked, Unknown, Disabled };
    Outcome outcome = Outcome::Unknown;
    qint64 lockedUntilMs = 0; // Locked, or WrongPin that just locked the member
    int attemptsLeft = 0;     // WrongPin: before the lockout
    std::optional<StaffMember> member;

    /** Why an action asked with this PIN is refused: wrong_pin, locked, not_permitted (unknown or disabled
     *  staff); empty when the PIN was accepted. */
    QString refusalCode() const;
};
QString pinOutcomeCode(PinCheck::Outcome outcome); // accepted, wrong_pin, locked, unknown_staff, disabled

/**
 * Staff, their PINs and the lockout. Every change is audited in its own transaction. The wrong-PIN
 * counter is raised and committed before the PIN is compared, so neither a restart nor a kill -9 in the
 * middle of an entry gives a guess back; five wrong PINs lock the member for 30 minutes.
 */
class StaffStore {
public:
    static constexpr int kLockoutAttempts = 5;
    static constexpr qint64 kLockoutMs = 30 * 60 * 1000;

    explicit StaffStore(Database& db)
        : m_db(db) {}

    /** actor: who does it, for the audit log. The PIN must be well formed (isWellFormedPin). */
    [[nodiscard]] Result<void> add(const StaffMember& member, const QString& pin, const QString& actor,
                                   qint64 nowMs);
    [[nodiscard]] Result<void> setPin(const QString& id, const QString& pin, const QString& actor,
                                      qint64 nowMs);
    [[nodiscard]] Result<void> disable(const QString& id, const QString& actor, qint64 nowMs);
    [[nodiscard]] Result<QList<StaffMember>> all();
    [[nodiscard]] Result<std::optional<StaffMember>> find(const QString& id);
    /** Whether any staff member exists: until then the terminal works without sign-in. */
    [[nodiscard]] Result<bool> any();

    /** A PIN entry for id; audited (sign_in, wrong_pin, lockout). */
    [[nodiscard]] Result<PinCheck> checkPin(const QString& id, const QString& pin, qint64 nowMs);
    /** The first half of checkPin: counts the attempt (committed) unless the member is locked. */
    [[nodiscard]] Result<PinCheck> beginAttempt(const QString& id, qint64 nowMs);

private:
    [[nodiscard]] Result<PinCheck> finishAttempt(const StaffMember& member, bool matches, qint64 nowMs);
    [[nodiscard]] Result<QString> pinHashOf(const QString& id);

    Database& m_db;
};

} // namespace o2o
