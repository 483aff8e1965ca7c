#pragma once

#include "core/refusalfacts.h"

#include <QString>
#include <optional>

namespace o2o {

/** Why a code was refused. The wire names (reasonCode) are a contract: add, never rename. */
enum class Reason {
    None,
    UnknownCode,
    Malformed,
    AlreadyRedeemed,
    Exhausted,
    InsufficientBalance,
    NotYetValid,
    Expired,
    WrongStore,
    OutsideHours,
    BelowMinSpend,
    Revoked,
    NeedsNetwork,
    OfflineBudgetExceeded,
    ClockUntrusted,
    BadSignature,
    UnknownKey,
    StaleCode,
    // Added beyond the first list:
    Refunded,         // the customer got the money back online
    InsufficientUses, // a pass has uses left, but fewer than asked for
    AmountRequired,   // a stored-value card needs the amount to debit
    WrongCurrency,    // the amount asked is in another currency than the card
};

QString reasonCode(Reason reason);
std::optional<Reason> reasonFromCode(QStringView code);
/** One sentence a cashier understands, translated through Qt's tr machinery. See also refusalSentence. */
QString cashierMessage(Reason reason);

/** The answer to "may this code be redeemed here and now?" */
struct Verdict {
    Reason reason = Reason::None;
    RefusalFacts facts; // why, in figures: what the decision saw (refusals only)

    static Verdict accept() { return {}; }
    static Verdict refuse(Reason why, RefusalFacts facts = {}) {
        Verdict verdict;
        verdict.reason = why;
        verdict.facts = std::move(facts);
        return verdict;
    }
    /** The cashier's sentence with the facts (refusalSentence), or "Accepted.". */
    QString sentence(const QLocale& locale = QLocale()) const {
        return accepted() ? cashierMessage(reason) : refusalSentence(reason, facts, locale);
    }
    bool accepted() const { return reason == Reason::None; }
    QString name() const { return accepted() ? QStringLiteral("accepted") : QStringLiteral("refused"); }
};

} // namespace o2o
