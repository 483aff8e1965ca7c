#include "core/refusalfacts.h"

#include "core/money.h"
#include "core/verdict.h"

#include <QCoreApplication>
#include <QDateTime>

namespace o2o {

namespace {

QString t(const char* text) {
    return QCoreApplication::translate("Refusal", text);
}

// When something happened or happens, relative to the decision: "today at 12:41", "yesterday",
// "on 3 Nov 2026 at 12:41" ("3 Nov 2026 at 12:41" without onDate). Local time; the time is left out at
// midnight unless timeIfMidnight.
QString whenText(qint64 ms, qint64 nowMs, const QLocale& locale, bool timeIfMidnight, bool onDate = true) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QString time = at.time().toString(QStringLiteral("HH:mm"));
    const bool withTime = timeIfMidnight || at.time() != QTime(0, 0);
    const qint64 days = today.daysTo(at.date());
    if (days == 0)
        return withTime ? t(QT_TRANSLATE_NOOP("Refusal", "today at %1")).arg(time)
                        : t(QT_TRANSLATE_NOOP("Refusal", "today"));
    if (days == -1)
        return withTime ? t(QT_TRANSLATE_NOOP("Refusal", "yesterday at %1")).arg(time)
                        : t(QT_TRANSLATE_NOOP("Refusal", "yesterday"));
    if (days == 1)
        return withTime ? t(QT_TRANSLATE_NOOP("Refusal", "tomorrow at %1")).arg(time)
                        : t(QT_TRANSLATE_NOOP("Refusal", "tomorrow"));
    //: A date format for QDate::toString: 3 Nov 2026
    const QString date = locale.toString(at.date(), t(QT_TRANSLATE_NOOP("Refusal", "d MMM yyyy")));
    if (!onDate)
        return withTime ? t(QT_TRANSLATE_NOOP("Refusal", "%1 at %2")).arg(date, time) : date;
    return withTime ? t(QT_TRANSLATE_NOOP("Refusal", "on %1 at %2")).arg(date, time)
                    : t(QT_TRANSLATE_NOOP("Refusal", "on %1")).arg(date);
}

// Terminal ids are UUIDs: the first block is enough for a person to tell two apart.
QString shortTerminal(const QString& id) {
    return id.size() > 12 ? id.left(8) : id;
}

QString priorSentence(Reason reason, const PriorRedemption& p, qint64 nowMs, const QLocale& locale) {
    const QString when = whenText(p.atMs, nowMs, locale, true);
    const QString who = p.cashierName.isEmpty() ? p.cashierId : p.cashierName;
    const bool used = reason == Reason::AlreadyRedeemed;
    QString text;
    if (p.thisTerminal && who.isEmpty())
        text = (used ? t(QT_TRANSLATE_NOOP("Refusal", "Already used %1 on this terminal"))
                     : t(QT_TRANSLATE_NOOP("Refusal", "No uses left: last used %1 on this terminal")))
                   .arg(when);
    else if (p.thisTerminal)
        text = (used ? t(QT_TRANSLATE_NOOP("Refusal", "Already used %1 on this terminal by %2"))
                     : t(QT_TRANSLATE_NOOP("Refusal", "No uses left: last used %1 on this terminal by %2")))
                   .arg(when, who);
    else if (who.isEmpty())
        text = (used ? t(QT_TRANSLATE_NOOP("Refusal", "Already used %1 on terminal %2"))
                     : t(QT_TRANSLATE_NOOP("Refusal", "No uses left: last used %1 on terminal %2")))
                   .arg(when, shortTerminal(p.terminalId));
    else
        text = (used ? t(QT_TRANSLATE_NOOP("Refusal", "Already used %1 on terminal %2 by %3"))
                     : t(QT_TRANSLATE_NOOP("Refusal", "No uses left: last used %1 on terminal %2 by %3")))
                   .arg(when, shortTerminal(p.terminalId), who);
    if (p.unsynced)
        text = t(QT_TRANSLATE_NOOP("Refusal", "%1 (not yet uploaded)")).arg(text);
    return text;
}

QString hoursSentence(const RefusalFacts& f, const QLocale& locale) {
    const bool allDay = f.minuteFrom == 0 && f.minuteUntil == 24 * 60;
    const QString hours = QStringLiteral("%1-%2").arg(minuteText(f.minuteFrom), minuteText(f.minuteUntil));
    if (f.weekdays == kEveryDay)
        return t(QT_TRANSLATE_NOOP("Refusal", "Only valid %1")).arg(hours);
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        if (f.weekdays & weekdayBit(day))
            days.append(locale.dayName(day, QLocale::ShortFormat));
    //: Between the names of weekdays in a list
    const QString list = days.join(t(QT_TRANSLATE_NOOP("Refusal", ", ")));
    if (allDay)
        return t(QT_TRANSLATE_NOOP("Refusal", "Only valid on %1")).arg(list);
    return t(QT_TRANSLATE_NOOP("Refusal", "Only valid on %1, %2")).arg(list, hours);
}

QString offlineSentence(const RefusalFacts& f) {
    switch (f.offlineLimit) {
    case OfflineLimit::Count:
        return t(QT_TRANSLATE_NOOP("Refusal", "Offline limit reached: %1 redemptions without the platform"))
            .arg(f.offlineMax);
    case OfflineLimit::Value:
        return t(QT_TRANSLATE_NOOP("Refusal", "Offline limit reached: %1 without the platform"))
            .arg(Money(f.offlineMax, f.currency).toString());
    case OfflineLimit::Hours:
        if (f.lastSyncMs == 0)
            return t(QT_TRANSLATE_NOOP("Refusal", "Offline limit reached: never synced with the platform"));
        return t(QT_TRANSLATE_NOOP("Refusal", "Offline limit reached: %1 hours without the platform"))
            .arg(f.offlineMax);
    case OfflineLimit::None:
        break;
    }
    return cashierMessage(Reason::OfflineBudgetExceeded);
}

} // namespace

QString offlineLimitName(OfflineLimit limit) {
    switch (limit) {
    case OfflineLimit::Count:
        return QStringLiteral("count");
    case OfflineLimit::Value:
        return QStringLiteral("value");
    case OfflineLimit::Hours:
        return QStringLiteral("hours");
    case OfflineLimit::None:
        break;
    }
    return {};
}

QString minuteText(int minuteOfDay) {
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QChar(u'0'))
        .arg(minuteOfDay % 60, 2, 10, QChar(u'0'));
}

QString refusalSentence(Reason reason, const RefusalFacts& f, const QLocale& locale) {
    switch (reason) {
    case Reason::AlreadyRedeemed:
    case Reason::Exhausted:
        if (f.prior)
            return priorSentence(reason, *f.prior, f.decidedMs, locale);
        return reason == Reason::AlreadyRedeemed
                   ? t(QT_TRANSLATE_NOOP("Refusal", "Already used, according to the platform"))
                   : t(QT_TRANSLATE_NOOP("Refusal", "No uses left, according to the platform"));
    case Reason::Expired:
        if (f.validUntil)
            return t(QT_TRANSLATE_NOOP("Refusal", "Expired %1"))
                .arg(whenText(f.validUntil * 1000, f.decidedMs, locale, false));
        break;
    case Reason::NotYetValid:
        if (f.validFrom)
            return t(QT_TRANSLATE_NOOP("Refusal", "Valid from %1"))
                .arg(whenText(f.validFrom * 1000, f.decidedMs, locale, false, false));
        break;
    case Reason::OutsideHours:
        return hoursSentence(f, locale);
    case Reason::BelowMinSpend:
        if (f.spendMinor > 0)
            return t(QT_TRANSLATE_NOOP("Refusal", "Minimum spend %1, the purchase is %2"))
                .arg(Money(f.minSpendMinor, f.currency).toString(),
                     Money(f.spendMinor, f.currency).toString());
        return t(QT_TRANSLATE_NOOP("Refusal", "Minimum spend %1"))
            .arg(Money(f.minSpendMinor, f.currency).toString());
    case Reason::InsufficientBalance:
        return t(QT_TRANSLATE_NOOP("Refusal", "Balance %1, less than %2"))
            .arg(Money(f.balanceMinor, f.currency).toString(), Money(f.askedMinor, f.currency).toString());
    case Reason::InsufficientUses:
        return t(QT_TRANSLATE_NOOP("Refusal", "Uses left: %1, asked: %2")).arg(f.usesLeft).arg(f.usesAsked);
    case Reason::WrongCurrency:
        if (!f.askedCurrency.isEmpty())
            return t(QT_TRANSLATE_NOOP("Refusal", "The card is in %1, not %2"))
                .arg(f.currency, f.askedCurrency);
        break;
    case Reason::WrongStore:
        if (f.stores.size() == 1)
            return t(QT_TRANSLATE_NOOP("Refusal", "For store %1 only")).arg(f.stores.first());
        if (!f.stores.isEmpty())
            return t(QT_TRANSLATE_NOOP("Refusal", "For stores %1 only"))
                .arg(f.stores.join(QStringLiteral(", ")));
        break;
    case Reason::OfflineBudgetExceeded:
        return offlineSentence(f);
    default:
        break;
    }
    return cashierMessage(reason);
}

} // namespace o2o
