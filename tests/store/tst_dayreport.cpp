// Reports and end of day against a known day: redemptions, sales, voids and conflicts around the day's
// edges, totals by kind, cashier, hour and channel; closing refused and overridden, the Z report stored,
// sent and locked, and what happens after the close filed under the next day.
#include "store/auditlog.h"
#include "store/daycloseservice.h"
#include "store/dayreport.h"
#include "store/redemptionservice.h"
#include "store/salestore.h"
#include "store/staffstore.h"
#include "store/voidservice.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
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

QJsonObject findKey(const QJsonArray& list, const QString& key) {
    for (const QJsonValue v : list)
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    return {};
}
} // namespace

class TestDayReport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;
    QHash<QString, QString> m_ids; // code -> redemption id

    void redeemAt(qint64 ms, const QString& code, const QString& cashier, const QString& amount = {},
                  int uses = 1, bool online = false) {
        m_clock->setMsecs(ms);
        RedeemInput in;
        in.code = code;
        in.cashier = cashier;
        in.amountText = amount;
        in.uses = uses;
        in.online = online;
        auto r = RedemptionService(*m_terminal->db, *m_clock).redeem(in);
        QVERIFY(r);
        QVERIFY2(r->verdict.accepted(), qPrintable(code));
        m_ids.insert(code, r->redemptionId);
    }
    void saleAt(qint64 ms, const QString& id, const QString& cashier, qint64 total, const QString& method) {
        Sale sale;
        sale.id = id;
        sale.cashier = cashier;
        sale.atMs = sale.wallMs = ms;
        sale.currency = QStringLiteral("EUR");
        sale.subtotalMinor = total;
        sale.totalMinor = total;
        sale.taxMinor = total / 10;
        sale.payments =
            QJsonArray{QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("amount"), total}}};
        sql::Transaction transaction(m_terminal->db->connection());
        QVERIFY(transaction.begin());
        QVERIFY(SaleStore(*m_terminal->db).record(sale));
        QVERIFY(transaction.commit());
    }
    QJsonObject report(QDate day) {
        auto r = DayReportBuilder(*m_terminal->db, kParis).build(day, day, m_clock->nowMsecs());
        return r ? r->toJson() : QJsonObject();
    }
    DayCloseOutcome close(QDate day, const QString& by, const QString& pin, const QString& reason = {}) {
        auto r = DayCloseService(*m_terminal->db, *m_clock).close(DayCloseRequest{day, by, pin, reason});
        if (r)
            return *r;
        DayCloseOutcome failed;
        failed.refusal = QStringLiteral("error: ") + r.error().message;
        return failed;
    }
    qint64 outboxCount() { return *m_terminal->db->connection().scalar("SELECT count(*) FROM outbox"); }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(at(kDay.addDays(-1), 8, 0), kParis);
        QList<VoucherRecord> records;
        for (const char* code : {"DEAL1", "DEAL2", "DEAL3", "DEAL4", "DEAL5"}) {
            VoucherRecord r = test::voucherRecord(QString::fromLatin1(code));
            r.voucher.description = QStringLiteral("Lunch deal");
            records.append(r);
        }
        VoucherRecord pass = test::voucherRecord(QStringLiteral("PASS"), VoucherKind::MultiUse);
        pass.voucher.usesTotal = pass.voucher.usesLeft = 10;
        pass.voucher.faceValueMinor = 500;
        pass.voucher.description = QStringLiteral("Coffee pass");
        VoucherRecord card = test::voucherRecord(QStringLiteral("CARD"), VoucherKind::StoredValue);
        card.voucher.faceValueMinor = card.voucher.balanceMinor = 5000;
        card.voucher.description = QStringLiteral("Gift card");
        VoucherRecord dumplings = test::voucherRecord(QStringLiteral("DUMP"));
        dumplings.voucher.faceValueMinor = 800;
        dumplings.voucher.description = QStringLiteral("Dumplings, \"big\" 饺子");
        records << pass << card << dumplings;
        m_terminal->add(records, QStringLiteral("上海店"));
        StaffStore staff(*m_terminal->db);
        for (const auto& [id, name, role, pin] : {std::tuple{"ana", "安娜", StaffRole::Cashier, "1111"},
                                                  std::tuple{"bob", "Bob", StaffRole::Cashier, "2222"},
                                                  std::tuple{"max", "Max", StaffRole::Manager, "9999"}}) {
            StaffMember m;
            m.id = QString::fromLatin1(id);
            m.name = QString::fromUtf8(name);
            m.role = role;
            QVERIFY(
                staff.add(m, QString::fromLatin1(pin), QStringLiteral("local:test"), m_clock->nowMsecs()));
        }
        // The day before, the day, the day after (local time, Paris).
        redeemAt(at(kDay.addDays(-1), 23, 50), QStringLiteral("DEAL5"), QStringLiteral("bob"));
        redeemAt(at(kDay, 9, 10), QStringLiteral("DEAL1"), QStringLiteral("ana"));
        redeemAt(at(kDay, 9, 40), QStringLiteral("PASS"), QStringLiteral("ana"), {}, 2);
        redeemAt(at(kDay, 10, 5), QStringLiteral("CARD"), QStringLiteral("bob"), QStringLiteral("12.50"), 1,
                 true);
        saleAt(at(kDay, 11, 0), QStringLiteral("sale-1"), QStringLiteral("ana"), 1500,
               QStringLiteral("cash"));
        redeemAt(at(kDay, 12, 30), QStringLiteral("DEAL2"), QStringLiteral("bob"));
        redeemAt(at(kDay, 12, 45), QStringLiteral("DUMP"), QStringLiteral("ana"));
        saleAt(at(kDay, 15, 20), QStringLiteral("sale-2"), QStringLiteral("bob"), 1000,
               QStringLiteral("card"));
        saleAt(at(kDay, 16, 0), QStringLiteral("sale-3"), QStringLiteral("bob"), 700, QStringLiteral("cash"));
        m_clock->setMsecs(at(kDay, 17, 0));
        QVERIFY(VoidService(*m_terminal->db, *m_clock)
                    .voidEntry(VoidRequest{m_ids.value(QStringLiteral("DEAL2")), QStringLiteral("wrong deal"),
                                           QStringLiteral("max"), QStringLiteral("9999")})
                    ->refusal.isEmpty());
        QVERIFY(m_terminal->db->connection().exec(
            "INSERT INTO voids(id, target_id, target_kind, reason, by_staff, at_ms, event_id) "
            "VALUES('void-s3', 'sale-3', 'sale', 'till error', 'max', 0, '')"));
        for (const auto& [event, code, ms] : {std::tuple{"e1", "DUMP", at(kDay, 12, 45)},
                                              std::tuple{"e2", "DEAL5", at(kDay.addDays(-1), 23, 50)}}) {
            auto conflict =
                m_terminal->db->connection().prepare("INSERT INTO conflicts(event_id, redemption_id, "
                                                     "voucher_id, terminal_id, at_ms, first_terminal_id, "
                                                     "first_at_ms, first_redemption_id, recorded_ms) "
                                                     "VALUES(?1, ?2, 'v', 't', ?3, 'other', 1, 'r', 2)");
            conflict->bind(1, QString::fromLatin1(event))
                .bind(2, m_ids.value(QString::fromLatin1(code)))
                .bind(3, ms);
            QCOMPARE(conflict->step(), sql::kDone);
        }
        m_clock->setMsecs(at(kDay, 21, 0));
    }

    void totalsOfTheDay() {
        redeemAt(at(kDay.addDays(1), 0, 5), QStringLiteral("DEAL3"), QStringLiteral("ana")); // the next day
        const QJsonObject r = report(kDay);
        const QJsonObject t = r.value(QStringLiteral("totals")).toObject();
        QCOMPARE(t.value(QStringLiteral("redemptions")).toInt(), 4); // DEAL1, PASS, CARD, DUMP; DEAL2 voided
        QCOMPARE(t.value(QStringLiteral("redemptions_value")).toString(), QStringLiteral("40.50"));
        QCOMPARE(t.value(QStringLiteral("uses")).toInt(), 4);
        QCOMPARE(t.value(QStringLiteral("sales")).toInt(), 2);
        QCOMPARE(t.value(QStringLiteral("sales_amount")).toString(), QStringLiteral("25.00"));
        QCOMPARE(t.value(QStringLiteral("sales_tax")).toString(), QStringLiteral("2.50"));
        QCOMPARE(t.value(QStringLiteral("voids")).toInt(), 2);
        QCOMPARE(t.value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(t.value(QStringLiteral("pending_events")).toInteger(), outboxCount());
        QCOMPARE(r.value(QStringLiteral("store_id")).toString(), QStringLiteral("上海店"));
        QCOMPARE(r.value(QStringLiteral("period_start")).toString(),
                 QStringLiteral("2025-11-18T00:00:00+01:00"));
        QCOMPARE(r.value(QStringLiteral("period_end")).toString(),
                 QStringLiteral("2025-11-19T00:00:00+01:00"));
    }

    void breakdowns_data() {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("redemptions");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("sales");
        QTest::addColumn<int>("voids");
        QTest::newRow("kind single_use") << "by_kind"
                                         << "single_use" << 2 << "18.00" << -1 << 1;
        QTest::newRow("kind multi_use") << "by_kind"
                                        << "multi_use" << 1 << "10.00" << -1 << 0;
        QTest::newRow("kind stored_value") << "by_kind"
                                           << "stored_value" << 1 << "12.50" << -1 << 0;
        QTest::newRow("deal lunch") << "by_deal"
                                    << "Lunch deal" << 1 << "10.00" << -1 << 1;
        QTest::newRow("cashier ana") << "by_cashier"
                                     << "ana" << 3 << "28.00" << 1 << 0;
        QTest::newRow("cashier bob") << "by_cashier"
                                     << "bob" << 1 << "12.50" << 1 << 2;
        QTest::newRow("hour 09") << "by_hour"
                                 << "09" << 2 << "20.00" << 0 << 0;
        QTest::newRow("hour 11") << "by_hour"
                                 << "11" << 0 << "0.00" << 1 << 0;
        QTest::newRow("hour 12") << "by_hour"
                                 << "12" << 1 << "8.00" << 0 << 1;
        QTest::newRow("hour 16") << "by_hour"
                                 << "16" << 0 << "0.00" << 0 << 1;
        QTest::newRow("online") << "online_offline"
                                << "online" << 1 << "12.50" << -1 << 0;
        QTest::newRow("offline") << "online_offline"
                                 << "offline" << 3 << "28.00" << -1 << 1;
    }
    void breakdowns() {
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(int, redemptions);
        QFETCH(QString, value);
        QFETCH(int, sales);
        QFETCH(int, voids);
        const QJsonObject g = findKey(report(kDay).value(section).toArray(), key);
        QCOMPARE(g.value(QStringLiteral("redemptions")).toInt(), redemptions);
        QCOMPARE(g.value(QStringLiteral("redemptions_value")).toString(), value);
        if (sales >= 0)
            QCOMPARE(g.value(QStringLiteral("sales")).toInt(), sales);
        QCOMPARE(g.value(QStringLiteral("voids")).toInt(), voids);
    }

    void cashierNamesVoidsAndConflictsAreListed() {
        const QJsonObject r = report(kDay);
        QCOMPARE(findKey(r.value(QStringLiteral("by_cashier")).toArray(), QStringLiteral("ana"))
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("安娜"));
        QCOMPARE(r.value(QStringLiteral("by_hour")).toArray().size(), 24);
        const QJsonArray voids = r.value(QStringLiteral("voids")).toArray();
        QCOMPARE(voids.size(), 2);
        QCOMPARE(voids.at(0).toObject().value(QStringLiteral("id")).toString(),
                 m_ids.value(QStringLiteral("DEAL2")));
        QCOMPARE(voids.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("wrong deal"));
        QCOMPARE(voids.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("sale"));
        QCOMPARE(voids.at(1).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("7.00"));
        const QJsonArray conflicts = r.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("redemption_id")).toString(),
                 m_ids.value(QStringLiteral("DUMP")));
        const QJsonArray payments = r.value(QStringLiteral("by_payment")).toArray();
        QCOMPARE(findKey(payments, QStringLiteral("cash")).value(QStringLiteral("sales_amount")).toString(),
                 QStringLiteral("15.00"));
    }

    void rangeAddsTheDays() {
        auto r = DayReportBuilder(*m_terminal->db, kParis).build(kDay.addDays(-1), kDay, m_clock->nowMsecs());
        QVERIFY(r);
        QCOMPARE(r->totals.redemptions, 5);
        QCOMPARE(r->byDay.size(), 2);
        QCOMPARE(r->byDay.at(0).redemptions, 1);
        QCOMPARE(r->conflicts.size(), 2);
    }

    void closeIsRefusedWhileEventsWaitUnlessOverridden() {
        DayCloseOutcome refused = close(kDay, QStringLiteral("max"), QStringLiteral("9999"));
        QCOMPARE(refused.refusal, QStringLiteral("pending_events"));
        QVERIFY(refused.pendingEvents > 0);
        QCOMPARE(close(kDay, QStringLiteral("max"), QStringLiteral("0000")).refusal,
                 QStringLiteral("wrong_pin"));
        QCOMPARE(close(kDay, QStringLiteral("ana"), QStringLiteral("1111"), QStringLiteral("x")).refusal,
                 QStringLiteral("not_permitted"));
        QCOMPARE(close(kDay.addDays(1), QStringLiteral("max"), QStringLiteral("9999"), QStringLiteral("x"))
                     .refusal,
                 QStringLiteral("day_not_started"));
        QVERIFY(!*DayCloseStore(*m_terminal->db).isClosed(QStringLiteral("2025-11-18")));

        const qint64 pendingBefore = outboxCount();
        DayCloseOutcome done =
            close(kDay, QStringLiteral("max"), QStringLiteral("9999"), QStringLiteral("network down"));
        QVERIFY2(done.refusal.isEmpty(), qPrintable(done.refusal));
        QCOMPARE(done.report.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("redemptions"))
                     .toInt(),
                 4);
        auto stored = *DayCloseStore(*m_terminal->db).find(QStringLiteral("2025-11-18"));
        QVERIFY(stored);
        QCOMPARE(stored->report, QJsonDocument(done.report).toJson(QJsonDocument::Compact));
        QCOMPARE(stored->reportSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(stored->report, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(stored->overrideReason, QStringLiteral("network down"));
        // What waited before the manager signed in; their sign-in's audit entry is part of the close.
        QCOMPARE(done.pendingEvents, pendingBefore);
        QCOMPARE(done.report.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("pending_events"))
                     .toInteger(),
                 pendingBefore);

        auto event =
            m_terminal->db->connection().prepare("SELECT payload FROM outbox WHERE type = 'day_closed'");
        QCOMPARE(event->step(), sql::kRow);
        const QJsonObject payload = QJsonDocument::fromJson(event->text(0).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("day")).toString(), QStringLiteral("2025-11-18"));
        QCOMPARE(payload.value(QStringLiteral("report_sha256")).toString(), stored->reportSha256);
        QCOMPARE(payload.value(QStringLiteral("report")).toObject(), done.report);
        QCOMPARE(payload.value(QStringLiteral("by")).toString(), QStringLiteral("max"));
        QCOMPARE(payload.value(QStringLiteral("override_reason")).toString(), QStringLiteral("network down"));
        QCOMPARE(payload.value(QStringLiteral("store_id")).toString(), QStringLiteral("上海店"));
        QCOMPARE(payload.value(QStringLiteral("event_id")).toString(), stored->eventId);
        auto audit = AuditLog(*m_terminal->db).entries();
        QCOMPARE(audit->last().action, QStringLiteral("day_close"));
        QCOMPARE(audit->last().subject, QStringLiteral("2025-11-18"));
        QVERIFY(audit->last().detail.contains(QStringLiteral("network down")));

        QCOMPARE(close(kDay, QStringLiteral("max"), QStringLiteral("9999"), QStringLiteral("again")).refusal,
                 QStringLiteral("already_closed"));
    }

    void closeWithNothingWaiting() {
        QVERIFY(m_terminal->db->connection().exec("DELETE FROM outbox")); // as after a sync
        DayCloseOutcome done = close(kDay, QStringLiteral("max"), QStringLiteral("9999"));
        QVERIFY2(done.refusal.isEmpty(), qPrintable(done.refusal));
        QCOMPARE(done.report.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("pending_events"))
                     .toInt(),
                 0);
    }

    void afterTheCloseTheDayIsLockedAndNewActivityIsTomorrows() {
        m_clock->setMsecs(at(kDay, 22, 0));
        DayCloseOutcome done =
            close(kDay, QStringLiteral("max"), QStringLiteral("9999"), QStringLiteral("test"));
        QVERIFY(done.refusal.isEmpty());
        const QJsonObject zTotals = done.report.value(QStringLiteral("totals")).toObject();

        // Same calendar day, after the close: filed under the 19th.
        redeemAt(at(kDay, 22, 30), QStringLiteral("DEAL4"), QStringLiteral("ana"));
        saleAt(at(kDay, 22, 40), QStringLiteral("sale-4"), QStringLiteral("ana"), 300,
               QStringLiteral("cash"));
        redeemAt(at(kDay.addDays(1), 0, 5), QStringLiteral("DEAL3"), QStringLiteral("ana"));
        QJsonObject today = report(kDay).value(QStringLiteral("totals")).toObject();
        QCOMPARE(today.value(QStringLiteral("redemptions")), zTotals.value(QStringLiteral("redemptions")));
        QCOMPARE(today.value(QStringLiteral("sales_amount")), zTotals.value(QStringLiteral("sales_amount")));
        const QJsonObject next = report(kDay.addDays(1));
        QCOMPARE(next.value(QStringLiteral("totals")).toObject().value(QStringLiteral("redemptions")).toInt(),
                 2); // DEAL4, DEAL3
        QCOMPARE(
            next.value(QStringLiteral("totals")).toObject().value(QStringLiteral("sales_amount")).toString(),
            QStringLiteral("3.00"));
        QCOMPARE(next.value(QStringLiteral("period_start")).toString(),
                 QStringLiteral("2025-11-18T22:00:00+01:00"));
        QCOMPARE(findKey(next.value(QStringLiteral("by_hour")).toArray(), QStringLiteral("22"))
                     .value(QStringLiteral("redemptions"))
                     .toInt(),
                 1);

        // Voids: the closed day's entries are locked, the evening's are not.
        m_clock->setMsecs(at(kDay.addDays(1), 0, 10));
        VoidService voids(*m_terminal->db, *m_clock);
        QCOMPARE(voids
                     .voidEntry({m_ids.value(QStringLiteral("DUMP")), QStringLiteral("late"),
                                 QStringLiteral("max"), QStringLiteral("9999")})
                     ->refusal,
                 QStringLiteral("day_closed"));
        QCOMPARE(voids
                     .voidEntry({m_ids.value(QStringLiteral("DEAL4")), QStringLiteral("oops"),
                                 QStringLiteral("max"), QStringLiteral("9999")})
                     ->refusal,
                 QString());
    }

    void aClockSetBackFilesNothingIntoTheClosedDay() {
        m_clock->setMsecs(at(kDay, 22, 0));
        QVERIFY(close(kDay, QStringLiteral("max"), QStringLiteral("9999"), QStringLiteral("test"))
                    .refusal.isEmpty());
        redeemAt(at(kDay, 21, 58), QStringLiteral("DEAL4"), QStringLiteral("ana")); // two minutes back
        QCOMPARE(report(kDay)
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("redemptions"))
                     .toInt(),
                 4);
        auto entry = (*RedemptionLedger(*m_terminal->db).find(m_ids.value(QStringLiteral("DEAL4"))))->first;
        QVERIFY(entry.atMs >= at(kDay, 22, 0));
    }
};

QTEST_GUILESS_MAIN(TestDayReport)
#include "tst_dayreport.moc"
