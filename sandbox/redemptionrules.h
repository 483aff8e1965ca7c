#pragma once

#include "sandbox/voucherusagestore.h"

namespace o2o::sandbox {

/** Why a terminal may not take from a voucher at all ("revoked", "wrong_store"); empty when it may. */
QString refusalFor(const VoucherUsage& usage, const QString& deviceStoreId);

enum class TakeResult {
    Taken,       // usage now holds what is left after this redemption
    NothingLeft, // too few uses or too little balance left: someone redeemed it first
    Impossible,  // more than the voucher ever had, or nothing at all: a malformed request
};

/** Takes uses (or, for stored value, amount) from usage. */
TakeResult take(VoucherUsage& usage, qint64 uses, qint64 amount);
/** Gives back what a voided redemption or an expired hold took, never more than the voucher had. */
void giveBack(VoucherUsage& usage, qint64 uses, qint64 amount);
/** The terminal's verdict reason for a voucher with nothing left (prepare's 409 "reason"). */
QString nothingLeftReason(VoucherKind kind);

} // namespace o2o::sandbox
