// staff add|list|pin|disable|verify: the people who work the counter, their roles and PINs.
#include "app/cli.h"
#include "app/pininput.h"
#include "core/timeformat.h"
#include "store/pinhash.h"
#include "store/staffstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <functional>

namespace o2o {

namespace {

QJsonObject memberView(const StaffMember& m, qint64 nowMs) {
    QJsonObject view{{QStringLiteral("id"), m.id},
                     {QStringLiteral("name"), m.name},
                     {QStringLiteral("role"), roleName(m.role)},
                     {QStringLiteral("active"), m.active},
                     {QStringLiteral("locked"), m.lockedUntilMs > nowMs}};
    if (m.lockedUntilMs > nowMs)
        view.insert(QStringLiteral("locked_until"), localIsoTime(m.lockedUntilMs));
    return view;
}

Result<QString> readNewPin() {
    auto pin = readPinFromStdin(QStringLiteral("New PIN (4 to 12 digits)"));
    if (pin && !isWellFormedPin(*pin))
        return fail(ErrorCode::Usage, QStringLiteral("the PIN must be 4 to 12 digits"));
    return pin;
}

// Opens the database and makes one staff change as the machine's administrator; a change refused for
// what it asks (an unknown or existing id) is exit 1.
int changeStaff(const CommandContext& context,
                const std::function<Result<void>(StaffStore&, const QString& actor, qint64 nowMs)>& change) {
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    StaffStore staff(**db);
    if (auto r = change(staff, localActor(), QDateTime::currentMSecsSinceEpoch()); !r)
        return reportRefusedOrError((*db)->explain(r.error()));
    return ExitOk;
}

} // namespace

int commandStaffAdd(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString id = args.value(QStringLiteral("id"));
    const QString name = args.value(QStringLiteral("name")).trimmed();
    const auto role = roleFromName(args.value(QStringLiteral("role")));
    if (!args.positional.isEmpty() || !isValidStaffId(id) || !isValidStaffName(name) || !role)
        return reportUsage(
            QStringLiteral("staff add needs --id ID (1 to 32 letters, digits, . _ -), --name NAME (at "
                           "most 80 characters) and --role cashier|manager|installer; the PIN comes "
                           "on standard input"));
    auto pin = readNewPin();
    if (!pin)
        return reportUsage(pin.error().message);
    StaffMember member;
    member.id = id;
    member.name = name;
    member.role = *role;
    if (const int rc = changeStaff(context, [&](StaffStore& staff, const QString& actor,
                                                qint64 now) { return staff.add(member, *pin, actor, now); });
        rc != ExitOk)
        return rc;
    if (args.has(QStringLiteral("json")))
        printJson(memberView(member, 0));
    else
        printLine(QStringLiteral("Staff member %1 (%2, %3) added.").arg(id, name, roleName(*role)));
    return ExitOk;
}

int commandStaffList(const CommandContext& context) {
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto members = StaffStore(**db).all();
    if (!members)
        return reportError((*db)->explain(members.error()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (context.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const StaffMember& m : *members)
            list.append(memberView(m, now));
        printJson(QJsonObject{{QStringLiteral("staff"), list}});
        return ExitOk;
    }
    for (const StaffMember& m : *members)
        printLine(QStringLiteral("%1  %2  %3%4%5")
                      .arg(m.id.leftJustified(12), roleName(m.role).leftJustified(9), m.name,
                           m.active ? QString() : QStringLiteral("  (disabled)"),
                           m.lockedUntilMs > now
                               ? QStringLiteral("  (locked until %1)").arg(localIsoTime(m.lockedUntilMs))
                               : QString()));
    if (members->isEmpty())
        printLine(
            QStringLiteral("No staff yet: anyone at the counter may redeem. 'staff add' adds the first."));
    return ExitOk;
}

int commandStaffPin(const CommandContext& context) {
    if (context.args.positional.size() != 1)
        return reportUsage(
            QStringLiteral("staff pin takes one staff ID; the new PIN comes on standard input"));
    auto pin = readNewPin();
    if (!pin)
        return reportUsage(pin.error().message);
    const QString id = context.args.positional.first();
    if (const int rc = changeStaff(context, [&](StaffStore& staff, const QString& actor,
                                                qint64 now) { return staff.setPin(id, *pin, actor, now); });
        rc != ExitOk)
        return rc;
    printLine(QStringLiteral("New PIN set for %1.").arg(id));
    return ExitOk;
}

int commandStaffDisable(const CommandContext& context) {
    if (context.args.positional.size() != 1)
        return reportUsage(QStringLiteral("staff disable takes one staff ID"));
    const QString id = context.args.positional.first();
    if (const int rc = changeStaff(context, [&](StaffStore& staff, const QString& actor,
                                                qint64 now) { return staff.disable(id, actor, now); });
        rc != ExitOk)
        return rc;
    printLine(QStringLiteral("%1 can no longer sign in.").arg(id));
    return ExitOk;
}

int commandStaffVerify(const CommandContext& context) {
    if (context.args.positional.size() != 1)
        return reportUsage(
            QStringLiteral("staff verify takes one staff ID; the PIN comes on standard input"));
    auto pin = readPinFromStdin(QStringLiteral("PIN"));
    if (!pin)
        return reportUsage(pin.error().message);
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto check = StaffStore(**db).checkPin(context.args.positional.first(), *pin, now);
    if (!check)
        return reportError((*db)->explain(check.error()));
    const bool accepted = check->outcome == PinCheck::Outcome::Accepted;
    QJsonObject view{
        {QStringLiteral("verdict"), accepted ? QStringLiteral("accepted") : QStringLiteral("refused")},
        {QStringLiteral("reason"), accepted ? QString() : pinOutcomeCode(check->outcome)}};
    if (check->lockedUntilMs > now)
        view.insert(QStringLiteral("locked_until"), localIsoTime(check->lockedUntilMs));
    if (check->outcome == PinCheck::Outcome::WrongPin)
        view.insert(QStringLiteral("attempts_left"), check->attemptsLeft);
    if (accepted)
        view.insert(QStringLiteral("role"), roleName(check->member->role));
    if (context.args.has(QStringLiteral("json")))
        printJson(view);
    else
        printLine(accepted ? QStringLiteral("PIN accepted.")
                           : QStringLiteral("Refused (%1).").arg(pinOutcomeCode(check->outcome)));
    return accepted ? ExitOk : ExitRefused;
}

} // namespace o2o
