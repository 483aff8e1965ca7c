#include "store/redemptionservice.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace o2o;

namespace {
constexpr qint64 kNoonMs = 1763467200000LL; // Wednesday 2026-11-18 12:00 UTC

RedeemInput input(const QString& code) {
    RedeemInput in;
    in.code = code;
    in.cashier = QStringLiteral("ana");
    return in;
}
} // namespace

class TestRedemptionService : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RedemptionService> m_service;

    qint64 pending() { return *m_service->ledger().pendingEvents(); }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(kNoonMs);
        m_service = std::make_unique<RedemptionService>(*m_terminal->db, *m_clock);
        VoucherRecord timed = test::voucherRecord(QStringLiteral("TIMED"));
        timed.voucher.validUntil = kNoonMs / 1000 + 86400;
        m_terminal->add({test::voucherRecord(QStringLiteral("SINGLE")),
                         test::voucherRecord(QStringLiteral("PASS"), VoucherKind::MultiUse),
                         test::voucherRecord(QStringLiteral("CARD"), VoucherKind::StoredValue), timed});
    }
    void cleanup() {
        m_service.reset();
        m_terminal.reset();
    }

    void singleUseOnceThenRefused() {
        auto first = m_service->redeem(input(QStringLiteral("SINGLE")));
        QVERIFY(first);
        QVERIFY(first->verdict.accepted());
        QCOMPARE(first->redemptionId.size(), 36);
        QCOMPARE(first->voucher->voucher.usesLeft, 0);
        auto second = m_service->redeem(input(QStringLiteral("SINGLE")));
        QCOMPARE(reasonCode(second->verdict.reason), QStringLiteral("already_redeemed"));
        QVERIFY(second->redemptionId.isEmpty());

        auto entries = m_service->ledger().between(kNoonMs - 1, kNoonMs + 1);
        QCOMPARE(entries->size(), 1);
        const LedgerEntry& e = entries->first();
        QCOMPARE(e.id, first->redemptionId);
        QCOMPARE(e.cashier, QStringLiteral("ana"));
        QCOMPARE(e.codeTail, QStringLiteral("NGLE"));
        QCOMPARE(e.amountMinor, 1000);
        QVERIFY(!e.online);
        QCOMPARE(pending(), 1);
        // The outbox event names the redemption and never the code.
        auto payload = m_terminal->db->connection().prepare("SELECT payload FROM outbox");
        QCOMPARE(payload->step(), sql::kRow);
        const QJsonObject event = QJsonDocument::fromJson(payload->text(0).toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("redemption_id")).toString(), first->redemptionId);
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("redemption"));
        QVERIFY(!payload->text(0).contains(QStringLiteral("SINGLE")));
    }

    void checkWritesNothing() {
        auto checked = m_service->check(input(QStringLiteral("SINGLE")));
        QVERIFY(checked->verdict.accepted());
        QVERIFY(checked->redemptionId.isEmpty());
        QCOMPARE(pending(), 0);
        QVERIFY(m_service->redeem(input(QStringLiteral("SINGLE")))->verdict.accepted());
    }

    void passUses() {
        RedeemInput in = input(QStringLiteral("PASS"));
        in.uses = 3;
        QCOMPARE(m_service->redeem(in)->voucher->voucher.usesLeft, 2);
        QCOMPARE(reasonCode(m_service->redeem(in)->verdict.reason), QStringLiteral("insufficient_uses"));
        in.uses = 2;
        QVERIFY(m_service->redeem(in)->verdict.accepted());
        in.uses = 1;
        QCOMPARE(reasonCode(m_service->redeem(in)->verdict.reason), QStringLiteral("exhausted"));
        QCOMPARE(pending(), 2);
    }

    void cardDebits() {
        RedeemInput in = input(QStringLiteral("CARD"));
        QCOMPARE(reasonCode(m_service->redeem(in)->verdict.reason), QStringLiteral("amount_required"));
        in.amountText = QStringLiteral("12.50");
        auto debited = m_service->redeem(in);
        QCOMPARE(debited->voucher->voucher.balanceMinor, 8750);
        QCOMPARE(debited->valueMinor, 1250);
        in.amountText = QStringLiteral("87.51");
        QCOMPARE(reasonCode(m_service->redeem(in)->verdict.reason), QStringLiteral("insufficient_balance"));
        in.amountText = QStringLiteral("12.505");
        auto bad = m_service->redeem(in);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Usage);
        in.amountText = QStringLiteral("87.50");
        QCOMPARE(m_service->redeem(in)->voucher->voucher.balanceMinor, 0);
        QCOMPARE(pending(), 2);
    }

    void unknownAndMalformed_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown") << "NOPE"
                                 << "unknown_code";
        QTest::newRow("sql") << "' OR 1=1; --"
                             << "unknown_code";
        QTest::newRow("control") << "SIN\x01GLE"
                                 << "malformed";
        QTest::newRow("huge") << QString(10000, u'S') << "malformed";
        QTest::newRow("empty") << ""
                               << "malformed";
    }
    void unknownAndMalformed() {
        QFETCH(QString, code);
        QFETCH(QString, reason);
        auto outcome = m_service->redeem(input(code));
        QVERIFY(outcome);
        QCOMPARE(reasonCode(outcome->verdict.reason), reason);
        QCOMPARE(pending(), 0);
    }

    void scannerSuffixIsIgnored() {
        QVERIFY(m_service->redeem(input(QStringLiteral("SINGLE\r\n")))->verdict.accepted());
    }

    void offlineCountBudget() {
        auto settings = TerminalSettings::load(*m_terminal->db);
        settings->offlineMaxCount = 2;
        QVERIFY(settings->save(*m_terminal->db));
        RedeemInput in = input(QStringLiteral("PASS"));
        QVERIFY(m_service->redeem(in)->verdict.accepted());
        QVERIFY(m_service->redeem(in)->verdict.accepted());
        QCOMPARE(reasonCode(m_service->redeem(in)->verdict.reason),
                 QStringLiteral("offline_budget_exceeded"));
        // A sync resets what counts as "offline since the last sync".
        settings->lastSyncMs = kNoonMs + 1;
        QVERIFY(settings->save(*m_terminal->db));
        m_clock->advanceSecs(1);
        QVERIFY(m_service->redeem(in)->verdict.accepted());
    }

    void offlineValueBudget() {
        auto settings = TerminalSettings::load(*m_terminal->db);
        settings->offlineMaxValueMinor = 2000;
        QVERIFY(settings->save(*m_terminal->db));
        RedeemInput card = input(QStringLiteral("CARD"));
        card.amountText = QStringLiteral("15");
        QVERIFY(m_service->redeem(card)->verdict.accepted());
        card.amountText = QStringLiteral("5.01");
        QCOMPARE(reasonCode(m_service->redeem(card)->verdict.reason),
                 QStringLiteral("offline_budget_exceeded"));
        card.amountText = QStringLiteral("5");
        QVERIFY(m_service->redeem(card)->verdict.accepted());
    }

    // A clock set back below the last ledger entry is not trusted for time rules.
    void clockBelowLedgerFloor() {
        QVERIFY(m_service->redeem(input(QStringLiteral("SINGLE")))->verdict.accepted());
        m_clock->advanceSecs(-3600);
        QCOMPARE(reasonCode(m_service->check(input(QStringLiteral("TIMED")))->verdict.reason),
                 QStringLiteral("clock_untrusted"));
        // A voucher without time rules does not depend on the clock.
        QVERIFY(m_service->check(input(QStringLiteral("PASS")))->verdict.accepted());
        m_clock->advanceSecs(3600);
        QVERIFY(m_service->check(input(QStringLiteral("TIMED")))->verdict.accepted());
    }

    // A redemption under a clock set back a day is filed under the trusted time (the platform's last
    // word), so the day's ledger holds it; the machine's own clock is kept beside it as evidence.
    void setBackClockFilesUnderTrustedTime() {
        auto settings = TerminalSettings::load(*m_terminal->db);
        settings->platformTimeMs = kNoonMs;
        QVERIFY(settings->save(*m_terminal->db));
        m_clock->advanceSecs(-86400);
        auto redeemed = m_service->redeem(input(QStringLiteral("SINGLE")));
        QVERIFY(redeemed->verdict.accepted());
        QCOMPARE(redeemed->atMs, kNoonMs);
        auto today = m_service->ledger().between(kNoonMs - 43200000, kNoonMs + 43200000);
        QCOMPARE(today->size(), 1);
        QCOMPARE(today->first().atMs, kNoonMs);
        QCOMPARE(today->first().wallMs, kNoonMs - 86400000);
        auto payload = m_terminal->db->connection().prepare("SELECT payload FROM outbox");
        QCOMPARE(payload->step(), sql::kRow);
        const QJsonObject event = QJsonDocument::fromJson(payload->text(0).toUtf8()).object();
        QCOMPARE(event.value(QStringLiteral("at_ms")).toInteger(), kNoonMs);
        QCOMPARE(event.value(QStringLiteral("wall_ms")).toInteger(), kNoonMs - 86400000);
    }

    void wrongStoreThroughSettings() {
        VoucherRecord elsewhere = test::voucherRecord(QStringLiteral("ELSEWHERE"));
        elsewhere.voucher.stores = {QStringLiteral("store-9")};
        m_terminal->add({elsewhere});
        QCOMPARE(reasonCode(m_service->redeem(input(QStringLiteral("ELSEWHERE")))->verdict.reason),
                 QStringLiteral("wrong_store"));
    }

    void ledgerDayWindow() {
        QVERIFY(m_service->redeem(input(QStringLiteral("SINGLE")))->verdict.accepted());
        m_clock->advanceSecs(86400);
        RedeemInput pass = input(QStringLiteral("PASS"));
        QVERIFY(m_service->redeem(pass)->verdict.accepted());
        QCOMPARE(m_service->ledger().between(kNoonMs - 43200000, kNoonMs + 43200000)->size(), 1);
        QCOMPARE(m_service->ledger().between(kNoonMs, kNoonMs + 86400000 + 1)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRedemptionService)
#include "tst_redemptionservice.moc"
