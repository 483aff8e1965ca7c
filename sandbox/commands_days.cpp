#include "core/timeformat.h"
#include "sandbox/daysstore.h"
#include "sandbox/sandboxcli.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace o2o::sandbox {

int commandDays(const SandboxContext& context) {
    const CliArgs& args = context.args;
    const QString storeId = args.value(QStringLiteral("store"));
    if (storeId.isEmpty() || !args.positional.isEmpty())
        return reportUsage(QStringLiteral("days takes --store ID [--json]"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto days = DaysStore((*store)->connection()).ofStore(storeId);
    if (!days)
        return reportError(days.error());
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ClosedDay& d : *days) {
            const QJsonObject report = QJsonDocument::fromJson(d.report).object();
            list.append(QJsonObject{{QStringLiteral("day"), d.day},
                                    {QStringLiteral("terminal"), d.terminalId},
                                    {QStringLiteral("report_sha256"), d.reportSha256},
                                    {QStringLiteral("closed_at"), localIsoTime(d.closedMs)},
                                    {QStringLiteral("by"), d.byStaff},
                                    {QStringLiteral("override_reason"), d.overrideReason},
                                    {QStringLiteral("totals"), report.value(QStringLiteral("totals"))}});
        }
        printJson(QJsonObject{{QStringLiteral("days"), list}});
        return 0;
    }
    for (const ClosedDay& d : *days) {
        const QJsonObject totals =
            QJsonDocument::fromJson(d.report).object().value(QStringLiteral("totals")).toObject();
        printLine(QStringLiteral("%1  terminal %2  closed %3 by %4  %5 redemptions, %6 sales (%7)%8")
                      .arg(d.day, d.terminalId, localIsoTime(d.closedMs), d.byStaff)
                      .arg(totals.value(QStringLiteral("redemptions")).toInteger())
                      .arg(totals.value(QStringLiteral("sales")).toInteger())
                      .arg(totals.value(QStringLiteral("sales_amount")).toString(),
                           d.overrideReason.isEmpty()
                               ? QString()
                               : QStringLiteral("  override: %1").arg(d.overrideReason)));
    }
    if (days->empty())
        printLine(QStringLiteral("No closed days for store %1 yet.").arg(storeId));
    return 0;
}

} // namespace o2o::sandbox
