#include "core/money.h"

#include <limits>

namespace o2o {

namespace {
// Largest amount we accept as text: keeps every sum of a day's ledger far from qint64 overflow.
constexpr qint64 kMaxMajorUnits = 1'000'000'000'000LL;
} // namespace

int Money::minorDigits(QStringView currency) {
    static const QStringView zero[] = {u"BIF", u"CLP", u"DJF", u"GNF", u"ISK", u"JPY", u"KMF", u"KRW",
                                       u"PYG", u"RWF", u"UGX", u"VND", u"VUV", u"XAF", u"XOF", u"XPF"};
    static const QStringView three[] = {u"BHD", u"IQD", u"JOD", u"KWD", u"LYD", u"OMR", u"TND"};
    for (auto c : zero)
        if (c == currency)
            return 0;
    for (auto c : three)
        if (c == currency)
            return 3;
    return 2;
}

bool Money::isValidCurrency(QStringView currency) {
    if (currency.size() != 3)
        return false;
    for (QChar c : currency)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

bool Money::isWellFormedAmount(QStringView text) {
    // KWD has the most decimals of any currency: what parses there is at least well formed.
    return parse(text, QStringLiteral("KWD")).has_value();
}

Result<Money> Money::parse(QStringView text, const QString& currency) {
    if (!isValidCurrency(currency))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("unknown currency code '%1'").arg(currency.left(8)));
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 24)
        return fail(ErrorCode::InvalidInput, QStringLiteral("an amount must be a number like 12.50"));
    const int digits = minorDigits(currency);
    qint64 major = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (QChar c : trimmed) {
        if (c == u'.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(ErrorCode::InvalidInput, QStringLiteral("an amount must be a number like 12.50"));
        seenDigit = true;
        const int d = c.unicode() - u'0';
        if (seenPoint) {
            if (++fractionDigits > digits)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 has at most %2 decimal places").arg(currency).arg(digits));
            fraction = fraction * 10 + d;
        } else {
            major = major * 10 + d;
            if (major > kMaxMajorUnits)
                return fail(ErrorCode::InvalidInput, QStringLiteral("the amount is too large"));
        }
    }
    if (!seenDigit)
        return fail(ErrorCode::InvalidInput, QStringLiteral("an amount must be a number like 12.50"));
    for (int i = fractionDigits; i < digits; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return Money(major * scale + fraction, currency);
}

QString Money::amountText() const {
    const int digits = minorDigits(m_currency);
    if (digits == 0)
        return QString::number(m_minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    return sign + QString::number(magnitude / scale) + u'.' +
           QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

QString Money::toString() const {
    return amountText() + u' ' + m_currency;
}

Result<Money> Money::plus(const Money& other) const {
    if (other.m_currency != m_currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("cannot add %1 to %2").arg(other.m_currency, m_currency));
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return fail(ErrorCode::InvalidInput, QStringLiteral("amount overflow"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const {
    if (other.m_currency != m_currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("cannot subtract %1 from %2").arg(other.m_currency, m_currency));
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return fail(ErrorCode::InvalidInput, QStringLiteral("amount overflow"));
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const {
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return fail(ErrorCode::InvalidInput, QStringLiteral("amount overflow"));
    return Money(product, m_currency);
}

} // namespace o2o
