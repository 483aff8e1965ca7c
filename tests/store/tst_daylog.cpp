// The manager's day list: redemptions and sales of a span, filtered by cashier, kind and the code's last
// four characters, newest first, with totals that leave voided entries out.
#include "store/catalogstore.h"
#include "store/daylog.h"
#include "store/redemptionservice.h"
#include "store/saleservice.h"
#include "store/staffstore.h"
#include "store/voidservice.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace o2o;

namespace {
constexpr qint64 kNoonMs = 1763467200000LL; // Tuesday 2025-11-18 12:00 UTC
constexpr qint64 kHourMs = 3'600'000;
} // namespace

class TestDayLog : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;
    QString m_passId;
    QString m_cardId;
    QString m_dealId;
    QString m_saleId;
    qint64 m_saleTotal = 0;

    QString redeem(const QString& code, const QString& cashier, const QString& amount = {}, int uses = 1) {
        RedeemInput in;
        in.code = code;
        in.cashier = cashier;
        in.amountText = amount;
        in.uses = uses;
        auto r = RedemptionService(*m_terminal->db, *m_clock).redeem(in);
        m_clock->advanceSecs(60);
        return r && r->verdict.accepted() ? r->redemptionId : QString();
    }
    QList<DayLogEntry> entries(const QString& cashier = {}, const QString& kind = {},
                               const QString& tail = {}) {
        auto rows =
            DayLog(*m_terminal->db).entries({kNoonMs - kHourMs, kNoonMs + kHourMs, cashier, kind, tail, 500});
        return rows ? *rows : QList<DayLogEntry>{};
    }
    static QStringList ids(const QList<DayLogEntry>& rows) {
        QStringList list;
        for (const DayLogEntry& e : rows)
            list.append(e.id);
        return list;
    }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(kNoonMs);
        VoucherRecord pass = test::voucherRecord(QStringLiteral("PASS-1234"), VoucherKind::MultiUse);
        pass.voucher.usesTotal = pass.voucher.usesLeft = 10;
        VoucherRecord card = test::voucherRecord(QStringLiteral("CARD-77ab"), VoucherKind::StoredValue);
        card.voucher.faceValueMinor = card.voucher.balanceMinor = 5000;
        m_terminal->add({test::voucherRecord(QStringLiteral("DEAL-9Z9Z")), pass, card});
        StaffMember max;
        max.id = QStringLiteral("max");
        max.name = QStringLiteral("Max Müller");
        max.role = StaffRole::Manager;
        QVERIFY(StaffStore(*m_terminal->db)
                    .add(max, QStringLiteral("9999"), QStringLiteral("local:test"), kNoonMs));
        QVERIFY(CatalogStore(*m_terminal->db)
                    .upsert({QStringLiteral("COFFEE"), QStringLiteral("Coffee"), 250, 0, true}));

        m_passId = redeem(QStringLiteral("PASS-1234"), QStringLiteral("ana"), {}, 2);
        m_cardId = redeem(QStringLiteral("CARD-77ab"), QStringLiteral("max"), QStringLiteral("12.50"));
        SaleInput sale;
        SaleLineInput line;
        line.sku = QStringLiteral("COFFEE");
        line.quantity = 40;
        sale.lines = {line};
        sale.voucherCodes = {QStringLiteral("DEAL-9Z9Z")};
        sale.cashier = QStringLiteral("ana");
        auto sold = SaleService(*m_terminal->db, *m_clock).sell(sale);
        QVERIFY(sold && sold->sale);
        m_saleId = sold->sale->id;
        m_saleTotal = sold->sale->totalMinor;
        QVERIFY(m_saleTotal > 0 && m_saleTotal < 40 * 250); // the deal took something off
        QCOMPARE(sold->sale->redemptionIds.size(), 1);
        m_dealId = sold->sale->redemptionIds.first();
        m_clock->advanceSecs(60);
        QVERIFY(!m_passId.isEmpty() && !m_cardId.isEmpty());
    }

    void everythingNewestFirst() {
        const QList<DayLogEntry> rows = entries();
        // The sale and the deal it used share an instant: the id breaks the tie, so compare as a set there.
        QCOMPARE(rows.size(), 4);
        QCOMPARE(QSet<QString>({rows.at(0).id, rows.at(1).id}), QSet<QString>({m_saleId, m_dealId}));
        QCOMPARE(rows.at(2).id, m_cardId);
        QCOMPARE(rows.at(3).id, m_passId);
        const DayLogEntry& card = rows.at(2);
        QCOMPARE(card.kind, QStringLiteral("stored_value"));
        QCOMPARE(card.amountMinor, 1250);
        QCOMPARE(card.codeTail.toUpper(), QStringLiteral("77AB"));
        QCOMPARE(card.cashier, QStringLiteral("max"));
        QCOMPARE(card.cashierName, QStringLiteral("Max Müller"));
        QCOMPARE(rows.at(3).uses, 2);
        QCOMPARE(rows.at(3).cashierName, QString()); // ana is not staff here
        const DayLogEntry& sale = rows.at(0).sale ? rows.at(0) : rows.at(1);
        QVERIFY(sale.sale);
        QCOMPARE(sale.kind, QStringLiteral("sale"));
        QCOMPARE(sale.description, QStringLiteral("Coffee x40"));
    }

    void filters_data() {
        QTest::addColumn<QString>("cashier");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("tail");
        QTest::addColumn<QStringList>("expected"); // names of the members holding the ids
        QTest::newRow("cashier ana") << "ana"
                                     << ""
                                     << "" << QStringList{"sale", "deal", "pass"};
        QTest::newRow("cashier max") << "max"
                                     << ""
                                     << "" << QStringList{"card"};
        QTest::newRow("nobody") << "zoe"
                                << ""
                                << "" << QStringList{};
        QTest::newRow("sales only") << ""
                                    << "sale"
                                    << "" << QStringList{"sale"};
        QTest::newRow("vouchers only") << ""
                                       << "redemption"
                                       << "" << QStringList{"deal", "card", "pass"};
        QTest::newRow("multi-use") << ""
                                   << "multi_use"
                                   << "" << QStringList{"pass"};
        QTest::newRow("last four") << ""
                                   << ""
                                   << "1234" << QStringList{"pass"};
        QTest::newRow("last four, any case") << ""
                                             << ""
                                             << "77ab" << QStringList{"card"};
        QTest::newRow("part of the last four") << ""
                                               << ""
                                               << "9z" << QStringList{"sale", "deal"};
        QTest::newRow("sale found by its voucher") << ""
                                                   << "sale"
                                                   << "9Z9Z" << QStringList{"sale"};
        QTest::newRow("no such tail") << ""
                                      << ""
                                      << "0000" << QStringList{};
        QTest::newRow("percent is literal") << ""
                                            << ""
                                            << "%" << QStringList{};
        QTest::newRow("ana's passes") << "ana"
                                      << "multi_use"
                                      << "34" << QStringList{"pass"};
    }
    void filters() {
        QFETCH(QString, cashier);
        QFETCH(QString, kind);
        QFETCH(QString, tail);
        QFETCH(QStringList, expected);
        const QHash<QString, QString> byName{
            {"sale", m_saleId}, {"deal", m_dealId}, {"card", m_cardId}, {"pass", m_passId}};
        QSet<QString> want;
        for (const QString& name : expected)
            want.insert(byName.value(name));
        const QStringList got = ids(entries(cashier, kind, tail));
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), want);
    }

    void totalsLeaveVoidsOut() {
        DayLog log(*m_terminal->db);
        const DayLogQuery all{kNoonMs - kHourMs, kNoonMs + kHourMs, {}, {}, {}, 500};
        auto before = log.totals(all);
        QVERIFY(before);
        QCOMPARE(before->redemptions, 3);
        int uses = 0;
        int cardUses = 0;
        for (const DayLogEntry& e : entries()) {
            uses += e.uses;
            cardUses += e.id == m_cardId ? e.uses : 0;
        }
        QVERIFY(uses >= 2);
        QCOMPARE(before->uses, uses);
        QCOMPARE(before->sales, 1);
        QCOMPARE(before->salesMinor, m_saleTotal);
        QCOMPARE(before->voided, 0);

        auto voided = VoidService(*m_terminal->db, *m_clock)
                          .voidEntry({m_cardId, QStringLiteral("wrong card"), QStringLiteral("max"),
                                      QStringLiteral("9999")});
        QVERIFY(voided && voided->refusal.isEmpty());
        auto after = log.totals(all);
        QVERIFY(after);
        QCOMPARE(after->redemptions, 2);
        QCOMPARE(after->redemptionsMinor, before->redemptionsMinor - 1250);
        QCOMPARE(after->uses, uses - cardUses);
        QCOMPARE(after->salesMinor, m_saleTotal);
        QCOMPARE(after->voided, 1);
        const QList<DayLogEntry> rows = entries({}, QStringLiteral("stored_value"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().voided);
        QCOMPARE(rows.first().voidReason, QStringLiteral("wrong card"));
        // Totals follow the filters too.
        auto maxOnly = log.totals({kNoonMs - kHourMs, kNoonMs + kHourMs, QStringLiteral("max"), {}, {}, 500});
        QVERIFY(maxOnly);
        QCOMPARE(maxOnly->redemptions, 0);
        QCOMPARE(maxOnly->voided, 1);
    }

    void limitAndSpan() {
        auto first = DayLog(*m_terminal->db).entries({kNoonMs - kHourMs, kNoonMs + kHourMs, {}, {}, {}, 1});
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        // The span is half-open: an entry at toMs belongs to the next span.
        auto before = DayLog(*m_terminal->db).entries({kNoonMs - kHourMs, kNoonMs, {}, {}, {}, 500});
        QVERIFY(before);
        QCOMPARE(before->size(), 0);
        auto cashiers = DayLog(*m_terminal->db).cashiers(kNoonMs - kHourMs, kNoonMs + kHourMs);
        QVERIFY(cashiers);
        QCOMPARE(cashiers->size(), 2);
        QCOMPARE(cashiers->at(0).id, QStringLiteral("ana"));
        QCOMPARE(cashiers->at(0).name, QString());
        QCOMPARE(cashiers->at(1).id, QStringLiteral("max"));
        QCOMPARE(cashiers->at(1).name, QStringLiteral("Max Müller"));
    }
};

QTEST_GUILESS_MAIN(TestDayLog)
#include "tst_daylog.moc"
