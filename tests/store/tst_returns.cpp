// Returns at the counter: partial and whole, over-quantity refused, stored value back on the card, a
// pickup order not handed over refused, the window and the manager threshold, and what is written with it.
#include "store/catalogstore.h"
#include "store/dayreport.h"
#include "store/redemptionservice.h"
#include "store/returnservice.h"
#include "store/returnsettings.h"
#include "store/saleservice.h"
#include "store/staffstore.h"
#include "store/voidservice.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
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

// [{method:amount}] as "method:amount" strings, for exact comparisons.
QStringList refundList(const QJsonArray& refunds) {
    QStringList out;
    for (const QJsonValue v : refunds)
        out.append(QStringLiteral("%1:%2")
                       .arg(v[QStringLiteral("method")].toString())
                       .arg(v[QStringLiteral("amount")].toInteger()));
    return out;
}
} // namespace

class TestReturns : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;

    QString sell(const QStringList& vouchers = {}) {
        SaleInput input;
        input.lines = {sku(QStringLiteral("LUNCH"), 2), sku(QStringLiteral("MUG"))};
        input.voucherCodes = vouchers;
        input.payment = QStringLiteral("card");
        input.cashier = QStringLiteral("ana");
        auto sold = SaleService(*m_terminal->db, *m_clock).sell(input);
        return sold && sold->sale ? sold->sale->id : QString();
    }
    ReturnOutcome returnSale(const QString& saleId, const QList<ReturnLineAsk>& lines,
                             const QString& by = QStringLiteral("ana"),
                             const QString& pin = QStringLiteral("1111")) {
        auto done = ReturnService(*m_terminal->db, *m_clock)
                        .process(ReturnRequest{{}, saleId, lines, QStringLiteral("changed mind"), by, pin});
        return orError(done);
    }
    ReturnOutcome returnOrder(const QString& code, const QList<ReturnLineAsk>& lines) {
        auto done =
            ReturnService(*m_terminal->db, *m_clock)
                .process(ReturnRequest{
                    code, {}, lines, QStringLiteral("cold"), QStringLiteral("ana"), QStringLiteral("1111")});
        return orError(done);
    }
    static ReturnOutcome orError(const Result<ReturnOutcome>& done) {
        if (done)
            return *done;
        ReturnOutcome failed;
        failed.refusal = QStringLiteral("error: ") + done.error().message;
        return failed;
    }
    qint64 count(const char* sql) { return *m_terminal->db->connection().scalar(sql); }
    Voucher voucher(const QString& code) { return (*VoucherCache(*m_terminal->db).find(code))->voucher; }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(kNoonMs);
        VoucherRecord card = test::voucherRecord(QStringLiteral("CARD"), VoucherKind::StoredValue);
        card.voucher.faceValueMinor = card.voucher.balanceMinor = 1000;
        VoucherRecord order = test::voucherRecord(QStringLiteral("ORDER-A1042"), VoucherKind::PickupOrder);
        order.voucher.faceValueMinor = 1180;
        order.voucher.items = {QStringLiteral("2 x Flat white"), QStringLiteral("1 x Almond croissant")};
        m_terminal->add({card, order});
        CatalogStore catalog(*m_terminal->db);
        QVERIFY(catalog.upsert({QStringLiteral("LUNCH"), QStringLiteral("Lunch"), 1200, 1000, true}));
        QVERIFY(catalog.upsert({QStringLiteral("MUG"), QStringLiteral("Mug"), 900, 2100, true}));
        StaffStore staff(*m_terminal->db);
        for (const auto& [id, role, pin] :
             {std::tuple{"ana", StaffRole::Cashier, "1111"}, std::tuple{"max", StaffRole::Manager, "9999"}}) {
            StaffMember m;
            m.id = QString::fromLatin1(id);
            m.name = m.id;
            m.role = role;
            QVERIFY(staff.add(m, QString::fromLatin1(pin), QStringLiteral("local:test"), kNoonMs));
        }
    }

    void parsesOrderItems_data() {
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("name");
        QTest::newRow("counted") << "2 x Flat white" << 2 << "Flat white";
        QTest::newRow("upper X") << "12 X Bagel" << 12 << "Bagel";
        QTest::newRow("plain") << "Almond croissant" << 1 << "Almond croissant";
        QTest::newRow("zero is a name") << "0 x Tea" << 1 << "0 x Tea";
    }
    void parsesOrderItems() {
        QFETCH(QString, item);
        QFETCH(int, quantity);
        QFETCH(QString, name);
        const auto [q, n] = parseOrderItem(item);
        QCOMPARE(q, quantity);
        QCOMPARE(n, name);
    }

    // Lunch x2 (24.00 + 10 % = 26.40) and a mug (9.00 + 21 % = 10.89): one lunch, then the rest.
    void partialThenWholeSale() {
        const QString sale = sell();
        QVERIFY(!sale.isEmpty());
        const ReturnOutcome one = returnSale(sale, {{QStringLiteral("lunch"), 1}});
        QVERIFY2(one.refusal.isEmpty(), qPrintable(one.refusal));
        QCOMPARE(one.amountMinor, 1320);
        QCOMPARE(refundList(one.refunds), QStringList{QStringLiteral("card:1320")});
        const ReturnOutcome rest = returnSale(sale, {});
        QVERIFY2(rest.refusal.isEmpty(), qPrintable(rest.refusal));
        QCOMPARE(rest.lines.size(), 2);
        QCOMPARE(rest.lines[0][QStringLiteral("quantity")].toInt(), 1);
        QCOMPARE(rest.lines[1][QStringLiteral("sku")].toString(), QStringLiteral("MUG"));
        QCOMPARE(rest.amountMinor, 1320 + 1089);
        QCOMPARE(one.amountMinor + rest.amountMinor, 3729); // the whole sale, to the cent
        QCOMPARE(returnSale(sale, {}).refusal, QStringLiteral("nothing_to_return"));
        QCOMPARE(count("SELECT count(*) FROM returns"), 2);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE type = 'return'"), 2);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'return'"), 2);
        // A sale returned in part cannot be voided as well: that would refund twice.
        auto voided = VoidService(*m_terminal->db, *m_clock)
                          .voidEntry(VoidRequest{sale, QStringLiteral("x"), QStringLiteral("max"),
                                                 QStringLiteral("9999")});
        QCOMPARE(voided->refusal, QStringLiteral("has_returns"));
    }

    void overQuantityRefusedAndNothingWritten() {
        const QString sale = sell();
        QCOMPARE(returnSale(sale, {{QStringLiteral("LUNCH"), 3}}).refusal, QStringLiteral("over_quantity"));
        QVERIFY(returnSale(sale, {{QStringLiteral("LUNCH"), 1}}).refusal.isEmpty());
        // Earlier returns count: one lunch is left, two are asked (also as two lines of one).
        QCOMPARE(returnSale(sale, {{QStringLiteral("LUNCH"), 2}}).refusal, QStringLiteral("over_quantity"));
        QCOMPARE(returnSale(sale, {{QStringLiteral("LUNCH"), 1}, {QStringLiteral("LUNCH"), 1}}).refusal,
                 QStringLiteral("over_quantity"));
        QCOMPARE(returnSale(sale, {{QStringLiteral("SCARF"), 1}}).refusal, QStringLiteral("unknown_line"));
        QCOMPARE(returnSale(QStringLiteral("no-such-sale"), {}).refusal, QStringLiteral("unknown_entry"));
        QCOMPARE(count("SELECT count(*) FROM returns"), 1);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE type = 'return'"), 1);
    }

    // The card paid 10.00 of 37.29: a return gives the card back first, then the rest by card payment.
    void storedValueGoesBackOnTheCard() {
        const QString sale = sell({QStringLiteral("CARD")});
        QVERIFY(!sale.isEmpty());
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 0);
        const ReturnOutcome mug = returnSale(sale, {{QStringLiteral("MUG"), 0}});
        QVERIFY2(mug.refusal.isEmpty(), qPrintable(mug.refusal));
        QCOMPARE(refundList(mug.refunds),
                 (QStringList{QStringLiteral("voucher:1000"), QStringLiteral("card:89")}));
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 1000);
        // Nothing more goes to the card: it got back all it paid.
        const ReturnOutcome lunch = returnSale(sale, {{QStringLiteral("LUNCH"), 1}});
        QCOMPARE(refundList(lunch.refunds), QStringList{QStringLiteral("card:1320")});
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 1000);
    }

    void pickupOrderNotHandedOverIsCancelledNotReturned() {
        const ReturnOutcome early = returnOrder(QStringLiteral("ORDER-A1042"), {});
        QCOMPARE(early.refusal, QStringLiteral("not_handed_over"));
        QVERIFY(early.refusalText.contains(QStringLiteral("cancel")));
        QCOMPARE(count("SELECT count(*) FROM returns"), 0);
    }

    // 11.80 for three items: each unit carries a third, the last one the remainder.
    void onlineOrderByLineThenWhole() {
        RedeemInput in;
        in.code = QStringLiteral("ORDER-A1042");
        in.cashier = QStringLiteral("ana");
        QVERIFY((*RedemptionService(*m_terminal->db, *m_clock).redeem(in)).verdict.accepted());
        m_clock->advanceSecs(3600);
        const ReturnOutcome one =
            returnOrder(QStringLiteral("ORDER-A1042"), {{QStringLiteral("flat white"), 1}});
        QVERIFY2(one.refusal.isEmpty(), qPrintable(one.refusal));
        QCOMPARE(one.amountMinor, 393);
        QCOMPARE(refundList(one.refunds), QStringList{QStringLiteral("online:393")});
        QCOMPARE(returnOrder(QStringLiteral("ORDER-A1042"), {{QStringLiteral("Flat white"), 2}}).refusal,
                 QStringLiteral("over_quantity"));
        const ReturnOutcome rest = returnOrder(QStringLiteral("ORDER-A1042"), {});
        QVERIFY2(rest.refusal.isEmpty(), qPrintable(rest.refusal));
        QCOMPARE(rest.amountMinor, 1180 - 393);
        auto stmt = m_terminal->db->connection().prepare(
            "SELECT payload FROM outbox WHERE type = 'return' ORDER BY seq DESC LIMIT 1");
        QCOMPARE(stmt->step(), 100);
        const QJsonObject payload = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
        QCOMPARE(payload[QStringLiteral("source")].toString(), QStringLiteral("order"));
        QCOMPARE(payload[QStringLiteral("voucher_id")].toString(), voucher(QStringLiteral("ORDER-A1042")).id);
        QCOMPARE(payload[QStringLiteral("amount")].toInteger(), 787);
        QVERIFY(!stmt->text(0).contains(QStringLiteral("ORDER-A1042"))); // never the code itself
    }

    void windowAndManagerThreshold() {
        auto settings = ReturnSettings::load(*m_terminal->db);
        QCOMPARE(settings->windowDays, 30);
        QCOMPARE(settings->approvalAboveMinor, 5000);
        ReturnSettings changed = *settings;
        changed.approvalAboveMinor = 1000;
        changed.windowDays = 7;
        QCOMPARE(
            *changed.saveAudited(*m_terminal->db, *settings, QStringLiteral("local:test"), kNoonMs),
            (QStringList{QStringLiteral("return_window_days"), QStringLiteral("return_approval_above")}));
        const QString sale = sell();
        // 13.20 is above 10.00: a cashier is refused, a manager may.
        const ReturnOutcome cashier = returnSale(sale, {{QStringLiteral("LUNCH"), 1}});
        QCOMPARE(cashier.refusal, QStringLiteral("manager_approval_required"));
        QCOMPARE(cashier.amountMinor, 1320);
        QCOMPARE(
            returnSale(sale, {{QStringLiteral("LUNCH"), 1}}, QStringLiteral("max"), QStringLiteral("0000"))
                .refusal,
            QStringLiteral("wrong_pin"));
        QVERIFY(
            returnSale(sale, {{QStringLiteral("LUNCH"), 1}}, QStringLiteral("max"), QStringLiteral("9999"))
                .refusal.isEmpty());
        // The quote tells the window a manager is needed before anyone types a PIN.
        auto quote = ReturnService(*m_terminal->db, *m_clock)
                         .quote(ReturnRequest{{}, sale, {{QStringLiteral("MUG"), 1}}, {}, {}, {}});
        QCOMPARE(quote->needsManager, true);
        m_clock->advanceSecs(7 * 24 * 3600 + 1);
        QCOMPARE(returnSale(sale, {}, QStringLiteral("max"), QStringLiteral("9999")).refusal,
                 QStringLiteral("return_window_passed"));
    }

    // The day's report counts the refunds by how the money went back.
    void dayReportShowsRefundsByMethod() {
        const QString sale = sell({QStringLiteral("CARD")});
        QVERIFY(returnSale(sale, {{QStringLiteral("MUG"), 1}}).refusal.isEmpty());
        auto report = DayReportBuilder(*m_terminal->db, QTimeZone::utc())
                          .build(QDate(2025, 11, 18), QDate(2025, 11, 18), m_clock->nowMsecs());
        QVERIFY(report);
        const QJsonObject refunds = report->toJson()[QStringLiteral("refunds")].toObject();
        QCOMPARE(refunds[QStringLiteral("returns")].toInt(), 1);
        QCOMPARE(refunds[QStringLiteral("amount")].toString(), QStringLiteral("10.89"));
        const QJsonArray byPayment = refunds[QStringLiteral("by_payment")].toArray();
        QCOMPARE(byPayment.size(), 2);
        QCOMPARE(byPayment[0][QStringLiteral("method")].toString(), QStringLiteral("card"));
        QCOMPARE(byPayment[0][QStringLiteral("amount")].toString(), QStringLiteral("0.89"));
        QCOMPARE(byPayment[1][QStringLiteral("method")].toString(), QStringLiteral("voucher"));
        QCOMPARE(byPayment[1][QStringLiteral("amount")].toString(), QStringLiteral("10.00"));
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
