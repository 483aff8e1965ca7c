#include "app/cli.h"
#include "core/money.h"
#include "store/terminalsettings.h"

#include <QJsonObject>

namespace o2o {

namespace {
bool parseLimit(const CliArgs& args, const QString& option, qint64 max, qint64& out, QString& error) {
    if (!args.values.contains(option))
        return true;
    bool ok = false;
    const qint64 value = args.value(option).toLongLong(&ok);
    if (!ok || value < -1 || value > max) {
        error = QStringLiteral("--%1 must be a whole number from 0 to %2, or -1 for no limit")
                    .arg(option)
                    .arg(max);
        return false;
    }
    out = value;
    return true;
}
} // namespace

int commandConfig(const CommandContext& context) {
    const CliArgs args = parseCliArgs(
        context.args,
        {QStringLiteral("store"), QStringLiteral("currency"), QStringLiteral("offline-max-count"),
         QStringLiteral("offline-max-value"), QStringLiteral("offline-max-hours")},
        {QStringLiteral("json")});
    if (!args.error.isEmpty())
        return reportUsage(args.error);
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
    QString error;
    qint64 count = s.offlineMaxCount, hours = s.offlineMaxHours;
    if (!parseLimit(args, QStringLiteral("offline-max-count"), 1'000'000, count, error) ||
        !parseLimit(args, QStringLiteral("offline-max-hours"), 24 * 365, hours, error))
        return reportUsage(error);
    s.offlineMaxCount = int(count);
    s.offlineMaxHours = int(hours);
    if (args.values.contains(QStringLiteral("offline-max-value"))) {
        const QString text = args.value(QStringLiteral("offline-max-value"));
        if (text == QStringLiteral("-1")) {
            s.offlineMaxValueMinor = -1;
        } else {
            auto value = Money::parse(text, s.currency);
            if (!value)
                return reportUsage(QStringLiteral("--offline-max-value: ") + value.error().message);
            s.offlineMaxValueMinor = value->minor();
        }
    }
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
