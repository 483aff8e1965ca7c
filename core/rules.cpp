#include "core/rules.h"

namespace o2o {

namespace {

bool withinHours(const Voucher& v, int minute) {
    if (v.minuteFrom <= v.minuteUntil)
        return minute >= v.minuteFrom && minute < v.minuteUntil;
    return minute >= v.minuteFrom || minute < v.minuteUntil; // spans midnight
}

Verdict checkUsage(const Voucher& v, const RedemptionRequest& r) {
    switch (v.kind) {
    case VoucherKind::StoredValue:
        if (!r.amountGiven)
            return Verdict::refuse(Reason::AmountRequired);
        if (!r.amountCurrency.isEmpty() && r.amountCurrency != v.currency)
            return Verdict::refuse(Reason::WrongCurrency);
        if (r.amountMinor <= 0)
            return Verdict::refuse(Reason::AmountRequired);
        if (r.amountMinor > v.balanceMinor)
            return Verdict::refuse(Reason::InsufficientBalance);
        return Verdict::accept();
    case VoucherKind::MultiUse:
        if (v.usesLeft <= 0)
            return Verdict::refuse(Reason::Exhausted);
        if (r.uses > v.usesLeft)
            return Verdict::refuse(Reason::InsufficientUses);
        return Verdict::accept();
    default:
        return v.usesLeft <= 0 ? Verdict::refuse(Reason::AlreadyRedeemed) : Verdict::accept();
    }
}

Verdict checkBudget(const Voucher& v, const RedemptionRequest& r) {
    const OfflineBudget& b = r.budget;
    if (b.online)
        return Verdict::accept();
    if (b.maxCount >= 0 && b.usedCount + 1 > b.maxCount)
        return Verdict::refuse(Reason::OfflineBudgetExceeded);
    if (b.maxValueMinor >= 0 && b.usedValueMinor + redemptionValueMinor(v, r) > b.maxValueMinor)
        return Verdict::refuse(Reason::OfflineBudgetExceeded);
    if (b.maxHours >= 0 && (b.lastSyncSecs == 0 || r.at.utcSecs - b.lastSyncSecs > qint64(b.maxHours) * 3600))
        return Verdict::refuse(Reason::OfflineBudgetExceeded);
    return Verdict::accept();
}

} // namespace

Verdict evaluate(const Voucher& v, const RedemptionRequest& r) {
    // Order matters: a cashier should hear the most permanent reason first.
    if (v.status == VoucherStatus::Revoked)
        return Verdict::refuse(Reason::Revoked);
    if (v.status == VoucherStatus::Refunded)
        return Verdict::refuse(Reason::Refunded);
    if (v.status == VoucherStatus::Expired)
        return Verdict::refuse(Reason::Expired);
    if (v.kind == VoucherKind::OnlineOnly && !r.budget.online)
        return Verdict::refuse(Reason::NeedsNetwork);
    const bool timeMatters = v.hasTimeRules() || r.budget.maxHours >= 0;
    if (timeMatters && r.at.utcSecs < r.clockFloorSecs - kClockToleranceSecs)
        return Verdict::refuse(Reason::ClockUntrusted);
    if (v.validFrom != 0 && r.at.utcSecs < v.validFrom)
        return Verdict::refuse(Reason::NotYetValid);
    if (v.validUntil != 0 && r.at.utcSecs >= v.validUntil)
        return Verdict::refuse(Reason::Expired);
    if (!v.stores.isEmpty() && !v.stores.contains(r.storeId))
        return Verdict::refuse(Reason::WrongStore);
    if (!(v.weekdays & weekdayBit(r.at.weekday)) || !withinHours(v, r.at.minuteOfDay))
        return Verdict::refuse(Reason::OutsideHours);
    if (v.minSpendMinor > 0 && r.spendMinor < v.minSpendMinor)
        return Verdict::refuse(Reason::BelowMinSpend);
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
