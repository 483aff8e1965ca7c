#include "app/cli.h"
#include "app/pininput.h"
#include "cli/offlinebudgetargs.h"
#include "core/money.h"
#include "store/returnsettings.h"
#include "store/settingschange.h"
#include "store/terminalsettings.h"

#include <QDateTime>

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
    if (args.values.contains(QStringLiteral("void-window-minutes"))) {
        bool ok = false;
        s.voidWindowMinutes = args.value(QStringLiteral("void-window-minutes")).toInt(&ok);
        if (!ok || !isValidVoidWindowMinutes(s.voidWindowMinutes))
            return reportUsage(QStringLiteral("--void-window-minutes must be a whole number from 0 to 1440"));
    }
    if (args.values.contains(QStringLiteral("idle-signout-minutes"))) {
        bool ok = false;
        s.idleSignOutMinutes = args.value(QStringLiteral("idle-signout-minutes")).toInt(&ok);
        if (!ok || !isValidIdleSignOutMinutes(s.idleSignOutMinutes))
            return reportUsage(QStringLiteral("--idle-signout-minutes must be a whole number from 0 to %1")
                                   .arg(SettingLimits::kMaxIdleSignOutMinutes));
    }
    if (args.values.contains(QStringLiteral("data-age-warn-minutes"))) {
        bool ok = false;
        s.dataAgeWarnMinutes = args.value(QStringLiteral("data-age-warn-minutes")).toInt(&ok);
        if (!ok || s.dataAgeWarnMinutes < 1 || s.dataAgeWarnMinutes > 7 * 24 * 60)
            return reportUsage(
                QStringLiteral("--data-age-warn-minutes must be a whole number from 1 to 10080"));
    }
    auto returnSettings = ReturnSettings::load(**db);
    if (!returnSettings)
        return reportError((*db)->explain(returnSettings.error()));
    ReturnSettings r = *returnSettings;
    if (args.values.contains(QStringLiteral("return-window-days"))) {
        bool ok = false;
        r.windowDays = args.value(QStringLiteral("return-window-days")).toInt(&ok);
        if (!ok || r.windowDays < 0 || r.windowDays > ReturnSettings::kMaxWindowDays)
            return reportUsage(QStringLiteral("--return-window-days must be a whole number from 0 to %1")
                                   .arg(ReturnSettings::kMaxWindowDays));
    }
    if (args.values.contains(QStringLiteral("return-approval-above"))) {
        const QString text = args.value(QStringLiteral("return-approval-above"));
        auto money = Money::parse(text, s.currency);
        if (text == QStringLiteral("-1"))
            r.approvalAboveMinor = -1;
        else if (money && money->minor() >= 0)
            r.approvalAboveMinor = money->minor();
        else
            return reportUsage(
                QStringLiteral("--return-approval-above must be an amount in %1, or -1 for never")
                    .arg(s.currency));
    }
    // A change of settings is audited in the transaction that saves it (the settings screen does the same).
    if (auto saved =
            saveSettingsAudited(**db, *settings, s, localActor(), QDateTime::currentMSecsSinceEpoch());
        !saved)
        return reportError((*db)->explain(saved.error()));
    if (auto saved = r.saveAudited(**db, *returnSettings, localActor(), QDateTime::currentMSecsSinceEpoch());
        !saved)
        return reportError((*db)->explain(saved.error()));

    const QJsonObject view{
        {QStringLiteral("terminal_id"), s.terminalId},
        {QStringLiteral("store_id"), s.storeId},
        {QStringLiteral("currency"), s.currency},
        {QStringLiteral("offline_max_count"), s.offlineMaxCount},
        {QStringLiteral("offline_max_value"), s.offlineMaxValueMinor < 0
                                                  ? QStringLiteral("-1")
                                                  : Money(s.offlineMaxValueMinor, s.currency).amountText()},
        {QStringLiteral("offline_max_hours"), s.offlineMaxHours},
        {QStringLiteral("void_window_minutes"), s.voidWindowMinutes},
        {QStringLiteral("idle_signout_minutes"), s.idleSignOutMinutes},
        {QStringLiteral("data_age_warn_minutes"), s.dataAgeWarnMinutes},
        {QStringLiteral("return_window_days"), r.windowDays},
        {QStringLiteral("return_approval_above"),
         r.approvalAboveMinor < 0 ? QStringLiteral("-1")
                                  : Money(r.approvalAboveMinor, s.currency).amountText()}};
    if (args.has(QStringLiteral("json"))) {
        printJson(view);
    } else {
        for (auto it = view.begin(); it != view.end(); ++it)
            printLine(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return ExitOk;
}

} // namespace o2o
