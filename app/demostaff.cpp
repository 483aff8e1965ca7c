#include "app/demostaff.h"

#include "app/cli.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace o2o {

namespace {
DemoStaffMember demoMember(const char* id, const char* name, StaffRole role, const char* pin) {
    StaffMember m;
    m.id = QString::fromLatin1(id);
    m.name = QString::fromLatin1(name);
    m.role = role;
    return {m, QString::fromLatin1(pin)};
}
} // namespace

QList<DemoStaffMember> demoStaff() {
    return {demoMember("ana", "Ana", StaffRole::Cashier, "1111"),
            demoMember("marco", "Marco", StaffRole::Manager, "2222"),
            demoMember("ines", "Ines", StaffRole::Installer, "3333")};
}

QHash<QString, QString> demoStaffPins(const QList<DemoStaffMember>& members) {
    QHash<QString, QString> pins;
    for (const DemoStaffMember& d : members)
        pins.insert(d.member.id, d.pin);
    return pins;
}

QString demoManagerId() {
    return QStringLiteral("marco");
}

Result<QList<DemoStaffMember>> seedDemoStaff(const QString& dataDir) {
    auto db = Database::open(dataDir);
    if (!db)
        return Unexpected(db.error());
    StaffStore staff(**db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<DemoStaffMember> members = demoStaff();
    for (const DemoStaffMember& d : members) {
        auto existing = staff.find(d.member.id);
        if (!existing)
            return Unexpected((*db)->explain(existing.error()));
        if (*existing)
            continue;
        if (auto added = staff.add(d.member, d.pin, QStringLiteral("demo"), now); !added)
            return Unexpected((*db)->explain(added.error()));
    }
    return members;
}

int commandDemoStaff(const CommandContext& context) {
    if (!context.args.positional.isEmpty())
        return reportUsage(QStringLiteral("demo staff takes no arguments"));
    auto members = seedDemoStaff(context.dataDir);
    if (!members)
        return reportError(members.error());
    if (context.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DemoStaffMember& d : *members)
            list.append(QJsonObject{{QStringLiteral("id"), d.member.id},
                                    {QStringLiteral("name"), d.member.name},
                                    {QStringLiteral("role"), roleName(d.member.role)},
                                    {QStringLiteral("pin"), d.pin}});
        printJson(QJsonObject{{QStringLiteral("staff"), list}});
        return ExitOk;
    }
    printLine(QStringLiteral("Demo staff (demo PINs; sign in with them in the window, --cashier ID on the "
                             "command line):"));
    for (const DemoStaffMember& d : *members)
        printLine(QStringLiteral("  %1  %2  PIN %3")
                      .arg(d.member.id.leftJustified(6), roleName(d.member.role).leftJustified(9), d.pin));
    return ExitOk;
}

} // namespace o2o
