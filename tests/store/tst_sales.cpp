// In-store sales: exact amounts in minor units, vouchers applied in the same transaction, refusals
// that keep nothing, and the sale event the platform gets.
#include "app/saleviews.h"
#include "store/catalogstore.h"
#include "store/saleservice.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace o2o;

namespace {
constexpr qint64 kNoonMs = 1763467200000LL; // Tuesday 2025-11-18 12:00 UTC

SaleLineInput sku(const QString& s, int quantity = 1) {
    SaleLineInput line;
    line.sku = s;
    line.quantity = quantity;
    return line;
}
} // namespace

class TestSales : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;

    Result<SaleOutcome> sell(const QList<SaleLineInput>& lines, const QStringList& vouchers = {}) {
        SaleInput input;
        input.lines = lines;
        input.voucherCodes = vouchers;
        input.cashier = QStringLiteral("ana");
        return SaleService(*m_terminal->db, *m_clock).sell(input);
    }
    qint64 count(const char* sql) { return *m_terminal->db->connection().scalar(sql); }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(kNoonMs);
        VoucherRecord deal = test::voucherRecord(QStringLiteral("DEAL"));
        deal.voucher.faceValueMinor = 500;
        deal.voucher.minSpendMinor = 2000;
        VoucherRecord card = test::voucherRecord(QStringLiteral("CARD"), VoucherKind::StoredValue);
        card.voucher.faceValueMinor = card.voucher.balanceMinor = 1000;
        m_terminal->add({deal, card});
        CatalogStore catalog(*m_terminal->db);
        QVERIFY(catalog.upsert({QStringLiteral("LUNCH"), QStringLiteral("Lunch"), 1200, 1000, true}));
        QVERIFY(catalog.upsert({QStringLiteral("MUG"), QStringLiteral("Mug"), 900, 2100, true}));
    }

    void amountsAreExact() {
        auto sold = sell({sku(QStringLiteral("LUNCH"), 2), sku(QStringLiteral("MUG"))});
        QVERIFY(sold && sold->sale);
        const Sale& s = *sold->sale;
        QCOMPARE(s.subtotalMinor, 3300);
        QCOMPARE(s.discountMinor, 0);
        QCOMPARE(s.taxMinor, 240 + 189); // 10 % of 24.00, 21 % of 9.00
        QCOMPARE(s.totalMinor, 3729);
        QCOMPARE(s.payments.size(), 1);
        QCOMPARE(s.payments[0][QStringLiteral("method")].toString(), QStringLiteral("cash"));
        QCOMPARE(s.payments[0][QStringLiteral("amount")].toInteger(), 3729);
        const QJsonObject view = saleView(s, {});
        QCOMPARE(view[QStringLiteral("total")].toString(), QStringLiteral("37.29"));
        QCOMPARE(view[QStringLiteral("tax")].toString(), QStringLiteral("4.29"));
    }

    // The deal's 5.00 is spread over the lines before tax; the card pays what is left, up to its balance.
    void dealDiscountsAndCardPays() {
        auto sold = sell({sku(QStringLiteral("LUNCH"), 2), sku(QStringLiteral("MUG"))},
                         {QStringLiteral("CARD"), QStringLiteral("DEAL")});
        QVERIFY(sold && sold->sale);
        const Sale& s = *sold->sale;
        QCOMPARE(s.discountMinor, 500);
        // Lunch 24.00 takes 500 * 2400 / 3300 = 363, the mug the rest, 137.
        QCOMPARE(s.lines[0][QStringLiteral("discount")].toInteger(), 363);
        QCOMPARE(s.lines[1][QStringLiteral("discount")].toInteger(), 137);
        QCOMPARE(s.taxMinor, (2037 * 1000 + 5000) / 10000 + (763 * 2100 + 5000) / 10000);
        QCOMPARE(s.totalMinor, 3300 - 500 + s.taxMinor);
        QCOMPARE(s.payments.size(), 2);
        QCOMPARE(s.payments[0][QStringLiteral("method")].toString(), QStringLiteral("voucher"));
        QCOMPARE(s.payments[0][QStringLiteral("amount")].toInteger(), 1000);
        QCOMPARE(s.payments[1][QStringLiteral("amount")].toInteger(), s.totalMinor - 1000);
        QCOMPARE(s.redemptionIds.size(), 2);
        QCOMPARE(count("SELECT count(*) FROM redemptions WHERE sale_id != ''"), 2);
        QCOMPARE((*VoucherCache(*m_terminal->db).find(QStringLiteral("CARD")))->voucher.balanceMinor, 0);

        // One sale event, carrying the lines, the payments and the redemptions' ids.
        auto event = m_terminal->db->connection().prepare("SELECT payload FROM outbox WHERE type = 'sale'");
        QCOMPARE(event->step(), sql::kRow);
        const QJsonObject payload = QJsonDocument::fromJson(event->text(0).toUtf8()).object();
        QCOMPARE(payload[QStringLiteral("sale_id")].toString(), s.id);
        QCOMPARE(payload[QStringLiteral("lines")].toArray().size(), 2);
        QCOMPARE(payload[QStringLiteral("redemption_ids")].toArray().size(), 2);
        QCOMPARE(payload[QStringLiteral("total")].toInteger(), s.totalMinor);
        QCOMPARE(event->step(), sql::kDone);
    }

    // Below the deal's minimum spend: refused, and nothing of the sale is kept, not even the card's debit.
    void refusedVoucherKeepsNothing() {
        auto sold = sell({sku(QStringLiteral("MUG"))}, {QStringLiteral("CARD"), QStringLiteral("DEAL")});
        QVERIFY(sold);
        QVERIFY(!sold->sale);
        QCOMPARE(reasonCode(sold->refusal.reason), QStringLiteral("below_min_spend"));
        // The refusal names the bound and the sale's subtotal it was judged against.
        QCOMPARE(sold->refusal.facts.minSpendMinor, 2000);
        QCOMPARE(sold->refusal.facts.spendMinor, 900);
        QCOMPARE(sold->refusal.sentence(QLocale(QLocale::English)),
                 QStringLiteral("Minimum spend 20.00 EUR, the purchase is 9.00 EUR"));
        QCOMPARE(count("SELECT count(*) FROM sales"), 0);
        QCOMPARE(count("SELECT count(*) FROM redemptions"), 0);
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE((*VoucherCache(*m_terminal->db).find(QStringLiteral("CARD")))->voucher.balanceMinor, 1000);
    }

    // A quote (the sale screen's preview) gives sell()'s figures and writes nothing: the card and the deal
    // stay as they were, and the same vouchers can then be sold once.
    void quoteWritesNothing() {
        SaleInput input;
        input.lines = {sku(QStringLiteral("LUNCH"), 2), sku(QStringLiteral("MUG"))};
        input.voucherCodes = {QStringLiteral("CARD"), QStringLiteral("DEAL")};
        input.cashier = QStringLiteral("ana");
        auto quoted = SaleService(*m_terminal->db, *m_clock).quote(input);
        QVERIFY(quoted && quoted->sale);
        QCOMPARE(quoted->sale->discountMinor, 500);
        QCOMPARE(quoted->redemptions.size(), 2);
        QCOMPARE(quoted->redemptions[0].valueMinor, 500);  // the deal
        QCOMPARE(quoted->redemptions[1].valueMinor, 1000); // the card, its whole balance
        QCOMPARE(count("SELECT count(*) FROM sales"), 0);
        QCOMPARE(count("SELECT count(*) FROM redemptions"), 0);
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE((*VoucherCache(*m_terminal->db).find(QStringLiteral("CARD")))->voucher.balanceMinor, 1000);
        auto sold = sell(input.lines, input.voucherCodes);
        QVERIFY(sold && sold->sale);
        QCOMPARE(sold->sale->totalMinor, quoted->sale->totalMinor);
        QCOMPARE(sold->sale->taxMinor, quoted->sale->taxMinor);
        auto refused = SaleService(*m_terminal->db, *m_clock).quote(input);
        QVERIFY(refused && !refused->sale);
        QCOMPARE(reasonCode(refused->refusal.reason), QStringLiteral("already_redeemed"));
    }

    void unknownProductIsRefused() {
        auto sold = sell({sku(QStringLiteral("NOPE"))});
        QVERIFY(!sold);
        QCOMPARE(sold.error().code, ErrorCode::InvalidInput);
        QCOMPARE(count("SELECT count(*) FROM sales"), 0);
    }

    void receiptFitsFortyTwoColumns() {
        auto sold =
            sell({sku(QStringLiteral("LUNCH"), 2), sku(QStringLiteral("MUG"))}, {QStringLiteral("DEAL")});
        const QStringList lines =
            receiptText(*sold->sale, QStringLiteral("A store with a rather long name indeed, yes"));
        for (const QString& line : lines)
            QVERIFY2(line.size() <= 42, qPrintable(line));
        QVERIFY(lines.contains(QStringLiteral("Vouchers") + QString(29, u' ') + QStringLiteral("-5.00")));
        QCOMPARE(sold->sale->totalMinor, 3164);
        QVERIFY(lines.contains(QStringLiteral("TOTAL EUR") + QString(28, u' ') + QStringLiteral("31.64")));
        auto pdf = receiptPdf(*sold->sale, QStringLiteral("store-1"));
        QVERIFY(pdf && pdf->startsWith("%PDF"));
    }
};

QTEST_MAIN(TestSales)
#include "tst_sales.moc"
