#pragma once

#include "core/clock.h"
#include "store/redemptionservice.h"
#include "store/salestore.h"

namespace o2o {

/** One line as the cashier rings it up: a catalog product, or a named item with its price. */
struct SaleLineInput {
    QString sku;       // a catalog product; or:
    QString name;      // an item not in the catalog,
    QString priceText; // with its price (without tax, in the store's currency)
    int quantity = 1;
};

/** A sale as the cashier asks for it. */
struct SaleInput {
    QList<SaleLineInput> lines;
    QStringList voucherCodes;                 // deals give a discount, stored-value cards pay
    QString payment = QStringLiteral("cash"); // what pays the rest: cash, card, other
    QString cashier;
    QString memberCode; // a member code scanned for this sale: verified first, attributed to the sale
};

/** Recorded (sale set) or refused because of a voucher (refusal set; nothing was written). */
struct SaleOutcome {
    std::optional<Sale> sale;
    QList<RedemptionOutcome> redemptions;
    Verdict refusal;            // the first voucher refused, when the sale was not made
    QString refusedCodeMasked;  // which one, masked
    bool memberRefused = false; // the refusal is the member code's (refusedCodeMasked is that code)
    QString memberName;         // the member attributed (the sale carries its id)
};

/**
 * Rings up a sale in one transaction: the lines (prices in minor units, tax per line on the amount after
 * its share of the discounts), deal vouchers as discounts that honour their minimum spend, stored-value
 * cards as payment, each voucher also a redemption in the ledger naming the sale, and one `sale` event
 * carrying lines, payments and the redemptions' ids. A refused voucher refuses the sale: nothing is kept.
 */
class SaleService {
public:
    SaleService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    [[nodiscard]] Result<SaleOutcome> sell(const SaleInput& input);
    /**
     * The sale as sell() would make it (totals, each voucher's value or the first refusal), by the same
     * rules in the same transaction, rolled back: nothing is written. The sale screen shows it while the
     * cashier rings up; only sell() records.
     */
    [[nodiscard]] Result<SaleOutcome> quote(const SaleInput& input);

private:
    [[nodiscard]] Result<SaleOutcome> ringUp(const SaleInput& input, bool record);
    [[nodiscard]] Result<QJsonArray> priceLines(const SaleInput& input, const QString& currency);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace o2o
