#include "core/verdict.h"

#include <QCoreApplication>
#include <array>

namespace o2o {

namespace {
struct ReasonText {
    Reason reason;
    const char16_t* code;
    const char* message;
};

// The one place where reasons become words for a cashier.
constexpr std::array<ReasonText, 22> kReasons{{
    {Reason::None, u"", QT_TRANSLATE_NOOP("Verdict", "Accepted.")},
    {Reason::UnknownCode, u"unknown_code", QT_TRANSLATE_NOOP("Verdict", "This code is not known here.")},
    {Reason::Malformed, u"malformed",
     QT_TRANSLATE_NOOP("Verdict", "This is not a voucher code. Scan again.")},
    {Reason::AlreadyRedeemed, u"already_redeemed", QT_TRANSLATE_NOOP("Verdict", "Already used.")},
    {Reason::Exhausted, u"exhausted", QT_TRANSLATE_NOOP("Verdict", "No uses left on this pass.")},
    {Reason::InsufficientBalance, u"insufficient_balance",
     QT_TRANSLATE_NOOP("Verdict", "Not enough balance on this card.")},
    {Reason::NotYetValid, u"not_yet_valid", QT_TRANSLATE_NOOP("Verdict", "Not valid yet.")},
    {Reason::Expired, u"expired", QT_TRANSLATE_NOOP("Verdict", "Expired.")},
    {Reason::WrongStore, u"wrong_store", QT_TRANSLATE_NOOP("Verdict", "Not valid in this store.")},
    {Reason::OutsideHours, u"outside_hours", QT_TRANSLATE_NOOP("Verdict", "Not valid at this day or hour.")},
    {Reason::BelowMinSpend, u"below_min_spend",
     QT_TRANSLATE_NOOP("Verdict", "The purchase is below the minimum spend.")},
    {Reason::Revoked, u"revoked", QT_TRANSLATE_NOOP("Verdict", "Cancelled by the platform.")},
    {Reason::NeedsNetwork, u"needs_network",
     QT_TRANSLATE_NOOP("Verdict", "This code needs the network, which is down.")},
    {Reason::OfflineBudgetExceeded, u"offline_budget_exceeded",
     QT_TRANSLATE_NOOP("Verdict", "Offline limit reached: wait for the network.")},
    {Reason::ClockUntrusted, u"clock_untrusted",
     QT_TRANSLATE_NOOP("Verdict", "The terminal clock is wrong. Call the manager.")},
    {Reason::BadSignature, u"bad_signature", QT_TRANSLATE_NOOP("Verdict", "Fake or altered code.")},
    {Reason::UnknownKey, u"unknown_key",
     QT_TRANSLATE_NOOP("Verdict", "Code signed by an unknown key. Sync, then try again.")},
    {Reason::StaleCode, u"stale_code",
     QT_TRANSLATE_NOOP("Verdict", "Old screenshot: ask for the live code on the phone.")},
    {Reason::Refunded, u"refunded", QT_TRANSLATE_NOOP("Verdict", "Refunded: no longer valid.")},
    {Reason::InsufficientUses, u"insufficient_uses",
     QT_TRANSLATE_NOOP("Verdict", "The pass has fewer uses left than asked.")},
    {Reason::AmountRequired, u"amount_required",
     QT_TRANSLATE_NOOP("Verdict", "Enter the amount to take from the card.")},
    {Reason::WrongCurrency, u"wrong_currency",
     QT_TRANSLATE_NOOP("Verdict", "The card is in another currency.")},
}};

const ReasonText& entry(Reason reason) {
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return r;
    return kReasons[0];
}
} // namespace

QString reasonCode(Reason reason) {
    return QString::fromUtf16(entry(reason).code);
}

std::optional<Reason> reasonFromCode(QStringView code) {
    for (const auto& r : kReasons)
        if (r.reason != Reason::None && code == QStringView(r.code))
            return r.reason;
    return std::nullopt;
}

QString cashierMessage(Reason reason) {
    return QCoreApplication::translate("Verdict", entry(reason).message);
}

} // namespace o2o
