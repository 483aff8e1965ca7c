#include "sandbox/chaosstore.h"
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

int faultChaos(PlatformStore& store, const CliArgs& args) {
    ChaosSettings chaos;
    bool ok = false;
    const double rate = args.value(QStringLiteral("rate")).toDouble(&ok);
    if (!ok || rate <= 0.0 || rate > 1.0)
        return reportUsage(QStringLiteral("--rate must be a probability above 0 and at most 1"));
    chaos.ratePpm = qRound64(rate * 1'000'000.0);
    if (args.values.contains(QStringLiteral("seed"))) {
        chaos.seed = args.value(QStringLiteral("seed")).toLongLong(&ok);
        if (!ok)
            return reportUsage(QStringLiteral("--seed must be a whole number"));
    }
    chaos.stallMs = 2000;
    if (!readNumber(args, QStringLiteral("stall-ms"), 1, 3'600'000, chaos.stallMs))
        return reportUsage(QStringLiteral("--stall-ms must be a whole number of milliseconds from 1"));
    if (!readNumber(args, QStringLiteral("stall-weight"), 0, 100, chaos.stallWeightPct))
        return reportUsage(QStringLiteral("--stall-weight must be a whole number from 0 to 100"));
    chaos.pathPrefix = args.value(QStringLiteral("path"), chaos.pathPrefix);
    if (!chaos.pathPrefix.startsWith(u'/'))
        return reportUsage(QStringLiteral("--path must start with / (a prefix of the request path)"));
    if (auto r = ChaosStore(store.connection()).set(chaos); !r)
        return reportError(r.error());
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("rate"), rate},
                              {QStringLiteral("seed"), chaos.seed},
                              {QStringLiteral("stall_ms"), chaos.stallMs},
                              {QStringLiteral("stall_weight"), chaos.stallWeightPct},
                              {QStringLiteral("path"), chaos.pathPrefix}});
    else
        printLine(QStringLiteral("Chaos on: a random fault on %1 of the requests under %2 (seed %3).")
                      .arg(rate)
                      .arg(chaos.pathPrefix)
                      .arg(chaos.seed));
    return 0;
}

} // namespace

int commandFault(const SandboxContext& context) {
    const CliArgs& args = context.args;
    // The table routes "fault set", "fault chaos", "fault clear" and "fault list" here; the second word
    // says which.
    const QString sub = context.command.value(1);
    if (sub != QStringLiteral("set") && !args.positional.isEmpty())
        return reportUsage(QStringLiteral("fault %1 takes no arguments").arg(sub));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    if (sub == QStringLiteral("set"))
        return faultSet(**store, args);
    if (sub == QStringLiteral("chaos"))
        return faultChaos(**store, args);
    FaultStore faults((*store)->connection());
    ChaosStore chaos((*store)->connection());
    if (sub == QStringLiteral("clear")) {
        if (auto r = faults.clear(); !r)
            return reportError(r.error());
        if (auto r = chaos.clear(); !r)
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
    auto settings = chaos.settings();
    if (!settings)
        return reportError(settings.error());
    auto injected = chaos.injected();
    if (!injected)
        return reportError(injected.error());
    QJsonArray list;
    for (const Fault& f : *all)
        list.append(faultJson(f));
    if (args.has(QStringLiteral("json"))) {
        // "chaos": the settings while chaos is on, else null; "injected": what chaos made, per kind.
        QJsonObject counts;
        for (auto it = injected->cbegin(); it != injected->cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonValue on;
        if (*settings)
            on = QJsonObject{{QStringLiteral("rate"), double((**settings).ratePpm) / 1'000'000.0},
                             {QStringLiteral("seed"), (**settings).seed},
                             {QStringLiteral("stall_ms"), (**settings).stallMs},
                             {QStringLiteral("stall_weight"), (**settings).stallWeightPct},
                             {QStringLiteral("path"), (**settings).pathPrefix}};
        printJson(QJsonObject{{QStringLiteral("faults"), list},
                              {QStringLiteral("chaos"), on},
                              {QStringLiteral("injected"), counts}});
    } else {
        for (const Fault& f : *all)
            printLine(QStringLiteral("%1 under %2: %3 left").arg(f.kind, f.pathPrefix).arg(f.remaining));
        if (all->empty())
            printLine(QStringLiteral("No faults."));
        if (*settings)
            printLine(QStringLiteral("Chaos on: %1 of the requests under %2.")
                          .arg(double((**settings).ratePpm) / 1'000'000.0)
                          .arg((**settings).pathPrefix));
        for (auto it = injected->cbegin(); it != injected->cend(); ++it)
            printLine(QStringLiteral("chaos made %1 x %2").arg(it.value()).arg(it.key()));
    }
    return 0;
}

} // namespace o2o::sandbox
