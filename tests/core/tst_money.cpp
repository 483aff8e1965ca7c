#include "core/money.h"

#include <QTest>
#include <limits>

using namespace o2o;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("two decimals") << "12.50"
                                      << "EUR" << true << 1250LL;
        QTest::newRow("one decimal") << "12.5"
                                     << "EUR" << true << 1250LL;
        QTest::newRow("whole") << "12"
                               << "EUR" << true << 1200LL;
        QTest::newRow("one cent") << "0.01"
                                  << "EUR" << true << 1LL;
        QTest::newRow("leading point") << ".5"
                                       << "EUR" << true << 50LL;
        QTest::newRow("spaces trimmed") << "  7.00 "
                                        << "USD" << true << 700LL;
        QTest::newRow("yen whole") << "1000"
                                   << "JPY" << true << 1000LL;
        QTest::newRow("yen has no decimals") << "1.5"
                                             << "JPY" << false << 0LL;
        QTest::newRow("dinar three decimals") << "1.234"
                                              << "KWD" << true << 1234LL;
        QTest::newRow("too precise") << "12.505"
                                     << "EUR" << false << 0LL;
        QTest::newRow("negative") << "-1"
                                  << "EUR" << false << 0LL;
        QTest::newRow("letters") << "abc"
                                 << "EUR" << false << 0LL;
        QTest::newRow("empty") << ""
                               << "EUR" << false << 0LL;
        QTest::newRow("two points") << "1.2.3"
                                    << "EUR" << false << 0LL;
        QTest::newRow("only point") << "."
                                    << "EUR" << false << 0LL;
        QTest::newRow("exponent") << "1e3"
                                  << "EUR" << false << 0LL;
        QTest::newRow("too large") << "99999999999999999"
                                   << "EUR" << false << 0LL;
        QTest::newRow("lower-case currency") << "1"
                                             << "eur" << false << 0LL;
        QTest::newRow("long currency") << "1"
                                       << "EURO" << false << 0LL;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto money = Money::parse(text, currency);
        QCOMPARE(money.has_value(), ok);
        if (ok) {
            QCOMPARE(money->minor(), minor);
            QCOMPARE(money->currency(), currency);
        } else {
            QVERIFY(!money.error().message.isEmpty());
        }
    }

    void format_data() {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("euros") << 1250LL << "EUR"
                               << "12.50 EUR";
        QTest::newRow("cents") << 5LL << "EUR"
                               << "0.05 EUR";
        QTest::newRow("zero") << 0LL << "EUR"
                              << "0.00 EUR";
        QTest::newRow("negative") << -1250LL << "EUR"
                                  << "-12.50 EUR";
        QTest::newRow("yen") << 1000LL << "JPY"
                             << "1000 JPY";
        QTest::newRow("dinar") << 1234LL << "KWD"
                               << "1.234 KWD";
    }
    void format() {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(Money(minor, currency).toString(), text);
    }

    void roundTrip() {
        for (qint64 minor : {0LL, 1LL, 99LL, 100LL, 123456789LL}) {
            const Money m(minor, QStringLiteral("EUR"));
            QCOMPARE(Money::parse(m.amountText(), QStringLiteral("EUR"))->minor(), minor);
        }
    }

    void arithmetic() {
        const Money a(1250, QStringLiteral("EUR"));
        const Money b(300, QStringLiteral("EUR"));
        QCOMPARE(a.plus(b)->minor(), 1550);
        QCOMPARE(a.minus(b)->minor(), 950);
        QCOMPARE(b.minus(a)->minor(), -950);
        QCOMPARE(b.times(3)->minor(), 900);
        QVERIFY(!a.plus(Money(1, QStringLiteral("USD"))));
        QVERIFY(!a.minus(Money(1, QStringLiteral("USD"))));
        const Money huge(std::numeric_limits<qint64>::max(), QStringLiteral("EUR"));
        QVERIFY(!huge.plus(Money(1, QStringLiteral("EUR"))));
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), QStringLiteral("EUR")).minus(b));
        QVERIFY(!huge.times(2));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
