#include "store/saleservice.h"

#include "core/codeinput.h"
#include "core/money.h"
#include "store/catalogstore.h"
#include "store/memberresolver.h"

#include <QJsonObject>
#include <QUuid>

namespace o2o {

namespace {

constexpr int kMaxQuantity = 1000;

RedeemInput lookupOnly(const QString& code) {
    RedeemInput in;
    in.code = code;
    return in;
}

qint64 lineAmount(const QJsonValue& line) {
    return line[QStringLiteral("amount")].toInteger();
}

// The discount spread over the lines in proportion to their amounts (the remainder on the last line
// with an amount), and each line's tax on what is left of it, rounded half up.
qint64 allocateDiscountAndTax(QJsonArray& lines, qint64 subtotal, qint64 discount) {
    qint64 given = 0;
    qint64 tax = 0;
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lineAmount(lines[i]) > 0)
            last = i;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines[i].toObject();
        const qint64 amount = lineAmount(line);
        const qint64 share =
            subtotal <= 0 ? 0 : (i == last ? discount - given : discount * amount / subtotal);
        given += share;
        const qint64 lineTax =
            ((amount - share) * line[QStringLiteral("tax_rate_bp")].toInteger() + 5000) / 10000;
        tax += lineTax;
        line.insert(QStringLiteral("discount"), share);
        line.insert(QStringLiteral("tax"), lineTax);
        lines[i] = line;
    }
    return tax;
}

} // namespace

Result<QJsonArray> SaleService::priceLines(const SaleInput& input, const QString& currency) {
    if (input.lines.isEmpty())
        return fail(ErrorCode::Usage, QStringLiteral("a sale needs at least one line (--sku or --item)"));
    QJsonArray lines;
    CatalogStore catalog(m_db);
    for (const SaleLineInput& in : input.lines) {
        if (in.quantity < 1 || in.quantity > kMaxQuantity)
            return fail(ErrorCode::Usage,
                        QStringLiteral("--quantity must be a whole number from 1 to %1").arg(kMaxQuantity));
        QJsonObject line{{QStringLiteral("quantity"), in.quantity}};
        qint64 unit = 0;
        if (!in.sku.isEmpty()) {
            auto item = catalog.find(in.sku);
            if (!item)
                return Unexpected(item.error());
            if (!*item || !(*item)->active)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("no product %1 in the catalog").arg(in.sku.left(40)));
            unit = (*item)->priceMinor;
            line.insert(QStringLiteral("sku"), in.sku);
            line.insert(QStringLiteral("name"), (*item)->name);
            line.insert(QStringLiteral("tax_rate_bp"), (*item)->taxRateBp);
        } else {
            auto price = Money::parse(in.priceText, currency);
            if (!price || price->minor() < 0)
                return fail(ErrorCode::Usage,
                            QStringLiteral("--price of %1: an amount like 3.50 is needed").arg(in.name));
            unit = price->minor();
            line.insert(QStringLiteral("name"), in.name);
            line.insert(QStringLiteral("tax_rate_bp"), 0);
        }
        line.insert(QStringLiteral("unit_price"), unit);
        line.insert(QStringLiteral("amount"), unit * in.quantity);
        lines.append(line);
    }
    return lines;
}

Result<SaleOutcome> SaleService::sell(const SaleInput& input) {
    return ringUp(input, true);
}

Result<SaleOutcome> SaleService::quote(const SaleInput& input) {
    return ringUp(input, false);
}

Result<SaleOutcome> SaleService::ringUp(const SaleInput& input, bool record) {
    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    auto priced = priceLines(input, settings->currency);
    if (!priced)
        return Unexpected(priced.error());
    Sale sale;
    sale.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sale.cashier = input.cashier;
    sale.terminalId = settings->terminalId;
    sale.storeId = settings->storeId;
    sale.currency = settings->currency;
    sale.lines = *priced;
    for (const QJsonValue line : sale.lines)
        sale.subtotalMinor += lineAmount(line);

    RedemptionService redemptions(m_db, m_clock); // joins this transaction
    SaleOutcome outcome;
    if (!input.memberCode.isEmpty()) {
        // The member first: a refused member code refuses the sale before any voucher is touched.
        auto member = verifyMemberOn(m_db, input.memberCode, m_clock.requestTime().utcSecs, false);
        if (!member)
            return Unexpected(member.error());
        if (member->reason != Reason::None) {
            outcome.refusal = Verdict::refuse(member->reason);
            outcome.refusedCodeMasked = maskCode(input.memberCode.trimmed());
            outcome.memberRefused = true;
            return outcome;
        }
        sale.memberId = member->memberId;
        outcome.memberName = member->name;
    }
    const auto redeem = [&](const QString& code, const QString& amountText) -> Result<bool> {
        RedeemInput in;
        in.code = code;
        in.cashier = input.cashier;
        in.saleId = sale.id;
        in.memberId = sale.memberId;
        in.amountText = amountText;
        in.spendText = Money(sale.subtotalMinor, sale.currency).amountText();
        auto done = redemptions.redeem(in);
        if (!done)
            return Unexpected(done.error());
        if (!done->verdict.accepted()) {
            outcome.refusal = done->verdict;
            outcome.refusedCodeMasked = maskCode(code);
            return false;
        }
        sale.redemptionIds.append(done->redemptionId);
        outcome.redemptions.append(*done);
        return true;
    };

    // Deals first (they lower what is to pay), cards after (they pay what is left).
    QStringList cards;
    for (const QString& code : input.voucherCodes) {
        auto looked = redemptions.check(lookupOnly(code));
        if (!looked)
            return Unexpected(looked.error());
        if (looked->voucher && looked->voucher->voucher.kind == VoucherKind::StoredValue) {
            cards.append(code);
            continue;
        }
        auto ok = redeem(code, {});
        if (!ok)
            return Unexpected(ok.error());
        if (!*ok)
            return outcome;
        sale.discountMinor =
            std::min(sale.subtotalMinor, sale.discountMinor + outcome.redemptions.last().valueMinor);
    }
    sale.taxMinor = allocateDiscountAndTax(sale.lines, sale.subtotalMinor, sale.discountMinor);
    sale.totalMinor = sale.subtotalMinor - sale.discountMinor + sale.taxMinor;

    qint64 paid = 0;
    for (const QString& code : cards) {
        auto looked = redemptions.check(lookupOnly(code));
        if (!looked)
            return Unexpected(looked.error());
        const qint64 take = std::min(looked->voucher->voucher.balanceMinor, sale.totalMinor - paid);
        if (take <= 0)
            continue; // nothing left to pay: the card is not touched
        auto ok = redeem(code, Money(take, sale.currency).amountText());
        if (!ok)
            return Unexpected(ok.error());
        if (!*ok)
            return outcome;
        paid += take;
        sale.payments.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("voucher")},
                                         {QStringLiteral("amount"), take},
                                         {QStringLiteral("redemption_id"), sale.redemptionIds.last()}});
    }
    if (sale.totalMinor - paid > 0)
        sale.payments.append(QJsonObject{{QStringLiteral("method"), input.payment},
                                         {QStringLiteral("amount"), sale.totalMinor - paid}});

    // Filed like a redemption: never before the platform's last word or the ledger's latest entry.
    sale.wallMs = m_clock.nowMsecs();
    auto latest = RedemptionLedger(m_db).latestMs();
    if (!latest)
        return Unexpected(latest.error());
    sale.atMs = std::max({sale.wallMs, settings->platformTimeMs, *latest});
    if (record) {
        O2O_TRY(SaleStore(m_db).record(sale));
        O2O_TRY(transaction.commit());
    } // else the transaction rolls back when it goes: the vouchers' redemptions are undone
    outcome.sale = sale;
    return outcome;
}

} // namespace o2o
