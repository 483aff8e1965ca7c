#include "sandbox/faultkind.h"
#include "sandbox/faultstore.h"
#include "sandbox/sandboxcli.h"

#include <QJsonArray>

namespace o2o::sandbox {

namespace {

bool readNumber(const CliArgs& args, const QString& option, int min, int max, int& out) {
    if (!args.values.contains(option))
        return true;
    bool ok = false;
    out = args.value(option).toInt(&ok);
    return ok && out >= min && out <= max;
}

QJsonObject faultJson(const Fault& f) {
    QJsonObject o{{QStringLiteral("kind"), f.kind},
                  {QStringLiteral("path"), f.pathPrefix},
                  {QStringLiteral("remaining"), f.remaining}};
    if (f.passFirst > 0)
        o.insert(QStringLiteral("after"), f.passFirst);
    if (f.kind == QStringLiteral("stall"))
        o.insert(QStringLiteral("seconds"), f.seconds);
    if (f.retryAfter >= 0)
        o.insert(QStringLiteral("retry_after"), f.retryAfter);
    return o;
}

int faultSet(PlatformStore& store, const CliArgs& args) {
    if (args.positional.size() != 1 || !faultKindFromName(args.positional.at(0)))
        return reportUsage(QStringLiteral("fault set KIND, where KIND is one of: %1")
                               .arg(faultKindNames().join(QStringLiteral(", "))));
    Fault fault;
    fault.kind = args.positional.at(0);
    fault.pathPrefix = args.value(QStringLiteral("path"), fault.pathPrefix);
    if (!fault.pathPrefix.startsWith(u'/'))
        return reportUsage(QStringLiteral("--path must start with / (a prefix of the request path)"));
    if (!readNumber(args, QStringLiteral("count"), 1, 1'000'000, fault.remaining))
        return reportUsage(QStringLiteral("--count must be a whole number from 1"));
    if (!readNumber(args, QStringLiteral("seconds"), 1, 3600, fault.seconds))
        return reportUsage(QStringLiteral("--seconds must be a whole number from 1 to 3600"));
    if (fault.kind == QStringLiteral("stall") && !args.values.contains(QStringLiteral("seconds")))
        return reportUsage(QStringLiteral("a stall needs --seconds (longer than the client's timeout)"));
    if (!readNumber(args, QStringLiteral("retry-after"), 0, 86400, fault.retryAfter))
        return reportUsage(QStringLiteral("--retry-after must be a whole number of seconds"));
    if (!readNumber(args, QStringLiteral("after"), 0, 1'000'000, fault.passFirst))
        return reportUsage(QStringLiteral("--after must be a whole number of requests to let through"));
    if (auto r = FaultStore(store.connection()).set(fault); !r)
        return reportError(r.error());
    if (args.has(QStringLiteral("json")))
        printJson(faultJson(fault));
    else
        printLine(QStringLiteral("Fault %1 set for %2 request(s) under %3, after %4 let through.")
                      .arg(fault.kind)
                      .arg(fault.remaining)
                      .arg(fault.pathPrefix)
                      .arg(fault.passFirst));
    return 0;
}

} // namespace

int commandFault(const SandboxContext& context) {
    const CliArgs& args = context.args;
    // The table routes "fault set", "fault clear" and "fault list" here; the second word says which.
    const QString sub = context.command.value(1);
    if (sub != QStringLiteral("set") && !args.positional.isEmpty())
        return reportUsage(QStringLiteral("fault %1 takes no arguments").arg(sub));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    if (sub == QStringLiteral("set"))
        return faultSet(**store, args);
    FaultStore faults((*store)->connection());
    if (sub == QStringLiteral("clear")) {
        if (auto r = faults.clear(); !r)
            return reportError(r.error());
        if (!args.has(QStringLiteral("json")))
            printLine(QStringLiteral("No faults: the server answers normally."));
        else
            printJson(QJsonObject{{QStringLiteral("faults"), QJsonArray()}});
        return 0;
    }
    auto all = faults.all();
    if (!all)
        return reportError(all.error());
    QJsonArray list;
    for (const Fault& f : *all)
        list.append(faultJson(f));
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("faults"), list}});
    } else {
        for (const Fault& f : *all)
            printLine(QStringLiteral("%1 under %2: %3 left").arg(f.kind, f.pathPrefix).arg(f.remaining));
        if (all->empty())
            printLine(QStringLiteral("No faults."));
    }
    return 0;
}

} // namespace o2o::sandbox
