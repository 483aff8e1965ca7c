#pragma once

#include "core/error.h"

#include <QString>
#include <QtGlobal>

namespace o2o {

/** An amount in integer minor units of an ISO 4217 currency. Never floating point. */
class Money {
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency)) {}

    /** Parses "12", "12.5" or "12.50" in the currency's minor digits; refuses excess precision. */
    [[nodiscard]] static Result<Money> parse(QStringView text, const QString& currency);
    /** Decimal places of a currency (JPY 0, EUR 2, KWD 3); unknown three-letter codes count as 2. */
    static int minorDigits(QStringView currency);
    static bool isValidCurrency(QStringView currency);
    /** Whether text could be an amount in some currency (digits, at most one point, at most 3 decimals). */
    static bool isWellFormedAmount(QStringView text);

    qint64 minor() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    /** "12.50" */
    QString amountText() const;
    /** "12.50 EUR" */
    QString toString() const;

    [[nodiscard]] Result<Money> plus(const Money& other) const;
    [[nodiscard]] Result<Money> minus(const Money& other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;

    bool operator==(const Money&) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace o2o
