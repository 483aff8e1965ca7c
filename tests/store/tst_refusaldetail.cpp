#include "core/timeformat.h"
#include "store/outbox.h"
#include "store/redemptionservice.h"
#include "store/staffstore.h"
#include "tests/support/testsupport.h"

#include <QTest>
#include <QTimeZone>
#include <time.h>

using namespace o2o;

Q_DECLARE_METATYPE(o2o::RefusalFacts)

namespace {
constexpr qint64 kNoonMs = 1795003200000LL; // Wednesday 2026-11-18 12:00 UTC, 13:00 in Madrid
const char* const kZone = "Europe/Madrid";

qint64 madridSecs(int y, int m, int d, int h, int min) {
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(kZone)).toSecsSinceEpoch();
}

RedeemInput input(const QString& code, const QString& cashier = QStringLiteral("ana")) {
    RedeemInput in;
    in.code = code;
    in.cashier = cashier;
    return in;
}

RefusalFacts base() {
    RefusalFacts f;
    f.decidedMs = kNoonMs;
    f.currency = QStringLiteral("EUR");
    return f;
}
} // namespace

// The facts behind each refusal, as the store and the rules found them at decision time (a real SQLite
// file), and the sentence the cashier reads.
class TestRefusalDetail : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RedemptionService> m_service;

    void setTerminal(const QString& terminalId, const std::function<void(TerminalSettings&)>& change = {}) {
        auto settings = TerminalSettings::load(*m_terminal->db);
        QVERIFY(settings);
        settings->terminalId = terminalId;
        if (change)
            change(*settings);
        QVERIFY(settings->save(*m_terminal->db));
        // The service reads settings again only after another connection commits: start a fresh one.
        m_service = std::make_unique<RedemptionService>(*m_terminal->db, *m_clock);
    }
    void addStaff() {
        StaffStore staff(*m_terminal->db);
        for (const auto& [id, name] : {std::pair{"ana", "Ana"}, std::pair{"bo", "Bo Li"}}) {
            StaffMember m;
            m.id = QString::fromLatin1(id);
            m.name = QString::fromUtf8(name);
            QVERIFY(staff.add(m, QStringLiteral("4821"), QStringLiteral("local:test"), kNoonMs));
        }
    }
    void uploadEverything() {
        Outbox outbox(*m_terminal->db);
        auto events = outbox.oldest(100);
        QVERIFY(events);
        QList<SettledEvent> answers;
        for (const OutboxEvent& e : *events)
            answers.append(SettledEvent{e, QStringLiteral("accepted"), {}, {}, std::nullopt});
        QVERIFY(outbox.settle(answers, kNoonMs));
        QCOMPARE(*outbox.pending(), 0);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", kZone); // "today" and the ISO times are local
        tzset();
    }

    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(kNoonMs, QTimeZone(kZone));
        m_service = std::make_unique<RedemptionService>(*m_terminal->db, *m_clock);

        VoucherRecord pass = test::voucherRecord(QStringLiteral("PASS"), VoucherKind::MultiUse);
        pass.voucher.usesTotal = pass.voucher.usesLeft = 2;
        VoucherRecord card = test::voucherRecord(QStringLiteral("CARD"), VoucherKind::StoredValue);
        card.voucher.balanceMinor = 1250;
        VoucherRecord expired = test::voucherRecord(QStringLiteral("EXPIRED"));
        expired.voucher.validUntil = madridSecs(2026, 11, 3, 0, 0);
        VoucherRecord endedToday = test::voucherRecord(QStringLiteral("ENDED-TODAY"));
        endedToday.voucher.validUntil = madridSecs(2026, 11, 18, 11, 30);
        VoucherRecord future = test::voucherRecord(QStringLiteral("FUTURE"));
        future.voucher.validFrom = madridSecs(2026, 12, 5, 0, 0);
        VoucherRecord tomorrow = test::voucherRecord(QStringLiteral("TOMORROW"));
        tomorrow.voucher.validFrom = madridSecs(2026, 11, 19, 10, 0);
        VoucherRecord morning = test::voucherRecord(QStringLiteral("MORNING"));
        morning.voucher.minuteFrom = 10 * 60;
        morning.voucher.minuteUntil = 12 * 60 + 30;
        VoucherRecord weekend = test::voucherRecord(QStringLiteral("WEEKEND"));
        weekend.voucher.weekdays = weekdayBit(6) | weekdayBit(7);
        VoucherRecord evenings = test::voucherRecord(QStringLiteral("EVENINGS"));
        evenings.voucher.weekdays = weekdayBit(5) | weekdayBit(6);
        evenings.voucher.minuteFrom = 18 * 60;
        evenings.voucher.minuteUntil = 23 * 60;
        VoucherRecord minSpend = test::voucherRecord(QStringLiteral("MINSPEND"));
        minSpend.voucher.minSpendMinor = 2000;
        VoucherRecord elsewhere = test::voucherRecord(QStringLiteral("ELSEWHERE"));
        elsewhere.voucher.stores = {QStringLiteral("S-17")};
        VoucherRecord twoStores = test::voucherRecord(QStringLiteral("TWO-STORES"));
        twoStores.voucher.stores = {QStringLiteral("S-17"), QStringLiteral("S-18")};
        VoucherRecord usedByPlatform = test::voucherRecord(QStringLiteral("USED-ONLINE"));
        usedByPlatform.voucher.usesLeft = 0;
        m_terminal->add({test::voucherRecord(QStringLiteral("SINGLE")), pass, card, expired, endedToday,
                         future, tomorrow, morning, weekend, evenings, minSpend, elsewhere, twoStores,
                         usedByPlatform});
        setTerminal(QStringLiteral("T-1"));
    }
    void cleanup() {
        m_service.reset();
        m_terminal.reset();
    }

    // The rules' refusals: the bound that was broken, from the voucher and the request.
    void ruleFacts_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("spend");
        QTest::addColumn<int>("uses");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<RefusalFacts>("facts");
        QTest::addColumn<QString>("sentence");

        RefusalFacts f = base();
        f.validUntil = madridSecs(2026, 11, 3, 0, 0);
        QTest::newRow("expired") << "EXPIRED"
                                 << ""
                                 << "" << 1 << "expired" << f << "Expired on 3 Nov 2026";
        f = base();
        f.validUntil = madridSecs(2026, 11, 18, 11, 30);
        QTest::newRow("expired today") << "ENDED-TODAY"
                                       << ""
                                       << "" << 1 << "expired" << f << "Expired today at 11:30";
        f = base();
        f.validFrom = madridSecs(2026, 12, 5, 0, 0);
        QTest::newRow("not yet valid") << "FUTURE"
                                       << ""
                                       << "" << 1 << "not_yet_valid" << f << "Valid from 5 Dec 2026";
        f = base();
        f.validFrom = madridSecs(2026, 11, 19, 10, 0);
        QTest::newRow("valid tomorrow") << "TOMORROW"
                                        << ""
                                        << "" << 1 << "not_yet_valid" << f << "Valid from tomorrow at 10:00";
        f = base();
        f.minuteFrom = 600;
        f.minuteUntil = 750;
        QTest::newRow("outside hours") << "MORNING"
                                       << ""
                                       << "" << 1 << "outside_hours" << f << "Only valid 10:00-12:30";
        f = base();
        f.weekdays = weekdayBit(6) | weekdayBit(7);
        QTest::newRow("weekend only") << "WEEKEND"
                                      << ""
                                      << "" << 1 << "outside_hours" << f << "Only valid on Sat, Sun";
        f = base();
        f.weekdays = weekdayBit(5) | weekdayBit(6);
        f.minuteFrom = 18 * 60;
        f.minuteUntil = 23 * 60;
        QTest::newRow("days and hours")
            << "EVENINGS"
            << ""
            << "" << 1 << "outside_hours" << f << "Only valid on Fri, Sat, 18:00-23:00";
        f = base();
        f.minSpendMinor = 2000;
        QTest::newRow("below min spend, no purchase given")
            << "MINSPEND"
            << ""
            << "" << 1 << "below_min_spend" << f << "Minimum spend 20.00 EUR";
        f.spendMinor = 1200;
        QTest::newRow("below min spend")
            << "MINSPEND"
            << ""
            << "12" << 1 << "below_min_spend" << f << "Minimum spend 20.00 EUR, the purchase is 12.00 EUR";
        f = base();
        f.balanceMinor = 1250;
        f.askedMinor = 2000;
        QTest::newRow("insufficient balance")
            << "CARD"
            << "20"
            << "" << 1 << "insufficient_balance" << f << "Balance 12.50 EUR, less than 20.00 EUR";
        f = base();
        f.usesLeft = 2;
        f.usesAsked = 3;
        QTest::newRow("insufficient uses") << "PASS"
                                           << ""
                                           << "" << 3 << "insufficient_uses" << f << "Uses left: 2, asked: 3";
        f = base();
        f.stores = {QStringLiteral("S-17")};
        f.storeId = QStringLiteral("store-1");
        QTest::newRow("wrong store") << "ELSEWHERE"
                                     << ""
                                     << "" << 1 << "wrong_store" << f << "For store S-17 only";
        f.stores.append(QStringLiteral("S-18"));
        QTest::newRow("wrong stores") << "TWO-STORES"
                                      << ""
                                      << "" << 1 << "wrong_store" << f << "For stores S-17, S-18 only";
    }
    void ruleFacts() {
        QFETCH(QString, code);
        QFETCH(QString, amount);
        QFETCH(QString, spend);
        QFETCH(int, uses);
        QFETCH(QString, reason);
        QFETCH(RefusalFacts, facts);
        QFETCH(QString, sentence);
        RedeemInput in = input(code);
        in.amountText = amount;
        in.spendText = spend;
        in.uses = uses;
        for (const bool redeem : {false, true}) {
            auto outcome = redeem ? m_service->redeem(in) : m_service->check(in);
            QVERIFY(outcome);
            QCOMPARE(reasonCode(outcome->verdict.reason), reason);
            QVERIFY(outcome->verdict.facts == facts);
            QCOMPARE(outcome->verdict.sentence(QLocale(QLocale::English)), sentence);
        }
        QCOMPARE(*m_service->ledger().pendingEvents(), 0);
    }

    // The offline budget names the limit it hit.
    void offlineLimit_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("lastSyncMs");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("count") << "count" << int(OfflineLimit::Count) << qint64(1) << qint64(1) << qint64(0)
                               << "Offline limit reached: 1 redemptions without the platform";
        QTest::newRow("value") << "value" << int(OfflineLimit::Value) << qint64(1500) << qint64(1000)
                               << qint64(0) << "Offline limit reached: 15.00 EUR without the platform";
        QTest::newRow("hours") << "hours" << int(OfflineLimit::Hours) << qint64(24) << qint64(30)
                               << kNoonMs - 30 * 3600 * 1000LL
                               << "Offline limit reached: 24 hours without the platform";
        QTest::newRow("never synced") << "never" << int(OfflineLimit::Hours) << qint64(24) << qint64(0)
                                      << qint64(0) << "Offline limit reached: never synced with the platform";
    }
    void offlineLimit() {
        QFETCH(QString, setting);
        QFETCH(int, limit);
        QFETCH(qint64, max);
        QFETCH(qint64, used);
        QFETCH(qint64, lastSyncMs);
        QFETCH(QString, sentence);
        setTerminal(QStringLiteral("T-1"), [&](TerminalSettings& s) {
            if (setting == QStringLiteral("count"))
                s.offlineMaxCount = 1;
            else if (setting == QStringLiteral("value"))
                s.offlineMaxValueMinor = 1500;
            else
                s.offlineMaxHours = 24;
            s.lastSyncMs = lastSyncMs;
        });
        if (setting == QStringLiteral("count") || setting == QStringLiteral("value"))
            QVERIFY(m_service->redeem(input(QStringLiteral("PASS")))->verdict.accepted());
        auto outcome = m_service->redeem(input(QStringLiteral("SINGLE")));
        QVERIFY(outcome);
        QCOMPARE(reasonCode(outcome->verdict.reason), QStringLiteral("offline_budget_exceeded"));
        RefusalFacts facts = base();
        facts.offlineLimit = OfflineLimit(limit);
        facts.offlineMax = max;
        facts.offlineUsed = used;
        facts.lastSyncMs = lastSyncMs;
        QVERIFY(outcome->verdict.facts == facts);
        QCOMPARE(outcome->verdict.sentence(QLocale(QLocale::English)), sentence);
    }

    // Already used: the redemption that used it up, read in the same transaction as the check.
    void priorRedemption_data() {
        QTest::addColumn<bool>("staff");
        QTest::addColumn<QString>("firstTerminal");
        QTest::addColumn<QString>("firstCashier");
        QTest::addColumn<bool>("uploaded");
        QTest::addColumn<int>("laterSecs");
        QTest::addColumn<QString>("cashierName");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("this terminal, staff, unsynced")
            << true << "T-1"
            << "ana" << false << 0 << "Ana"
            << "Already used today at 13:00 on this terminal by Ana (not yet uploaded)";
        QTest::newRow("this terminal, staff, synced")
            << true << "T-1"
            << "ana" << true << 0 << "Ana"
            << "Already used today at 13:00 on this terminal by Ana";
        QTest::newRow("second terminal and cashier")
            << true << "T-2"
            << "bo" << false << 0 << "Bo Li"
            << "Already used today at 13:00 on terminal T-2 by Bo Li (not yet uploaded)";
        QTest::newRow("second terminal, synced, yesterday")
            << true << "T-2"
            << "bo" << true << 86400 << "Bo Li"
            << "Already used yesterday at 13:00 on terminal T-2 by Bo Li";
        QTest::newRow("no staff: the cashier id")
            << false << "T-1"
            << "till-3" << false << 3 * 86400 << ""
            << "Already used on 18 Nov 2026 at 13:00 on this terminal by till-3 (not yet uploaded)";
    }
    void priorRedemption() {
        QFETCH(bool, staff);
        QFETCH(QString, firstTerminal);
        QFETCH(QString, firstCashier);
        QFETCH(bool, uploaded);
        QFETCH(int, laterSecs);
        QFETCH(QString, cashierName);
        QFETCH(QString, sentence);
        if (staff)
            addStaff();
        setTerminal(firstTerminal);
        auto first = m_service->redeem(input(QStringLiteral("SINGLE"), firstCashier));
        QVERIFY(first && first->verdict.accepted());
        if (uploaded)
            uploadEverything();
        setTerminal(QStringLiteral("T-1")); // the terminal that now sees the code
        m_clock->advanceSecs(laterSecs);

        for (const bool redeem : {false, true}) {
            auto again = redeem ? m_service->redeem(input(QStringLiteral("SINGLE"), QStringLiteral("ana")))
                                : m_service->check(input(QStringLiteral("SINGLE")));
            QVERIFY(again);
            QCOMPARE(reasonCode(again->verdict.reason), QStringLiteral("already_redeemed"));
            const RefusalFacts& facts = again->verdict.facts;
            QCOMPARE(facts.decidedMs, kNoonMs + laterSecs * 1000LL);
            QVERIFY(facts.prior.has_value());
            QCOMPARE(facts.prior->redemptionId, first->redemptionId);
            QCOMPARE(facts.prior->atMs, kNoonMs);
            QCOMPARE(facts.prior->terminalId, firstTerminal);
            QCOMPARE(facts.prior->thisTerminal, firstTerminal == QStringLiteral("T-1"));
            QCOMPARE(facts.prior->cashierId, firstCashier);
            QCOMPARE(facts.prior->cashierName, cashierName);
            QCOMPARE(facts.prior->unsynced, !uploaded);
            QCOMPARE(again->verdict.sentence(QLocale(QLocale::English)), sentence);
        }
    }

    // A pass used up names the redemption that took its last use; the platform's word when the ledger
    // has none.
    void exhaustedNamesTheLastUse() {
        addStaff();
        QVERIFY(m_service->redeem(input(QStringLiteral("PASS"), QStringLiteral("ana")))->verdict.accepted());
        m_clock->advanceSecs(41 * 60);
        auto last = m_service->redeem(input(QStringLiteral("PASS"), QStringLiteral("bo")));
        QVERIFY(last->verdict.accepted());
        uploadEverything();
        m_clock->advanceSecs(60);
        auto refused = m_service->check(input(QStringLiteral("PASS")));
        QCOMPARE(reasonCode(refused->verdict.reason), QStringLiteral("exhausted"));
        QVERIFY(refused->verdict.facts.prior);
        QCOMPARE(refused->verdict.facts.prior->redemptionId, last->redemptionId);
        QCOMPARE(refused->verdict.facts.prior->cashierName, QStringLiteral("Bo Li"));
        QCOMPARE(refused->verdict.facts.prior->unsynced, false);
        QCOMPARE(refused->verdict.sentence(QLocale(QLocale::English)),
                 QStringLiteral("No uses left: last used today at 13:41 on this terminal by Bo Li"));

        auto online = m_service->check(input(QStringLiteral("USED-ONLINE")));
        QCOMPARE(reasonCode(online->verdict.reason), QStringLiteral("already_redeemed"));
        QVERIFY(!online->verdict.facts.prior);
        QCOMPARE(online->verdict.sentence(QLocale(QLocale::English)),
                 QStringLiteral("Already used, according to the platform"));
    }

    // Refusals before the rules keep their plain sentence.
    void plainRefusals() {
        auto unknown = m_service->check(input(QStringLiteral("NOBODY")));
        QCOMPARE(reasonCode(unknown->verdict.reason), QStringLiteral("unknown_code"));
        QVERIFY(unknown->verdict.facts == RefusalFacts());
        QCOMPARE(unknown->verdict.sentence(), cashierMessage(Reason::UnknownCode));
    }
};

QTEST_GUILESS_MAIN(TestRefusalDetail)
#include "tst_refusaldetail.moc"
