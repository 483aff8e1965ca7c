#include "core/rules.h"

namespace o2o {

namespace {

bool withinHours(const Voucher& v, int minute) {
    if (v.minuteFrom <= v.minuteUntil)
        return minute >= v.minuteFrom && minute < v.minuteUntil;
    return minute >= v.minuteFrom || minute < v.minuteUntil; // spans midnight
}

// The facts every refusal starts from: when it was decided, and in which currency amounts are.
RefusalFacts baseFacts(const Voucher& v, const RedemptionRequest& r) {
    RefusalFacts facts;
    facts.decidedMs = r.at.utcSecs * 1000;
    facts.currency = v.currency;
    return facts;
}

Verdict checkUsage(const Voucher& v, const RedemptionRequest& r) {
    RefusalFacts facts = baseFacts(v, r);
    switch (v.kind) {
    case VoucherKind::StoredValue:
        if (!r.amountGiven)
            return Verdict::refuse(Reason::AmountRequired);
        if (!r.amountCurrency.isEmpty() && r.amountCurrency != v.currency) {
            facts.askedCurrency = r.amountCurrency;
            return Verdict::refuse(Reason::WrongCurrency, facts);
        }
        if (r.amountMinor <= 0)
            return Verdict::refuse(Reason::AmountRequired);
        if (r.amountMinor > v.balanceMinor) {
            facts.balanceMinor = v.balanceMinor;
            facts.askedMinor = r.amountMinor;
            return Verdict::refuse(Reason::InsufficientBalance, facts);
        }
        return Verdict::accept();
    case VoucherKind::MultiUse:
        // The store adds the redemption that took the last use (facts.prior): the rules see no ledger.
        if (v.usesLeft <= 0)
            return Verdict::refuse(Reason::Exhausted, facts);
        if (r.uses > v.usesLeft) {
            facts.usesLeft = v.usesLeft;
            facts.usesAsked = r.uses;
            return Verdict::refuse(Reason::InsufficientUses, facts);
        }
        return Verdict::accept();
    default:
        return v.usesLeft <= 0 ? Verdict::refuse(Reason::AlreadyRedeemed, facts) : Verdict::accept();
    }
}

Verdict checkBudget(const Voucher& v, const RedemptionRequest& r) {
    const OfflineBudget& b = r.budget;
    if (b.online)
        return Verdict::accept();
    RefusalFacts facts = baseFacts(v, r);
    facts.lastSyncMs = b.lastSyncSecs * 1000;
    const auto exceeded = [&](OfflineLimit limit, qint64 max, qint64 used) {
        facts.offlineLimit = limit;
        facts.offlineMax = max;
        facts.offlineUsed = used;
        return Verdict::refuse(Reason::OfflineBudgetExceeded, facts);
    };
    if (b.maxCount >= 0 && b.usedCount + 1 > b.maxCount)
        return exceeded(OfflineLimit::Count, b.maxCount, b.usedCount);
    if (b.maxValueMinor >= 0 && b.usedValueMinor + redemptionValueMinor(v, r) > b.maxValueMinor)
        return exceeded(OfflineLimit::Value, b.maxValueMinor, b.usedValueMinor);
    if (b.maxHours >= 0 && (b.lastSyncSecs == 0 || r.at.utcSecs - b.lastSyncSecs > qint64(b.maxHours) * 3600))
        return exceeded(OfflineLimit::Hours, b.maxHours,
                        b.lastSyncSecs == 0 ? 0 : (r.at.utcSecs - b.lastSyncSecs) / 3600);
    return Verdict::accept();
}

} // namespace

Verdict evaluate(const Voucher& v, const RedemptionRequest& r) {
    // Order matters: a cashier should hear the most permanent reason first.
    if (v.status == VoucherStatus::Revoked)
        return Verdict::refuse(Reason::Revoked);
    if (v.status == VoucherStatus::Refunded)
        return Verdict::refuse(Reason::Refunded);
    if (v.status == VoucherStatus::Expired) {
        // The platform may end a voucher before its date: only a date already past explains it.
        RefusalFacts facts = baseFacts(v, r);
        if (v.validUntil != 0 && v.validUntil <= r.at.utcSecs) {
            facts.validFrom = v.validFrom;
            facts.validUntil = v.validUntil;
        }
        return Verdict::refuse(Reason::Expired, facts);
    }
    if (v.kind == VoucherKind::OnlineOnly && !r.budget.online)
        return Verdict::refuse(Reason::NeedsNetwork);
    const bool timeMatters = v.hasTimeRules() || r.budget.maxHours >= 0;
    if (timeMatters && r.at.utcSecs < r.clockFloorSecs - kClockToleranceSecs)
        return Verdict::refuse(Reason::ClockUntrusted);
    RefusalFacts facts = baseFacts(v, r);
    if ((v.validFrom != 0 && r.at.utcSecs < v.validFrom) ||
        (v.validUntil != 0 && r.at.utcSecs >= v.validUntil)) {
        facts.validFrom = v.validFrom;
        facts.validUntil = v.validUntil;
        return Verdict::refuse(r.at.utcSecs < v.validFrom ? Reason::NotYetValid : Reason::Expired, facts);
    }
    if (!v.stores.isEmpty() && !v.stores.contains(r.storeId)) {
        facts.stores = v.stores;
        facts.storeId = r.storeId;
        return Verdict::refuse(Reason::WrongStore, facts);
    }
    if (!(v.weekdays & weekdayBit(r.at.weekday)) || !withinHours(v, r.at.minuteOfDay)) {
        facts.weekdays = v.weekdays;
        facts.minuteFrom = v.minuteFrom;
        facts.minuteUntil = v.minuteUntil;
        return Verdict::refuse(Reason::OutsideHours, facts);
    }
    if (v.minSpendMinor > 0 && r.spendMinor < v.minSpendMinor) {
        facts.minSpendMinor = v.minSpendMinor;
        facts.spendMinor = r.spendMinor;
        return Verdict::refuse(Reason::BelowMinSpend, facts);
    }
    if (const Verdict usage = checkUsage(v, r); !usage.accepted())
        return usage;
    return checkBudget(v, r);
}

qint64 redemptionValueMinor(const Voucher& v, const RedemptionRequest& r) {
    switch (v.kind) {
    case VoucherKind::StoredValue:
        return r.amountMinor;
    case VoucherKind::MultiUse:
        return v.faceValueMinor * r.uses;
    default:
        return v.faceValueMinor;
    }
}

Voucher afterRedemption(Voucher v, const RedemptionRequest& r) {
    switch (v.kind) {
    case VoucherKind::StoredValue:
        v.balanceMinor -= r.amountMinor;
        break;
    case VoucherKind::MultiUse:
        v.usesLeft -= r.uses;
        break;
    default:
        v.usesLeft = 0;
        break;
    }
    return v;
}

} // namespace o2o
