#include "app/cli.h"
#include "cli/offlinebudgetargs.h"
#include "core/money.h"
#include "store/terminalsettings.h"

#include <QJsonObject>

namespace o2o {

int commandConfig(const CommandContext& context) {
    const CliArgs& args = context.args;
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto settings = TerminalSettings::load(**db);
    if (!settings)
        return reportError((*db)->explain(settings.error()));
    TerminalSettings s = *settings;

    // Validate everything before writing anything.
    if (args.values.contains(QStringLiteral("store"))) {
        s.storeId = args.value(QStringLiteral("store"));
        if (s.storeId.isEmpty() || s.storeId.size() > 64 || s.storeId.contains(u','))
            return reportUsage(QStringLiteral("--store must be 1 to 64 characters without commas"));
    }
    if (args.values.contains(QStringLiteral("currency"))) {
        s.currency = args.value(QStringLiteral("currency"));
        if (!Money::isValidCurrency(s.currency))
            return reportUsage(QStringLiteral("--currency must be a three-letter ISO 4217 code such as EUR"));
    }
    OfflineBudgetArgs budget{s.offlineMaxCount, s.offlineMaxValueMinor, s.offlineMaxHours};
    if (const QString error = readOfflineBudgetArgs(args, s.currency, budget); !error.isEmpty())
        return reportUsage(error);
    s.offlineMaxCount = int(budget.maxCount);
    s.offlineMaxValueMinor = budget.maxValueMinor;
    s.offlineMaxHours = int(budget.maxHours);
    if (auto r = s.save(**db); !r)
        return reportError((*db)->explain(r.error()));

    const QJsonObject view{
        {QStringLiteral("terminal_id"), s.terminalId},
        {QStringLiteral("store_id"), s.storeId},
        {QStringLiteral("currency"), s.currency},
        {QStringLiteral("offline_max_count"), s.offlineMaxCount},
        {QStringLiteral("offline_max_value"), s.offlineMaxValueMinor < 0
                                                  ? QStringLiteral("-1")
                                                  : Money(s.offlineMaxValueMinor, s.currency).amountText()},
        {QStringLiteral("offline_max_hours"), s.offlineMaxHours}};
    if (args.has(QStringLiteral("json"))) {
        printJson(view);
    } else {
        for (auto it = view.begin(); it != view.end(); ++it)
            printLine(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return ExitOk;
}

} // namespace o2o
