#pragma once

#include "core/redemptionrequest.h"
#include "core/verdict.h"
#include "core/voucher.h"

namespace o2o {

/** How far the wall clock may lag behind the trusted floor before time rules stop trusting it. */
constexpr qint64 kClockToleranceSecs = 5 * 60;

/** Decides whether a voucher may be redeemed for a request. Pure: no I/O, no clock. */
Verdict evaluate(const Voucher& voucher, const RedemptionRequest& request);

/** The value a redemption takes from the voucher (for the offline budget and the ledger). */
qint64 redemptionValueMinor(const Voucher& voucher, const RedemptionRequest& request);

/** The voucher as it is after an accepted redemption. */
Voucher afterRedemption(Voucher voucher, const RedemptionRequest& request);

} // namespace o2o
