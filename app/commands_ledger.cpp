#include "app/cli.h"
#include "app/jsonviews.h"
#include "core/timeformat.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"

#include <QDate>
#include <QJsonArray>
#include <QTimeZone>

namespace o2o {

int commandLedger(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("ledger takes no positional arguments"));
    QDate date = QDate::currentDate();
    if (args.values.contains(QStringLiteral("date"))) {
        date = QDate::fromString(args.value(QStringLiteral("date")), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return reportUsage(QStringLiteral("--date must be a date like 2026-11-22"));
    }
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    RedemptionLedger ledger(**db);
    // A day is local midnight to local midnight, whatever daylight saving does in between.
    const qint64 from = date.startOfDay().toMSecsSinceEpoch();
    const qint64 to = date.addDays(1).startOfDay().toMSecsSinceEpoch();
    auto entries = ledger.between(from, to);
    if (!entries)
        return reportError((*db)->explain(entries.error()));

    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const LedgerEntry& e : *entries)
            list.append(ledgerEntryView(e));
        printJson(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                              {QStringLiteral("redemptions"), list}});
        return ExitOk;
    }
    printLine(QStringLiteral("Redemptions on %1: %2").arg(date.toString(Qt::ISODate)).arg(entries->size()));
    for (const LedgerEntry& e : *entries) {
        const QString time = QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("HH:mm:ss"));
        const QString what = e.kind == QStringLiteral("stored_value")
                                 ? Money(e.amountMinor, e.currency).toString()
                                 : QStringLiteral("%1 use(s)").arg(e.uses);
        printLine(QStringLiteral("%1  ****%2  %3  %4  %5  by %6")
                      .arg(time, e.codeTail, e.kind.leftJustified(12), what, e.description, e.cashier));
    }
    return ExitOk;
}

int commandStatus(const CommandContext& context) {
    const CliArgs& args = context.args;
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto settings = TerminalSettings::load(**db);
    if (!settings)
        return reportError((*db)->explain(settings.error()));
    RedemptionLedger ledger(**db);
    auto pending = ledger.pendingEvents();
    auto vouchers = VoucherCache(**db).count();
    auto today = ledger.between(QDate::currentDate().startOfDay().toMSecsSinceEpoch(),
                                QDate::currentDate().addDays(1).startOfDay().toMSecsSinceEpoch());
    if (!pending || !vouchers || !today)
        return reportError((*db)->explain(!pending    ? pending.error()
                                          : !vouchers ? vouchers.error()
                                                      : today.error()));

    auto sync = SyncState::load(**db);
    auto conflicts = Outbox(**db).conflictCount();
    if (!sync || !conflicts)
        return reportError((*db)->explain(!sync ? sync.error() : conflicts.error()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The age of what the terminal judges by, in seconds; null: never received from the platform.
    const auto age = [now](qint64 ms) { return ms > 0 ? QJsonValue((now - ms) / 1000) : QJsonValue(); };
    const auto time = [](qint64 ms) { return ms > 0 ? QJsonValue(localIsoTime(ms)) : QJsonValue(); };

    QJsonObject status{
        {QStringLiteral("version"), QStringLiteral(O2O_VERSION)},
        {QStringLiteral("data_dir"), (*db)->dataDir()},
        {QStringLiteral("terminal_id"), settings->terminalId},
        {QStringLiteral("store_id"), settings->storeId},
        {QStringLiteral("schema_version"), latestSchemaVersion()},
        {QStringLiteral("online"), sync->online(now)},
        {QStringLiteral("cached_vouchers"), *vouchers},
        {QStringLiteral("redemptions_today"), today->size()},
        {QStringLiteral("pending_events"), *pending},
        {QStringLiteral("enrolled"), sync->enrolled()},
        {QStringLiteral("platform"), sync->platformUrl},
        {QStringLiteral("device_id"), sync->deviceId},
        {QStringLiteral("last_upload"), time(sync->lastUploadMs)},
        {QStringLiteral("last_download"), time(sync->lastDownloadMs)},
        {QStringLiteral("last_sync"), time(settings->lastSyncMs)},
        {QStringLiteral("conflicts"), *conflicts},
        {QStringLiteral("data_age_secs"), QJsonObject{{QStringLiteral("vouchers"), age(sync->vouchersMs)},
                                                      {QStringLiteral("trust_list"), age(sync->trustMs)},
                                                      {QStringLiteral("settings"), age(sync->settingsMs)}}}};
    if (!sync->lastError.isEmpty() && !sync->online(now))
        status.insert(QStringLiteral("last_error"), sync->lastError);
    if (args.has(QStringLiteral("json"))) {
        printJson(status);
        return ExitOk;
    }
    for (auto it = status.begin(); it != status.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                printLine(QStringLiteral("%1.%2: %3")
                              .arg(it.key(), in.key(),
                                   in.value().isNull() ? QStringLiteral("never")
                                                       : in.value().toVariant().toString()));
            continue;
        }
        printLine(QStringLiteral("%1: %2").arg(
            it.key(), it.value().isNull() ? QStringLiteral("never") : it.value().toVariant().toString()));
    }
    return ExitOk;
}

} // namespace o2o
