// audit [--json], audit verify: the tamper-evident log of who did what at this terminal.
#include "app/cli.h"
#include "core/timeformat.h"
#include "store/auditlog.h"

#include <QJsonArray>

namespace o2o {

int commandAudit(const CommandContext& context) {
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto entries = AuditLog(**db).entries();
    if (!entries)
        return reportError((*db)->explain(entries.error()));
    if (context.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEntry& e : *entries)
            list.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("at"), localIsoTime(e.atMs)},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("subject"), e.subject},
                                    {QStringLiteral("detail"), e.detail},
                                    {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}});
        printJson(QJsonObject{{QStringLiteral("entries"), list}});
        return ExitOk;
    }
    for (const AuditEntry& e : *entries)
        printLine(QStringLiteral("%1  %2  %3  %4 %5%6")
                      .arg(e.seq, 6)
                      .arg(localIsoTime(e.atMs), e.actor, e.action, e.subject,
                           e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail));
    return ExitOk;
}

int commandAuditVerify(const CommandContext& context) {
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto check = AuditLog(**db).verify();
    if (!check)
        return reportError((*db)->explain(check.error()));
    if (context.args.has(QStringLiteral("json"))) {
        QJsonObject view{{QStringLiteral("intact"), check->intact},
                         {QStringLiteral("entries"), check->entries}};
        if (!check->intact) {
            view.insert(QStringLiteral("first_bad_seq"), check->firstBadSeq);
            view.insert(QStringLiteral("problem"), check->problem);
        }
        printJson(view);
    } else if (check->intact) {
        printLine(QStringLiteral("The audit log is intact: %1 entries, each extending the chain.")
                      .arg(check->entries));
    } else {
        printLine(QStringLiteral("The audit log was tampered with: %1.").arg(check->problem));
    }
    return check->intact ? ExitOk : ExitRefused;
}

} // namespace o2o
