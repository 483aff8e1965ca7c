// The data directory: free space, the database's integrity, the outbox, the offline budget, data age.
#include "doctor/doctorchecks.h"
#include "store/databasehealth.h"
#include "store/outbox.h"
#include "store/redemptionledger.h"

#include <QStorageInfo>

namespace o2o::doctor {

namespace {

constexpr qint64 kDiskFailBytes = 100LL << 20;
constexpr qint64 kDiskWarnBytes = 1LL << 30;
constexpr qint64 kOutboxWarnMs = 15 * 60'000;
constexpr qint64 kDataWarnMs = 24 * 3'600'000LL;
constexpr double kBudgetWarnShare = 0.8;

const QString kNoDb = QStringLiteral("not checked: the database cannot be read");
const QString kSeeDb = QStringLiteral("see the database check");

CheckResult diskCheck(const Context& context) {
    const QString name = QStringLiteral("disk");
    QStorageInfo storage(context.options.dataDir);
    if (!storage.isValid() || !storage.isReady())
        return failed(name, QStringLiteral("%1: no file system found").arg(context.options.dataDir),
                      QStringLiteral("check that the data directory exists and its disk is mounted"));
    const qint64 free = storage.bytesAvailable();
    const QString detail =
        QStringLiteral("%1 MiB free of %2 MiB on %3%4")
            .arg(free >> 20)
            .arg(storage.bytesTotal() >> 20)
            .arg(storage.rootPath(), storage.isReadOnly() ? QStringLiteral(" (read-only)") : QString());
    const QString hint =
        QStringLiteral("free space on %1 (old logs: journalctl --vacuum-size=100M)").arg(storage.rootPath());
    if (storage.isReadOnly())
        return failed(name, detail,
                      QStringLiteral("the data directory's disk is read-only: nothing can be "
                                     "recorded; check the disk (dmesg) and remount it"));
    if (free < kDiskFailBytes)
        return failed(name, detail, hint);
    if (free < kDiskWarnBytes)
        return warn(name, detail, hint);
    return pass(name, detail);
}

CheckResult databaseCheck(Context& context) {
    const QString name = QStringLiteral("database");
    const QString restore = QStringLiteral(
        "the damaged file was copied to DATA_DIR/support/; restore the latest backup, or move terminal.db "
        "aside and enroll again (events not yet uploaded are in the damaged file: contact support)");
    if (!context.db)
        return failed(name, context.dbError, restore);
    auto findings = quickCheck(*context.db);
    if (!findings)
        return failed(name, findings.error().message, restore);
    if (!findings->isEmpty())
        return failed(
            name,
            QStringLiteral("integrity check (quick_check): %1").arg(findings->join(QStringLiteral("; "))),
            restore);
    if (!context.dbError.isEmpty())
        return failed(name, context.dbError, restore);
    return pass(name, QStringLiteral("%1: quick_check ok%2")
                          .arg(context.db->path(),
                               context.db->readOnly() ? QStringLiteral(" (opened read-only)") : QString()));
}

CheckResult outboxCheck(Context& context) {
    const QString name = QStringLiteral("outbox");
    if (!context.db)
        return warn(name, kNoDb, kSeeDb);
    Outbox outbox(*context.db);
    auto pending = outbox.pending();
    auto oldest = outbox.oldest(1);
    if (!pending || !oldest)
        return failed(name, (!pending ? pending.error() : oldest.error()).message, kSeeDb);
    if (*pending == 0)
        return pass(name, QStringLiteral("no event waiting to upload"));
    const qint64 age = context.nowMs - oldest->front().createdMs;
    const QString detail =
        QStringLiteral("%1 event(s) waiting; the oldest for %2").arg(*pending).arg(describeAge(age));
    if (age > kOutboxWarnMs)
        return warn(name, detail,
                    context.sync && context.sync->enrolled()
                        ? QStringLiteral("see the platform check; the sync service uploads them when it can "
                                         "(systemctl status o2o-terminal-sync)")
                        : QStringLiteral("events wait until the terminal is enrolled: o2o-terminal enroll"));
    return pass(name, detail);
}

QString money(qint64 minor, const QString& currency) {
    return QStringLiteral("%1.%2 %3")
        .arg(minor / 100)
        .arg(std::abs(minor % 100), 2, 10, QLatin1Char('0'))
        .arg(currency);
}

CheckResult budgetCheck(Context& context) {
    const QString name = QStringLiteral("offline_budget");
    if (!context.db || !context.settings || !context.sync)
        return warn(name, kNoDb, kSeeDb);
    const TerminalSettings& s = *context.settings;
    if (s.offlineMaxCount < 0 && s.offlineMaxValueMinor < 0 && s.offlineMaxHours < 0)
        return pass(name, QStringLiteral("no offline limit set"));
    auto usage = RedemptionLedger(*context.db).offlineUsageSince(s.lastSyncMs);
    if (!usage)
        return failed(name, usage.error().message, kSeeDb);
    // The largest share of any limit that is used up.
    double share = 0;
    QStringList parts;
    if (s.offlineMaxCount >= 0) {
        share = std::max(share, s.offlineMaxCount ? double(usage->count) / s.offlineMaxCount : 1.0);
        parts.append(QStringLiteral("%1 of %2 redemptions").arg(usage->count).arg(s.offlineMaxCount));
    }
    if (s.offlineMaxValueMinor >= 0) {
        share = std::max(
            share, s.offlineMaxValueMinor ? double(usage->valueMinor) / double(s.offlineMaxValueMinor) : 1.0);
        parts.append(
            QStringLiteral("%1 of %2")
                .arg(money(usage->valueMinor, s.currency), money(s.offlineMaxValueMinor, s.currency)));
    }
    if (s.offlineMaxHours >= 0) {
        const double hours = s.lastSyncMs > 0 ? double(context.nowMs - s.lastSyncMs) / 3.6e6 : 1e9;
        share = std::max(share, s.offlineMaxHours ? hours / s.offlineMaxHours : 1.0);
        parts.append(s.lastSyncMs > 0
                         ? QStringLiteral("%1 of %2 hours since the last sync")
                               .arg(hours, 0, 'f', 1)
                               .arg(s.offlineMaxHours)
                         : QStringLiteral("never synced (limit %1 hours)").arg(s.offlineMaxHours));
    }
    const bool online = context.sync->online(context.nowMs);
    const QString detail =
        QStringLiteral("%1 used since the last sync: %2")
            .arg(QStringLiteral("%1%").arg(qRound(share * 100)), parts.join(QStringLiteral(", ")));
    const QString hint =
        QStringLiteral("the budget renews with the next completed sync: see the platform check");
    if (online)
        return pass(name, detail + QStringLiteral(" (online: the budget does not apply)"));
    if (share >= 1.0)
        return failed(name, detail + QStringLiteral(": offline redemptions are refused"), hint);
    if (share >= kBudgetWarnShare)
        return warn(name, detail, hint);
    return pass(name, detail);
}

CheckResult dataAgeCheck(Context& context) {
    const QString name = QStringLiteral("data_age");
    if (!context.sync)
        return warn(name, kNoDb, kSeeDb);
    const SyncState& sync = *context.sync;
    if (!sync.enrolled())
        return warn(name, QStringLiteral("not enrolled: vouchers come from imports only"),
                    QStringLiteral("enroll so vouchers, revocations and settings arrive by themselves"));
    struct Set {
        const char* what;
        qint64 ms;
    };
    const Set sets[] = {
        {"vouchers", sync.vouchersMs}, {"trust list", sync.trustMs}, {"settings", sync.settingsMs}};
    QStringList parts;
    qint64 oldest = 0;
    bool never = false;
    for (const Set& set : sets) {
        if (set.ms <= 0) {
            never = true;
            parts.append(QStringLiteral("%1 never received").arg(QLatin1String(set.what)));
            continue;
        }
        oldest = std::max(oldest, context.nowMs - set.ms);
        parts.append(
            QStringLiteral("%1 %2 old").arg(QLatin1String(set.what), describeAge(context.nowMs - set.ms)));
    }
    const QString detail = parts.join(QStringLiteral(", "));
    const QString hint =
        QStringLiteral("run o2o-terminal sync --once, or check the sync service and the platform");
    if (never || oldest > kDataWarnMs)
        return warn(name, detail, hint);
    return pass(name, detail);
}

} // namespace

void dataChecks(Context& context, QList<CheckResult>& out) {
    out.append(diskCheck(context));
    out.append(databaseCheck(context));
    out.append(outboxCheck(context));
    out.append(budgetCheck(context));
    out.append(dataAgeCheck(context));
}

} // namespace o2o::doctor
