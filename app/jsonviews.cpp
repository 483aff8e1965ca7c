#include "app/jsonviews.h"
#include "core/timeformat.h"

#include <QDateTime>
#include <QJsonArray>

namespace o2o {

QJsonObject voucherView(const CachedVoucher& cached) {
    const Voucher& v = cached.voucher;
    QJsonObject view{{QStringLiteral("id"), v.id},
                     {QStringLiteral("kind"), kindName(v.kind)},
                     {QStringLiteral("status"), statusName(v.status)},
                     {QStringLiteral("description"), v.description},
                     {QStringLiteral("code"), QStringLiteral("****") + cached.codeTail},
                     {QStringLiteral("currency"), v.currency}};
    if (v.kind == VoucherKind::StoredValue) {
        view.insert(QStringLiteral("balance"), v.balance().amountText());
    } else {
        view.insert(QStringLiteral("uses_left"), v.usesLeft);
        view.insert(QStringLiteral("uses_total"), v.usesTotal);
    }
    if (v.faceValueMinor && v.kind != VoucherKind::StoredValue)
        view.insert(QStringLiteral("value"), v.faceValue().amountText());
    if (!v.items.isEmpty())
        view.insert(QStringLiteral("items"), QJsonArray::fromStringList(v.items));
    if (v.validUntil)
        view.insert(QStringLiteral("valid_until"), localIsoTime(v.validUntil * 1000));
    return view;
}

QJsonObject outcomeView(const RedemptionOutcome& outcome) {
    QJsonObject view{{QStringLiteral("verdict"), outcome.verdict.name()},
                     {QStringLiteral("message"), cashierMessage(outcome.verdict.reason)}};
    if (!outcome.verdict.accepted())
        view.insert(QStringLiteral("reason"), reasonCode(outcome.verdict.reason));
    if (!outcome.redemptionId.isEmpty())
        view.insert(QStringLiteral("redemption_id"), outcome.redemptionId);
    if (outcome.voucher)
        view.insert(QStringLiteral("voucher"), voucherView(*outcome.voucher));
    return view;
}

QJsonObject ledgerEntryView(const LedgerEntry& e) {
    return QJsonObject{{QStringLiteral("redemption_id"), e.id},
                       {QStringLiteral("at"), localIsoTime(e.atMs)},
                       {QStringLiteral("wall_at"), localIsoTime(e.wallMs)},
                       {QStringLiteral("voucher_id"), e.voucherId},
                       {QStringLiteral("code"), QStringLiteral("****") + e.codeTail},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("description"), e.description},
                       {QStringLiteral("uses"), e.uses},
                       {QStringLiteral("amount"), Money(e.amountMinor, e.currency).amountText()},
                       {QStringLiteral("currency"), e.currency},
                       {QStringLiteral("cashier"), e.cashier},
                       {QStringLiteral("terminal_id"), e.terminalId},
                       {QStringLiteral("store_id"), e.storeId},
                       {QStringLiteral("online"), e.online},
                       {QStringLiteral("voided"), e.voided}};
}

QString outcomeText(const RedemptionOutcome& outcome) {
    QString line = outcome.verdict.accepted() ? QStringLiteral("ACCEPTED") : QStringLiteral("REFUSED");
    if (!outcome.verdict.accepted())
        line += QStringLiteral(" (%1)").arg(reasonCode(outcome.verdict.reason));
    line += QStringLiteral(": ") + cashierMessage(outcome.verdict.reason);
    if (outcome.voucher) {
        const Voucher& v = outcome.voucher->voucher;
        line += QStringLiteral("\n  %1 [%2]").arg(v.description, kindName(v.kind));
        if (v.kind == VoucherKind::StoredValue)
            line += QStringLiteral(", balance %1").arg(v.balance().toString());
        else if (v.kind == VoucherKind::MultiUse)
            line += QStringLiteral(", %1 of %2 uses left").arg(v.usesLeft).arg(v.usesTotal);
        if (!v.items.isEmpty())
            line += QStringLiteral("\n  hand over: ") + v.items.join(QStringLiteral(", "));
    }
    if (!outcome.redemptionId.isEmpty())
        line += QStringLiteral("\n  redemption ") + outcome.redemptionId;
    return line;
}

} // namespace o2o
