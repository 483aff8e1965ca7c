#include "sandbox/auditchainstore.h"
#include "sandbox/eventstore.h"
#include "sandbox/memberstore.h"
#include "sandbox/sandboxcli.h"

#include <QDateTime>
#include <QJsonArray>

namespace o2o::sandbox {

namespace {

// Voucher ids are not secrets, but a terminal may (wrongly) send a code as the id: show its tail only.
QString masked(const QString& voucher) {
    return voucher.size() <= 4 ? voucher : QStringLiteral("…") + voucher.right(4);
}

} // namespace

int commandLedger(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("ledger takes [--json] only"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto events = EventStore((*store)->connection()).all();
    if (!events)
        return reportError(events.error());
    auto members = MemberStore((*store)->connection()).memberByEvent();
    if (!members)
        return reportError(members.error());
    if (args.has(QStringLiteral("json"))) {
        // A contract for the terminal's tests: exactly these fields, one entry per distinct event.
        QJsonArray list;
        for (const EventRecord& e : *events) {
            QJsonObject entry{{QStringLiteral("event_id"), e.eventId},
                              {QStringLiteral("type"), e.type},
                              {QStringLiteral("voucher"), e.voucherId},
                              {QStringLiteral("terminal"), e.terminalId},
                              {QStringLiteral("outcome"), e.status}};
            // Added with member codes: the member an accepted sale or redemption was attributed to.
            if (const auto member = members->constFind(e.eventId); member != members->cend())
                entry.insert(QStringLiteral("member"), *member);
            list.append(entry);
        }
        printJson(QJsonObject{{QStringLiteral("events"), list}});
        return 0;
    }
    for (const EventRecord& e : *events)
        printLine(QStringLiteral("%1  %2  %3  voucher %4  terminal %5  %6%7%8")
                      .arg(QDateTime::fromMSecsSinceEpoch(e.receivedMs, Qt::UTC).toString(Qt::ISODate),
                           e.type, e.eventId, masked(e.voucherId), e.terminalId, e.status,
                           e.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.reason),
                           members->contains(e.eventId)
                               ? QStringLiteral("  member %1").arg(members->value(e.eventId))
                               : QString()));
    if (events->empty())
        printLine(QStringLiteral("No events received yet."));
    return 0;
}

int commandAudit(const SandboxContext& context) {
    const QString terminal = context.args.value(QStringLiteral("terminal"));
    if (terminal.isEmpty() || !context.args.positional.isEmpty())
        return reportUsage(QStringLiteral("audit takes --terminal ID (the terminal's id or its device id)"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto chain = AuditChainStore((*store)->connection()).find(terminal);
    if (!chain)
        return reportError(chain.error());
    if (!*chain)
        return reportError(
            Error{ErrorCode::InvalidInput, QStringLiteral("no audit entries from %1 yet").arg(terminal)});
    const AuditChain& c = **chain;
    const bool intact = c.firstBadSeq == 0;
    if (context.args.has(QStringLiteral("json"))) {
        printJson(
            QJsonObject{{QStringLiteral("terminal"), c.terminalId},
                        {QStringLiteral("device_id"), c.deviceId},
                        {QStringLiteral("intact"), intact},
                        {QStringLiteral("entries"), c.entries},
                        {QStringLiteral("last_seq"), c.lastSeq},
                        {QStringLiteral("first_bad_seq"), intact ? QJsonValue() : QJsonValue(c.firstBadSeq)},
                        {QStringLiteral("problem"), c.problem}});
    } else if (intact) {
        printLine(QStringLiteral("Audit chain of %1: intact, %2 entries.").arg(c.terminalId).arg(c.entries));
    } else {
        printLine(QStringLiteral("Audit chain of %1 broken at entry %2: %3.")
                      .arg(c.terminalId)
                      .arg(c.firstBadSeq)
                      .arg(c.problem));
    }
    return 0;
}

} // namespace o2o::sandbox
