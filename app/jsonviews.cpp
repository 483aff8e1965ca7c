#include "app/jsonviews.h"
#include "core/timeformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

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

namespace {

QLocale commandLocale() {
    return QLocale(QLocale::English, QLocale::UnitedKingdom); // commands print English
}

QString isoOrNull(qint64 secs) {
    return secs ? localIsoTime(secs * 1000) : QString();
}

QJsonArray weekdayNames(quint8 weekdays) {
    static const char* const kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QJsonArray days;
    for (int day = 1; day <= 7; ++day)
        if (weekdays & weekdayBit(day))
            days.append(QString::fromLatin1(kNames[day - 1]));
    return days;
}

QString amount(qint64 minor, const QString& currency) {
    return Money(minor, currency).amountText();
}

void insertPrior(QJsonObject& view, const std::optional<PriorRedemption>& prior) {
    view.insert(QStringLiteral("in_ledger"), prior.has_value());
    if (!prior)
        return;
    view.insert(QStringLiteral("redemption_id"), prior->redemptionId);
    view.insert(QStringLiteral("at"), localIsoTime(prior->atMs));
    view.insert(QStringLiteral("terminal_id"), prior->terminalId);
    view.insert(QStringLiteral("this_terminal"), prior->thisTerminal);
    view.insert(QStringLiteral("cashier_id"), prior->cashierId);
    if (!prior->cashierName.isEmpty())
        view.insert(QStringLiteral("cashier_name"), prior->cashierName);
    view.insert(QStringLiteral("unsynced"), prior->unsynced);
}

} // namespace

QJsonObject refusalDetailView(const Verdict& verdict) {
    const RefusalFacts& f = verdict.facts;
    QJsonObject view;
    switch (verdict.reason) {
    case Reason::AlreadyRedeemed:
    case Reason::Exhausted:
        insertPrior(view, f.prior);
        break;
    case Reason::Expired:
    case Reason::NotYetValid:
        if (f.validFrom)
            view.insert(QStringLiteral("valid_from"), isoOrNull(f.validFrom));
        if (f.validUntil)
            view.insert(QStringLiteral("valid_until"), isoOrNull(f.validUntil));
        break;
    case Reason::OutsideHours:
        view.insert(QStringLiteral("hours_from"), minuteText(f.minuteFrom));
        view.insert(QStringLiteral("hours_until"), minuteText(f.minuteUntil));
        view.insert(QStringLiteral("weekdays"), weekdayNames(f.weekdays));
        break;
    case Reason::BelowMinSpend:
        view.insert(QStringLiteral("min_spend"), amount(f.minSpendMinor, f.currency));
        view.insert(QStringLiteral("spend"), amount(f.spendMinor, f.currency));
        view.insert(QStringLiteral("currency"), f.currency);
        break;
    case Reason::InsufficientBalance:
        view.insert(QStringLiteral("balance"), amount(f.balanceMinor, f.currency));
        view.insert(QStringLiteral("amount"), amount(f.askedMinor, f.currency));
        view.insert(QStringLiteral("currency"), f.currency);
        break;
    case Reason::InsufficientUses:
        view.insert(QStringLiteral("uses_left"), f.usesLeft);
        view.insert(QStringLiteral("uses_asked"), f.usesAsked);
        break;
    case Reason::WrongCurrency:
        if (!f.askedCurrency.isEmpty()) {
            view.insert(QStringLiteral("currency"), f.currency);
            view.insert(QStringLiteral("asked_currency"), f.askedCurrency);
        }
        break;
    case Reason::WrongStore:
        if (!f.stores.isEmpty()) {
            view.insert(QStringLiteral("stores"), QJsonArray::fromStringList(f.stores));
            view.insert(QStringLiteral("this_store"), f.storeId);
        }
        break;
    case Reason::OfflineBudgetExceeded:
        if (f.offlineLimit == OfflineLimit::None)
            break;
        view.insert(QStringLiteral("limit"), offlineLimitName(f.offlineLimit));
        if (f.offlineLimit == OfflineLimit::Value) {
            view.insert(QStringLiteral("max"), amount(f.offlineMax, f.currency));
            view.insert(QStringLiteral("used"), amount(f.offlineUsed, f.currency));
            view.insert(QStringLiteral("currency"), f.currency);
        } else {
            view.insert(QStringLiteral("max"), f.offlineMax);
            view.insert(QStringLiteral("used"), f.offlineUsed);
        }
        view.insert(QStringLiteral("last_sync"),
                    f.lastSyncMs ? QJsonValue(localIsoTime(f.lastSyncMs)) : QJsonValue(QJsonValue::Null));
        break;
    default:
        break;
    }
    view.insert(QStringLiteral("text"), verdict.sentence(commandLocale()));
    return view;
}

QJsonObject outcomeView(const RedemptionOutcome& outcome) {
    QJsonObject view{{QStringLiteral("verdict"), outcome.verdict.name()},
                     {QStringLiteral("message"), cashierMessage(outcome.verdict.reason)}};
    if (!outcome.verdict.accepted()) {
        view.insert(QStringLiteral("reason"), reasonCode(outcome.verdict.reason));
        view.insert(QStringLiteral("detail"), refusalDetailView(outcome.verdict));
    }
    if (!outcome.redemptionId.isEmpty())
        view.insert(QStringLiteral("redemption_id"), outcome.redemptionId);
    if (outcome.voucher)
        view.insert(QStringLiteral("voucher"), voucherView(*outcome.voucher));
    if (outcome.memberRefused)
        view.insert(QStringLiteral("refused_code"), QStringLiteral("member"));
    if (!outcome.memberId.isEmpty())
        view.insert(QStringLiteral("member"), outcome.memberId);
    if (!outcome.memberName.isEmpty())
        view.insert(QStringLiteral("member_name"), outcome.memberName);
    return view;
}

QJsonObject ledgerEntryView(const LedgerEntry& e) {
    QJsonObject view{{QStringLiteral("redemption_id"), e.id},
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
    if (!e.memberId.isEmpty())
        view.insert(QStringLiteral("member"), e.memberId);
    return view;
}

QString outcomeText(const RedemptionOutcome& outcome) {
    QString line = outcome.verdict.accepted() ? QStringLiteral("ACCEPTED") : QStringLiteral("REFUSED");
    if (!outcome.verdict.accepted())
        line += QStringLiteral(" (%1)").arg(reasonCode(outcome.verdict.reason));
    line += QStringLiteral(": ") + outcome.verdict.sentence(commandLocale());
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
    if (outcome.memberRefused)
        line += QStringLiteral("\n  (the member code was refused; nothing was recorded)");
    else if (!outcome.memberId.isEmpty())
        line +=
            QStringLiteral("\n  member %1%2")
                .arg(outcome.memberName.isEmpty() ? QString() : outcome.memberName + u' ', outcome.memberId);
    return line;
}

} // namespace o2o
