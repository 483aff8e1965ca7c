#pragma once

#include "store/redemptionledger.h"

namespace o2o {

/**
 * Gives back to the voucher of a redemption what it took, or part of it (a return gives back only the
 * returned share of a card's payment): uses for passes, balance for stored-value cards, never beyond what
 * the voucher ever held. Cached and signed vouchers alike; the caller holds the transaction. Voids and
 * returns share it, so both restore the same way.
 */
[[nodiscard]] Result<void> giveBackToVoucher(Database& db, const LedgerEntry& entry,
                                             const QByteArray& codeHash, int uses, qint64 amountMinor);

} // namespace o2o
