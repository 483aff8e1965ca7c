// The sale screen's controller on the demo data, without a window: vouchers re-judged as the sale changes,
// a code scanned twice is one voucher, and a scan while the sale is being recorded waits for the next sale.
#include "app/demodata.h"
#include "store/salestore.h"
#include "store/trustimport.h"
#include "tests/support/signedfixture.h"
#include "ui/databasethread.h"
#include "ui/salecontroller.h"
#include "ui/screenshotplan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace o2o;

class TestSaleController : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseThread> m_database;
    std::unique_ptr<SaleController> m_sale;
    QHash<QString, QString> m_codes;

    void settle() {
        m_database->drain();
        QTRY_VERIFY(!m_sale->busy());
    }
    QVariant voucherRole(int row, SaleVouchersModel::Role role) {
        return m_sale->vouchers()->data(m_sale->vouchers()->index(row), role);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto seeded = seedDemoData(m_dir->path());
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
        m_codes = readDemoCodes(m_dir->path());
        m_database = std::make_unique<DatabaseThread>(m_dir->path());
        m_sale = std::make_unique<SaleController>(m_database.get());
        m_sale->open();
        settle();
        QCOMPARE(m_sale->catalog()->count(), 5);
    }
    void cleanup() {
        m_sale.reset();
        m_database.reset();
    }

    // Scanned before any item it waits; below the minimum it is refused; with enough it applies.
    void voucherFollowsTheSale() {
        m_sale->addVoucherCode(m_codes.value(QStringLiteral("demo-lunch")));
        m_sale->addVoucherCode(m_codes.value(QStringLiteral("demo-lunch"))); // the scanner read it twice
        settle();
        QCOMPARE(m_sale->vouchers()->count(), 1);
        QCOMPARE(voucherRole(0, SaleVouchersModel::WaitingRole).toBool(), true);
        m_sale->addProduct(QStringLiteral("COFFEE"));
        settle();
        QCOMPARE(voucherRole(0, SaleVouchersModel::ReasonCodeRole).toString(),
                 QStringLiteral("below_min_spend"));
        QCOMPARE(m_sale->totals().discountMinor, 0);
        m_sale->addProduct(QStringLiteral("LUNCH"));
        m_sale->addProduct(QStringLiteral("LUNCH"));
        settle();
        QCOMPARE(voucherRole(0, SaleVouchersModel::AppliedRole).toBool(), true);
        QCOMPARE(m_sale->totals().subtotalMinor, 2650);
        QCOMPARE(m_sale->totals().discountMinor, 500);
        m_sale->changeQuantity(1, -1); // one lunch: 14.50, below 20.00 again
        settle();
        QCOMPARE(voucherRole(0, SaleVouchersModel::ReasonCodeRole).toString(),
                 QStringLiteral("below_min_spend"));
        QCOMPARE(m_sale->totals().discountMinor, 0);
        QCOMPARE(m_sale->totals().totalMinor, 1450 + 145);
    }

    // The gift card pays what is left after the deal, up to its balance: the cashier takes the rest.
    void giftCardPaysPart() {
        m_sale->addProduct(QStringLiteral("MUG"));
        m_sale->addVoucherCode(m_codes.value(QStringLiteral("demo-gift-card")));
        settle();
        QCOMPARE(voucherRole(0, SaleVouchersModel::PaysPartRole).toBool(), true);
        QCOMPARE(m_sale->totals().cardsMinor, 900 + 189);
        QCOMPARE(m_sale->totals().toPayMinor(), 0);
    }

    // Nothing to lose: a code scanned while the sale is being written goes into the next sale.
    void scanDuringTheCommitWaitsForTheNextSale() {
        m_sale->addProduct(QStringLiteral("COFFEE"));
        settle();
        QSignalSpy recorded(m_sale.get(), &SaleController::saleRecorded);
        QVERIFY(m_sale->pay(SaleController::Card));
        m_sale->addVoucherCode(m_codes.value(QStringLiteral("demo-deal"))); // before the commit's answer
        QCOMPARE(m_sale->heldVoucherCount(), 1);
        QTRY_COMPARE(recorded.size(), 1);
        settle();
        QCOMPARE(m_sale->receipt().paymentMethod, int(SaleController::Card));
        QCOMPARE(m_sale->receipt().totals.discountMinor, 0); // the deal was not part of that sale
        m_sale->newSale();
        settle();
        QCOMPARE(m_sale->heldVoucherCount(), 0);
        QCOMPARE(m_sale->vouchers()->count(), 1);
        QCOMPARE(voucherRole(0, SaleVouchersModel::WaitingRole).toBool(), true);
    }

    // A member code scanned during the sale attaches the member, checked offline against the trust list; a
    // refused one says why and attaches nobody; the recorded sale carries the member.
    void memberCodeAttachesTheMember() {
        const test::SignedFixture f;
        {
            auto db = Database::open(m_dir->path());
            QVERIFY(db);
            // The controller checks at the wall clock: key A without a validity window, so this holds any
            // day.
            TrustList list = f.trustList(1, {test::fixedVoucherId(QStringLiteral("member:gone"))});
            list.keys = {TrustedKey{test::fixedKey('A').publicRaw(), 0, 0}};
            QVERIFY(importTrustFile(**db, *writeTrustList(list, test::fixedKey('R'))));
        }
        QSignalSpy changed(m_sale.get(), &SaleController::memberChanged);
        m_sale->addProduct(QStringLiteral("COFFEE"));
        m_sale->addVoucherCode(f.signMember(f.member(QStringLiteral("gone"))));
        settle();
        QCOMPARE(m_sale->member().refused(), true);
        QCOMPARE(m_sale->member().attached(), false);
        QCOMPARE(m_sale->member().reasonCodeText(), QStringLiteral("revoked"));
        QVERIFY(!m_sale->member().refusalText().isEmpty());
        QCOMPARE(m_sale->vouchers()->count(), 0); // a member code is never taken for a voucher
        QByteArray tampered =
            *memberCodeBytes(f.signMember(f.member(QStringLiteral("ana"), QStringLiteral("Ana"))));
        tampered[40] = char(tampered[40] ^ 0x10);
        m_sale->addVoucherCode(memberCodeFromBytes(tampered, false));
        settle();
        QCOMPARE(m_sale->member().reasonCodeText(), QStringLiteral("bad_signature"));

        const QString ana = f.signMember(f.member(QStringLiteral("ana"), QStringLiteral("Ana")));
        m_sale->addVoucherCode(QStringLiteral(" ") + ana); // a wedge scanner's stray blank
        settle();
        QCOMPARE(m_sale->member().attached(), true);
        QCOMPARE(m_sale->member().refused(), false);
        QCOMPARE(m_sale->member().name, QStringLiteral("Ana"));
        const QString id = QString::fromLatin1(test::fixedVoucherId(QStringLiteral("member:ana")).toHex());
        QCOMPARE(m_sale->member().memberId, id);
        QCOMPARE(m_sale->member().shortId(), id.right(8));
        QCOMPARE(changed.size(), 3);

        QVERIFY(m_sale->pay(SaleController::Card));
        QTRY_VERIFY(m_sale->receipt().shown());
        {
            auto db = Database::openForReading(m_dir->path());
            QVERIFY(db);
            auto sale = SaleStore(**db).find(m_sale->lastSaleId());
            QVERIFY(sale && *sale);
            QCOMPARE((*sale)->memberId, id);
        }
        m_sale->newSale(); // the next customer starts without a member
        QCOMPARE(m_sale->member().attached(), false);
        m_sale->addVoucherCode(ana);
        settle();
        QCOMPARE(m_sale->member().attached(), true);
        m_sale->removeMember();
        QCOMPARE(m_sale->member().attached(), false);
    }

    void cashBelowWhatIsToPayIsRefused() {
        m_sale->addProduct(QStringLiteral("LUNCH"));
        settle();
        m_sale->setCashGiven(QStringLiteral("10"));
        QCOMPARE(m_sale->cashEnough(), false);
        QVERIFY(!m_sale->pay(SaleController::Cash));
        QCOMPARE(m_sale->problem(), SaleController::CashTooLow);
        m_sale->setCashGiven(QStringLiteral("20,00")); // a Spanish cashier's comma
        QCOMPARE(m_sale->cashEnough(), true);
        QCOMPARE(m_sale->cashSuggestions().size(), 4); // 13.20, 15, 20, 50
        QVERIFY(m_sale->pay(SaleController::Cash));
        QTRY_VERIFY(m_sale->receipt().shown());
        QCOMPARE(m_sale->receipt().cashGivenMinor, 2000);
        QCOMPARE(m_sale->receipt().paymentMinor, 1320);
    }
};

QTEST_MAIN(TestSaleController)
#include "tst_salecontroller.moc"
