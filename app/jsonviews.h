#pragma once

#include "store/redemptionledger.h"
#include "store/redemptionservice.h"

#include <QJsonObject>

namespace o2o {

/** How a voucher is shown in command output: kind, description, what is left; the code masked. */
QJsonObject voucherView(const CachedVoucher& cached);
/** The facts behind a refusal (the verdict's RefusalFacts) and the English sentence made of them. */
QJsonObject refusalDetailView(const Verdict& verdict);
/** A check or redeem answer: verdict, reason, cashier message, detail (refusals), redemption id, voucher. */
QJsonObject outcomeView(const RedemptionOutcome& outcome);
QJsonObject ledgerEntryView(const LedgerEntry& entry);
/** One line a cashier reads in a terminal window. */
QString outcomeText(const RedemptionOutcome& outcome);

} // namespace o2o
