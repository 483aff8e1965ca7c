// Voids: who may void what and when, what comes back to the voucher, and what is written with it.
#include "store/auditlog.h"
#include "store/catalogstore.h"
#include "store/redemptionservice.h"
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
}

class TestVoids : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempTerminal> m_terminal;
    std::unique_ptr<FixedClock> m_clock;

    QString redeem(const QString& code, const QString& cashier, const QString& amount = {}, int uses = 1) {
        RedemptionService service(*m_terminal->db, *m_clock);
        RedeemInput in;
        in.code = code;
        in.cashier = cashier;
        in.amountText = amount;
        in.uses = uses;
        auto r = service.redeem(in);
        return r && r->verdict.accepted() ? r->redemptionId : QString();
    }
    VoidOutcome voidIt(const QString& id, const QString& by, const QString& pin) {
        return *VoidService(*m_terminal->db, *m_clock)
                    .voidEntry(VoidRequest{id, QStringLiteral("mistake"), by, pin});
    }
    Voucher voucher(const QString& code) { return (*VoucherCache(*m_terminal->db).find(code))->voucher; }

private Q_SLOTS:
    void init() {
        m_terminal = std::make_unique<test::TempTerminal>();
        m_clock = std::make_unique<FixedClock>(kNoonMs);
        VoucherRecord pass = test::voucherRecord(QStringLiteral("PASS"), VoucherKind::MultiUse);
        pass.voucher.usesTotal = pass.voucher.usesLeft = 10;
        VoucherRecord card = test::voucherRecord(QStringLiteral("CARD"), VoucherKind::StoredValue);
        card.voucher.faceValueMinor = card.voucher.balanceMinor = 5000;
        m_terminal->add({test::voucherRecord(QStringLiteral("DEAL")), pass, card});
        StaffStore staff(*m_terminal->db);
        for (const auto& [id, role, pin] :
             {std::tuple{"ana", StaffRole::Cashier, "1111"}, std::tuple{"bob", StaffRole::Cashier, "2222"},
              std::tuple{"max", StaffRole::Manager, "9999"},
              std::tuple{"ivy", StaffRole::Installer, "3333"}}) {
            StaffMember m;
            m.id = QString::fromLatin1(id);
            m.name = m.id;
            m.role = role;
            QVERIFY(staff.add(m, QString::fromLatin1(pin), QStringLiteral("local:test"), kNoonMs));
        }
    }

    void cashierVoidsOwnWithinWindowAndUsesComeBack() {
        const QString id = redeem(QStringLiteral("PASS"), QStringLiteral("ana"), {}, 3);
        QCOMPARE(voucher(QStringLiteral("PASS")).usesLeft, 7);
        m_clock->advanceSecs(14 * 60);
        const VoidOutcome done = voidIt(id, QStringLiteral("ana"), QStringLiteral("1111"));
        QVERIFY2(done.refusal.isEmpty(), qPrintable(done.refusal));
        QCOMPARE(voucher(QStringLiteral("PASS")).usesLeft, 10);
        QCOMPARE(voidIt(id, QStringLiteral("max"), QStringLiteral("9999")).refusal,
                 QStringLiteral("already_voided"));
        QVERIFY((*RedemptionLedger(*m_terminal->db).find(id))->first.voided);
    }

    void rolesAndWindow_data() {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("maker, 16 minutes later") << "ana"
                                                 << "1111" << 16 << "void_window_passed";
        QTest::newRow("another cashier") << "bob"
                                         << "2222" << 1 << "not_permitted";
        QTest::newRow("installer") << "ivy"
                                   << "3333" << 1 << "not_permitted";
        QTest::newRow("manager, hours later") << "max"
                                              << "9999" << 300 << "";
        QTest::newRow("wrong PIN") << "max"
                                   << "0000" << 1 << "wrong_pin";
        QTest::newRow("unknown staff") << "zoe"
                                       << "1234" << 1 << "not_permitted";
    }
    void rolesAndWindow() {
        QFETCH(QString, by);
        QFETCH(QString, pin);
        QFETCH(int, minutesLater);
        QFETCH(QString, refusal);
        const QString id = redeem(QStringLiteral("DEAL"), QStringLiteral("ana"));
        QVERIFY(!id.isEmpty());
        m_clock->advanceSecs(minutesLater * 60);
        QCOMPARE(voidIt(id, by, pin).refusal, refusal);
        QCOMPARE(voucher(QStringLiteral("DEAL")).usesLeft, refusal.isEmpty() ? 1 : 0);
    }

    void lockedStaffCannotVoid() {
        const QString id = redeem(QStringLiteral("DEAL"), QStringLiteral("ana"));
        for (int i = 0; i < StaffStore::kLockoutAttempts; ++i)
            QCOMPARE(voidIt(id, QStringLiteral("ana"), QStringLiteral("0000")).refusal,
                     QStringLiteral("wrong_pin"));
        QCOMPARE(voidIt(id, QStringLiteral("ana"), QStringLiteral("1111")).refusal, QStringLiteral("locked"));
    }

    void closedDayIsRefused() {
        const QString id = redeem(QStringLiteral("DEAL"), QStringLiteral("ana"));
        QVERIFY(m_terminal->db->connection().exec(
            "INSERT INTO day_closes(day, closed_ms, by_staff, override_reason, "
            "report, report_sha256, event_id) VALUES('2025-11-18', 0, 'max', "
            "'', '{}', '', '')"));
        QCOMPARE(voidIt(id, QStringLiteral("max"), QStringLiteral("9999")).refusal,
                 QStringLiteral("day_closed"));
    }

    // A whole sale: every voucher it used comes back, each with its own void, and the sale is marked.
    void saleVoidGivesEveryVoucherBack() {
        QVERIFY(CatalogStore(*m_terminal->db)
                    .upsert({QStringLiteral("LUNCH"), QStringLiteral("Lunch"), 1200, 0, true}));
        SaleInput input;
        SaleLineInput line;
        line.sku = QStringLiteral("LUNCH");
        line.quantity = 5;
        input.lines = {line};
        input.voucherCodes = {QStringLiteral("DEAL"), QStringLiteral("CARD")};
        input.cashier = QStringLiteral("ana");
        auto sold = SaleService(*m_terminal->db, *m_clock).sell(input);
        QVERIFY(sold && sold->sale);
        QCOMPARE(voucher(QStringLiteral("DEAL")).usesLeft, 0);
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 0);
        m_clock->advanceSecs(3600);
        QCOMPARE(voidIt(sold->sale->id, QStringLiteral("ana"), QStringLiteral("1111")).refusal,
                 QStringLiteral("void_window_passed"));
        const VoidOutcome done = voidIt(sold->sale->id, QStringLiteral("max"), QStringLiteral("9999"));
        QVERIFY2(done.refusal.isEmpty(), qPrintable(done.refusal));
        QVERIFY(done.sale && done.sale->voided);
        QCOMPARE(voucher(QStringLiteral("DEAL")).usesLeft, 1);
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 5000);
        QCOMPARE(*m_terminal->db->connection().scalar("SELECT count(*) FROM voids"), 3);
        QCOMPARE(*m_terminal->db->connection().scalar("SELECT count(*) FROM outbox WHERE type = 'void'"), 3);
        QVERIFY((*SaleStore(*m_terminal->db).find(sold->sale->id))->voided);
        QCOMPARE(voidIt(sold->sale->id, QStringLiteral("max"), QStringLiteral("9999")).refusal,
                 QStringLiteral("already_voided"));
    }

    void cardBalanceComesBackAndTheVoidIsSentAndAudited() {
        const QString id = redeem(QStringLiteral("CARD"), QStringLiteral("ana"), QStringLiteral("12.50"));
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 3750);
        const VoidOutcome done = voidIt(id, QStringLiteral("max"), QStringLiteral("9999"));
        QVERIFY(done.refusal.isEmpty());
        QCOMPARE(voucher(QStringLiteral("CARD")).balanceMinor, 5000);

        auto events = m_terminal->db->connection().prepare(
            "SELECT type, payload FROM outbox WHERE type IN ('redemption', 'void') ORDER BY seq");
        QCOMPARE(events->step(), sql::kRow);
        const QJsonObject redemption = QJsonDocument::fromJson(events->text(1).toUtf8()).object();
        QCOMPARE(events->step(), sql::kRow);
        QCOMPARE(events->text(0), QStringLiteral("void"));
        const QJsonObject voidEvent = QJsonDocument::fromJson(events->text(1).toUtf8()).object();
        QCOMPARE(voidEvent.value(QStringLiteral("redemption_id")).toString(), id);
        QCOMPARE(voidEvent.value(QStringLiteral("original_event_id")).toString(),
                 redemption.value(QStringLiteral("event_id")).toString());
        QCOMPARE(voidEvent.value(QStringLiteral("void_id")).toString(), done.voidId);
        QCOMPARE(events->step(), sql::kDone);

        auto audit = AuditLog(*m_terminal->db).entries();
        QCOMPARE(audit->last().action, QStringLiteral("void"));
        QCOMPARE(audit->last().actor, QStringLiteral("max"));
        QCOMPARE(audit->last().subject, id);
        QVERIFY(AuditLog(*m_terminal->db).verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestVoids)
#include "tst_voids.moc"
