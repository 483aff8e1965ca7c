// report campaigns: the platform's count of each campaign across every terminal of the merchant.
#include "sandbox/campaigncountstore.h"
#include "sandbox/sandboxcli.h"

#include "core/money.h"

#include <QDateTime>

namespace o2o::sandbox {

int commandReportCampaigns(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("report campaigns takes [--from D --to D] [--json] only"));
    const bool hasFrom = args.values.contains(QStringLiteral("from"));
    const bool hasTo = args.values.contains(QStringLiteral("to"));
    const QDate from = QDate::fromString(args.value(QStringLiteral("from")), QStringLiteral("yyyy-MM-dd"));
    const QDate to = QDate::fromString(args.value(QStringLiteral("to")), QStringLiteral("yyyy-MM-dd"));
    if (hasFrom != hasTo || (hasFrom && (!from.isValid() || !to.isValid() || to < from)))
        return reportUsage(
            QStringLiteral("--from and --to must both be dates like 2026-11-22, --to not before "
                           "--from"));
    // Days in this machine's time zone, as the terminals beside it count theirs; no dates: everything.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 fromMs = hasFrom ? from.startOfDay(zone).toMSecsSinceEpoch() : 0;
    const qint64 toMs =
        hasFrom ? to.addDays(1).startOfDay(zone).toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto count = CampaignCountStore((*store)->connection()).count(fromMs, toMs, zone);
    if (!count)
        return reportError(count.error());
    QJsonObject report = campaignsJson(count->campaigns, count->currency);
    report.insert(QStringLiteral("time_zone"), QString::fromUtf8(zone.id()));
    if (hasFrom) {
        report.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
        report.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    if (args.has(QStringLiteral("json"))) {
        printJson(report);
        return 0;
    }
    if (count->campaigns.isEmpty())
        printLine(QStringLiteral("No voucher of a campaign has been redeemed."));
    for (const CampaignTotals& c : count->campaigns)
        printLine(QStringLiteral("%1: %2 redemptions, %3 sales, spend %4, members %5 new, %6 returning")
                      .arg(c.campaign)
                      .arg(c.redemptions)
                      .arg(c.sales)
                      .arg(Money(c.spendMinor, count->currency).toString())
                      .arg(c.membersNew)
                      .arg(c.membersReturning));
    return 0;
}

} // namespace o2o::sandbox
