#pragma once

#include "core/voucher.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace o2o {

enum class Reason;

/** The redemption that used a voucher up, as this terminal's ledger holds it. */
struct PriorRedemption {
    QString redemptionId;
    qint64 atMs = 0; // trusted time it was filed under
    QString terminalId;
    bool thisTerminal = false; // made by this terminal (its id is the current one)
    QString cashierId;
    QString cashierName;   // empty when the cashier is not a staff member (or the terminal has no staff)
    bool unsynced = false; // its event is still in the outbox: the platform does not know it yet

    bool operator==(const PriorRedemption&) const = default;
};

/** Which part of the offline budget a redemption would break. */
enum class OfflineLimit { None, Count, Value, Hours };
/** count, value, hours; empty for None. */
QString offlineLimitName(OfflineLimit limit);

/**
 * The facts behind a refusal, taken where the decision was made: the rules fill in the bound that was
 * broken, the store the redemption that came before. Which fields mean something depends on the reason;
 * the rest keep their defaults. Printers format these, they never work them out again.
 */
struct RefusalFacts {
    qint64 decidedMs = 0; // when the verdict was made (the request's time): "today" is relative to it

    // already_redeemed, exhausted: the latest redemption of the voucher not voided; nullopt when this
    // terminal's ledger has none (the platform reported the voucher used).
    std::optional<PriorRedemption> prior;

    // not_yet_valid, expired: UTC seconds, 0 = no bound
    qint64 validFrom = 0;
    qint64 validUntil = 0;

    // outside_hours: the weekdays (bit 0 = Monday) and local minutes of the day it is valid
    quint8 weekdays = kEveryDay;
    int minuteFrom = 0;
    int minuteUntil = 24 * 60;

    // below_min_spend, insufficient_balance, wrong_currency, offline value: amounts in minor units
    QString currency;
    qint64 minSpendMinor = 0;
    qint64 spendMinor = 0;
    qint64 balanceMinor = 0;
    qint64 askedMinor = 0; // the amount asked of a card
    QString askedCurrency; // wrong_currency: the currency asked in

    // insufficient_uses
    int usesLeft = 0;
    int usesAsked = 0;

    // wrong_store: the stores the voucher is for (empty when unknown, e.g. a signed code's store scope)
    QStringList stores;
    QString storeId; // this terminal's store

    // offline_budget_exceeded: the limit reached, its bound and what was used (count, minor units or hours)
    OfflineLimit offlineLimit = OfflineLimit::None;
    qint64 offlineMax = 0;
    qint64 offlineUsed = 0;
    qint64 lastSyncMs = 0; // 0: never synced

    bool operator==(const RefusalFacts&) const = default;
};

/**
 * The one place where a reason and its facts become the cashier's sentence ("Already used today at
 * 12:41 on this terminal by Ana (not yet uploaded)."), translated (context "Refusal") and with dates in
 * the given locale. Without facts that say more, it is cashierMessage(reason).
 */
QString refusalSentence(Reason reason, const RefusalFacts& facts, const QLocale& locale = QLocale());

/** "10:00" for a minute of the day. */
QString minuteText(int minuteOfDay);

} // namespace o2o
