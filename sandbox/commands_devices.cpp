#include "cli/offlinebudgetargs.h"
#include "core/money.h"
#include "sandbox/claimstore.h"
#include "sandbox/devicestore.h"
#include "sandbox/pairingstore.h"
#include "sandbox/sandboxcli.h"
#include "sandbox/storesettingsstore.h"

#include <QDateTime>
#include <QJsonArray>

namespace o2o::sandbox {

namespace {

bool validStoreId(const QString& id) {
    return !id.isEmpty() && id.size() <= 64 && !id.contains(u',') && id != QStringLiteral("*");
}

QJsonObject deviceJson(const Device& d) {
    return QJsonObject{{QStringLiteral("device_id"), d.deviceId},
                       {QStringLiteral("store_id"), d.storeId},
                       {QStringLiteral("terminal_id"), d.terminalId},
                       {QStringLiteral("software"), d.software},
                       {QStringLiteral("certificate_fingerprint"), d.certFingerprint},
                       {QStringLiteral("certificate_not_after"), d.certNotAfter},
                       {QStringLiteral("enrolled_ms"), d.enrolledMs},
                       {QStringLiteral("revoked"), d.revokedMs != 0}};
}

} // namespace

int commandPair(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("pair takes --store ID [--json]"));
    const QString storeId = args.value(QStringLiteral("store"));
    if (!validStoreId(storeId))
        return reportUsage(QStringLiteral("--store ID is required: 1 to 64 characters, no commas"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sql::Transaction transaction((*store)->connection());
    if (auto r = transaction.begin(); !r)
        return reportError(r.error());
    auto code = PairingStore((*store)->connection()).create(storeId, now);
    if (!code)
        return reportError(code.error());
    // The store's settings exist from now on, so its terminals' first pull carries them.
    if (auto r = StoreSettingsStore((*store)->connection()).ensure(storeId); !r)
        return reportError(r.error());
    if (auto r = transaction.commit(); !r)
        return reportError(r.error());
    // Printing the code is this command's purpose; it is never logged.
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("pairing_code"), code->code},
                              {QStringLiteral("store_id"), storeId},
                              {QStringLiteral("expires_ms"), code->expiresMs}});
    else
        printLine(QStringLiteral("Pairing code %1 for store %2, valid for 15 minutes and one enrollment.")
                      .arg(code->code, storeId));
    return 0;
}

int commandSettings(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("settings takes options only"));
    const QString storeId = args.value(QStringLiteral("store"));
    if (!validStoreId(storeId))
        return reportUsage(QStringLiteral("--store ID is required: 1 to 64 characters, no commas"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    StoreSettingsStore settingsStore((*store)->connection());
    auto settings = settingsStore.get(storeId);
    if (!settings)
        return reportError(settings.error());
    StoreSettings s = *settings;
    // Everything is validated before anything is written.
    OfflineBudgetArgs budget{s.offlineMaxCount, s.offlineMaxValueMinor, s.offlineMaxHours};
    if (const QString error = readOfflineBudgetArgs(args, s.currency, budget); !error.isEmpty())
        return reportUsage(error);
    s.offlineMaxCount = budget.maxCount;
    s.offlineMaxValueMinor = budget.maxValueMinor;
    s.offlineMaxHours = budget.maxHours;
    // The claim window is the platform's own (terminals never need it): kept beside, not in the feed.
    const QString windowText = args.value(QStringLiteral("claim-window-hours"));
    const bool windowChanging = args.values.contains(QStringLiteral("claim-window-hours"));
    bool windowOk = true;
    const qint64 windowHours = windowText.toLongLong(&windowOk);
    if (windowChanging && (!windowOk || windowHours < -1 || windowHours > 24 * 3660))
        return reportUsage(QStringLiteral("--claim-window-hours takes -1 (no limit) or 0 to 87840"));
    const bool changing = args.values.size() - (windowChanging ? 1 : 0) > 1;
    if (changing) {
        if (auto r = settingsStore.save(s); !r)
            return reportError(r.error());
    }
    ClaimStore claims((*store)->connection());
    if (windowChanging) {
        if (auto r = claims.setWindowHours(storeId, windowHours); !r)
            return reportError(r.error());
    }
    auto window = claims.windowHours(storeId);
    if (!window)
        return reportError(window.error());
    if (args.has(QStringLiteral("json"))) {
        QJsonObject view = s.toJson();
        view.insert(QStringLiteral("store_id"), storeId);
        view.insert(QStringLiteral("claim_window_hours"), *window);
        printJson(view);
    } else {
        printLine(QStringLiteral("Store %1: offline at most %2 redemptions, %3, %4 hours%5")
                      .arg(storeId)
                      .arg(s.offlineMaxCount)
                      .arg(s.offlineMaxValueMinor < 0 ? QStringLiteral("any value")
                                                      : Money(s.offlineMaxValueMinor, s.currency).toString())
                      .arg(s.offlineMaxHours)
                      .arg(changing ? QStringLiteral(" (saved; terminals get it with their next sync)")
                                    : QString()));
        printLine(*window < 0 ? QStringLiteral("Claim codes: taken at any time after the sale%1")
                                    .arg(windowChanging ? QStringLiteral(" (saved)") : QString())
                              : QStringLiteral("Claim codes: taken for %1 hours after the sale%2")
                                    .arg(*window)
                                    .arg(windowChanging ? QStringLiteral(" (saved)") : QString()));
    }
    return 0;
}

int commandDevices(const SandboxContext& context) {
    const CliArgs& args = context.args;
    // The table routes "devices", "devices revoke" and "devices forget" here; the second word says which.
    const QString sub = context.command.value(1);
    if (args.positional.size() != (sub.isEmpty() ? 0 : 1))
        return reportUsage(QStringLiteral("devices takes nothing, 'revoke DEVICE_ID' or 'forget DEVICE_ID'"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    DeviceStore devices((*store)->connection());
    if (!sub.isEmpty()) {
        const QString id = args.positional.at(0);
        auto changed = sub == QStringLiteral("revoke")
                           ? devices.revoke(id, QDateTime::currentMSecsSinceEpoch())
                           : devices.forget(id);
        if (!changed)
            return reportError(changed.error());
        if (!*changed)
            return reportError(
                Error{ErrorCode::InvalidInput,
                      QStringLiteral("no such device%1")
                          .arg(sub == QStringLiteral("revoke") ? QStringLiteral(", or already revoked")
                                                               : QString())});
        if (args.has(QStringLiteral("json")))
            printJson(QJsonObject{
                {QStringLiteral("device_id"), id},
                {sub == QStringLiteral("revoke") ? QStringLiteral("revoked") : QStringLiteral("forgotten"),
                 true}});
        else
            printLine(
                sub == QStringLiteral("revoke")
                    ? QStringLiteral("Device %1 revoked: its requests now get 403.").arg(id)
                    : QStringLiteral("Device %1 forgotten: its certificate is now unknown (401).").arg(id));
        return 0;
    }
    auto all = devices.all();
    if (!all)
        return reportError(all.error());
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Device& d : *all)
            list.append(deviceJson(d));
        printJson(QJsonObject{{QStringLiteral("devices"), list}});
        return 0;
    }
    for (const Device& d : *all)
        printLine(QStringLiteral("%1  store %2  terminal %3  enrolled %4%5")
                      .arg(d.deviceId, d.storeId, d.terminalId.isEmpty() ? QStringLiteral("-") : d.terminalId,
                           QDateTime::fromMSecsSinceEpoch(d.enrolledMs, Qt::UTC).toString(Qt::ISODate),
                           d.revokedMs ? QStringLiteral("  REVOKED") : QString()));
    if (all->empty())
        printLine(QStringLiteral("No devices enrolled yet: 'pair --store ID' makes a pairing code."));
    return 0;
}

} // namespace o2o::sandbox
