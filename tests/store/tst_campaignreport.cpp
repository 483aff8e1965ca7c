// The campaign report on the terminal (issue 14, section 4): the campaign travels from the cached record
// and the signed code into the ledger row and the redemption event; per campaign, redemptions (voided
// ones out), the spend of the sales its vouchers were used in (each sale once), by day and hour.
#include "core/campaigncount.h"
#include "store/campaignreport.h"
#include "store/redemptionservice.h"
#include "store/salestore.h"
#include "store/trustimport.h"
#include "tests/support/signedfixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace o2o;

namespace {
const QTimeZone kParis("Europe/Paris");
const QDate kDay(2025, 11, 18);

qint64 at(QDate day, int h, int m) {
    return QDateTime(day, QTime(h, m), kParis).toMSecsSinceEpoch();
}

VoucherRecord withCampaign(const QString& code, const QString& campaign) {
    VoucherRecord r = test::voucherRecord(code);
    r.voucher.campaign = campaign;
    r.voucher.faceValueMinor = 100;
    return r;
}
} // namespace

class TestCampaignReport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;

    QString redeemAt(qint64 ms, const QString& code, const QString& saleId = {}) {
        m_clock->setMsecs(ms);
        RedeemInput in;
        in.code = code;
        in.cashier = QStringLiteral("ana");
        in.saleId = saleId;
        auto r = RedemptionService(*m_terminal->db, *m_clock).redeem(in);
        if (!r || !r->verdict.accepted())
            return {};
        return r->redemptionId;
    }
    bool saleAt(qint64 ms, const QString& id, qint64 total, const QStringList& redemptions) {
        Sale sale;
        sale.id = id;
        sale.cashier = QStringLiteral("ana");
        sale.atMs = sale.wallMs = ms;
        sale.currency = QStringLiteral("EUR");
        sale.subtotalMinor = sale.totalMinor = total;
        sale.redemptionIds = redemptions;
        sql::Transaction transaction(m_terminal->db->connection());
        return transaction.begin() && SaleStore(*m_terminal->db).record(sale) && transaction.commit();
    }
    QJsonObject campaign(const QJsonObject& report, const QString& id) {
        for (const QJsonValue c : report.value(QStringLiteral("campaigns")).toArray())
            if (c[QStringLiteral("campaign")].toString() == id)
                return c.toObject();
        return {};
    }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(at(kDay, 8, 0));
        m_terminal->add({withCampaign(QStringLiteral("SPRING-1"), QStringLiteral("SPRING26")),
                         withCampaign(QStringLiteral("SPRING-2"), QStringLiteral("SPRING26")),
                         withCampaign(QStringLiteral("SPRING-3"), QStringLiteral("SPRING26")),
                         withCampaign(QStringLiteral("SPRING-4"), QStringLiteral("SPRING26")),
                         withCampaign(QStringLiteral("SUMMER-1"), QStringLiteral("SUMMER")),
                         test::voucherRecord(QStringLiteral("OLD-1"))});
    }

    void campaignTravelsIntoLedgerAndEvent() {
        const QString id = redeemAt(at(kDay, 9, 0), QStringLiteral("SPRING-1"));
        QVERIFY(!id.isEmpty());
        const QString old = redeemAt(at(kDay, 9, 5), QStringLiteral("OLD-1"));
        QVERIFY(!old.isEmpty());
        RedemptionLedger ledger(*m_terminal->db);
        QCOMPARE((*ledger.find(id))->first.campaign, QStringLiteral("SPRING26"));
        QCOMPARE((*ledger.find(old))->first.campaign, QString());
        auto stmt = m_terminal->db->connection().prepare(
            "SELECT payload FROM outbox WHERE type = 'redemption' ORDER BY seq");
        QCOMPARE(stmt->step(), sql::kRow);
        QCOMPARE(QJsonDocument::fromJson(stmt->text(0).toUtf8()).object().value(QStringLiteral("campaign")),
                 QJsonValue(QStringLiteral("SPRING26")));
        QCOMPARE(stmt->step(), sql::kRow);
        // A voucher without a campaign sends the event it always sent: no campaign field at all.
        QVERIFY(
            !QJsonDocument::fromJson(stmt->text(0).toUtf8()).object().contains(QStringLiteral("campaign")));
    }

    void signedCodeCarriesItsCampaign() {
        test::SignedFixture f;
        m_terminal->add({}, test::SignedFixture::kStore);
        QVERIFY(importTrustFile(*m_terminal->db, f.trustFile(1, {})));
        SignedVoucher v = f.voucher(QStringLiteral("campaign-signed"));
        v.campaign = QStringLiteral("SUMMER");
        m_clock->setMsecs(test::SignedFixture::kNow * 1000);
        RedeemInput in;
        in.code = f.sign(v);
        auto r = RedemptionService(*m_terminal->db, *m_clock).redeem(in);
        QVERIFY(r);
        QVERIFY(r->verdict.accepted());
        QCOMPARE((*RedemptionLedger(*m_terminal->db).find(r->redemptionId))->first.campaign,
                 QStringLiteral("SUMMER"));
    }

    void totalsPerCampaign() {
        QVERIFY(!redeemAt(at(kDay, 9, 10), QStringLiteral("SPRING-1")).isEmpty());
        // Two vouchers of one campaign in one sale of 12.00: the campaign's spend takes the sale once.
        const QString s2 = redeemAt(at(kDay, 14, 20), QStringLiteral("SPRING-2"), QStringLiteral("sale-1"));
        const QString s3 = redeemAt(at(kDay, 14, 20), QStringLiteral("SPRING-3"), QStringLiteral("sale-1"));
        const QString u1 = redeemAt(at(kDay, 14, 20), QStringLiteral("SUMMER-1"), QStringLiteral("sale-1"));
        QVERIFY(saleAt(at(kDay, 14, 21), QStringLiteral("sale-1"), 1200, {s2, s3, u1}));
        QVERIFY(!redeemAt(at(kDay, 15, 0), QStringLiteral("OLD-1")).isEmpty());
        // The next day is outside a one-day report.
        QVERIFY(!redeemAt(at(kDay.addDays(1), 10, 0), QStringLiteral("SPRING-4")).isEmpty());

        auto report = CampaignReportBuilder(*m_terminal->db, kParis).build(kDay, kDay);
        QVERIFY(report);
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(QStringLiteral("campaigns")).toArray().size(), 2);
        const QJsonObject spring = campaign(json, QStringLiteral("SPRING26"));
        QCOMPARE(spring.value(QStringLiteral("redemptions")).toInteger(), 3);
        QCOMPARE(spring.value(QStringLiteral("spend")).toString(), QStringLiteral("12.00"));
        QCOMPARE(spring.value(QStringLiteral("sales")).toInteger(), 1);
        QCOMPARE(spring.value(QStringLiteral("members_new")).toInteger(), 0);
        QCOMPARE(spring.value(QStringLiteral("members_returning")).toInteger(), 0);
        const QJsonArray hours = spring.value(QStringLiteral("by_hour")).toArray();
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours[0][QStringLiteral("hour")].toString(), QStringLiteral("09"));
        QCOMPARE(hours[0][QStringLiteral("redemptions")].toInteger(), 1);
        QCOMPARE(hours[0][QStringLiteral("spend")].toString(), QStringLiteral("0.00"));
        QCOMPARE(hours[1][QStringLiteral("hour")].toString(), QStringLiteral("14"));
        QCOMPARE(hours[1][QStringLiteral("redemptions")].toInteger(), 2);
        QCOMPARE(hours[1][QStringLiteral("spend")].toString(), QStringLiteral("12.00"));
        const QJsonObject summer = campaign(json, QStringLiteral("SUMMER"));
        QCOMPARE(summer.value(QStringLiteral("redemptions")).toInteger(), 1);
        QCOMPARE(summer.value(QStringLiteral("spend")).toString(), QStringLiteral("12.00"));
        const QJsonArray days = summer.value(QStringLiteral("by_day")).toArray();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0][QStringLiteral("day")].toString(), QStringLiteral("2025-11-18"));

        auto two = CampaignReportBuilder(*m_terminal->db, kParis).build(kDay, kDay.addDays(1));
        QCOMPARE(campaign(two->toJson(), QStringLiteral("SPRING26"))
                     .value(QStringLiteral("redemptions"))
                     .toInteger(),
                 4);
    }

    void voidedRedemptionsAreNotCounted() {
        const QString id = redeemAt(at(kDay, 9, 0), QStringLiteral("SPRING-1"));
        QVERIFY(!redeemAt(at(kDay, 9, 1), QStringLiteral("SPRING-2")).isEmpty());
        auto insert = m_terminal->db->connection().prepare(
            "INSERT INTO voids(id, target_id, target_kind, reason, by_staff, at_ms, event_id) "
            "VALUES('v1', ?1, 'redemption', 'test', 'ana', 0, '')");
        insert->bind(1, id);
        QCOMPARE(insert->step(), sql::kDone);
        auto report = CampaignReportBuilder(*m_terminal->db, kParis).build(kDay, kDay);
        QCOMPARE(campaign(report->toJson(), QStringLiteral("SPRING26"))
                     .value(QStringLiteral("redemptions"))
                     .toInteger(),
                 1);
    }

    void noCampaignsIsAnEmptyList() {
        QVERIFY(!redeemAt(at(kDay, 9, 0), QStringLiteral("OLD-1")).isEmpty());
        auto report = CampaignReportBuilder(*m_terminal->db, kParis).build(kDay, kDay);
        QVERIFY(report);
        QCOMPARE(report->toJson().value(QStringLiteral("campaigns")).toArray().size(), 0);
    }

    // The core's count, as both sides use it: members new and returning once member ids arrive.
    void membersNewAndReturning() {
        QList<CampaignRedemption> rows;
        for (const auto& [member, firstSeen] :
             {std::pair{QStringLiteral("m1"), qint64(1000)}, std::pair{QStringLiteral("m1"), qint64(1000)},
              std::pair{QStringLiteral("m2"), qint64(10)}}) {
            CampaignRedemption r;
            r.campaign = QStringLiteral("C");
            r.atMs = 2000;
            r.memberId = member;
            r.memberFirstSeenMs = firstSeen;
            rows.append(r);
        }
        const QList<CampaignTotals> totals = countCampaigns(rows, QTimeZone::utc(), 500);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals[0].redemptions, 3);
        QCOMPARE(totals[0].membersNew, 1);
        QCOMPARE(totals[0].membersReturning, 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
