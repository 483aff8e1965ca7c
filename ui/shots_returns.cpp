// The return screens on the demo data: a recent sale picked and a line chosen, a refund above the
// manager's threshold, a pickup order not handed over (refused: cancel it instead), and an online order
// returned. Sales and orders are made through the real services, once per data directory.
#include "core/clock.h"
#include "store/redemptionservice.h"
#include "store/saleservice.h"
#include "store/vouchercache.h"
#include "ui/appservices.h"
#include "ui/databasethread.h"
#include "ui/screenshotplan.h"

#include <QQuickItem>

namespace o2o {

namespace {

// Two pickup orders of the shots' own (the manager's shots hand over the demo order): one waiting, one
// handed over.
const QString kWaitingOrder = QStringLiteral("O2O-RET-WAIT-7781");
const QString kHandedOrder = QStringLiteral("O2O-RET-DONE-4417");
// The demo manager rings up and hands over what the shots return: the manager's shots pick the first
// redemption of their own cashiers from the day list, and the data carries over from one size to the next.
const QString kCashier = QStringLiteral("marco");

VoucherRecord pickupOrder(const QString& code, const QString& id, const QString& description) {
    VoucherRecord record;
    record.code = code;
    record.voucher.id = id;
    record.voucher.kind = VoucherKind::PickupOrder;
    record.voucher.description = description;
    record.voucher.faceValueMinor = 1640;
    record.voucher.items = {QStringLiteral("2 x Flat white"), QStringLiteral("1 x Almond croissant"),
                            QStringLiteral("1 x Orange juice")};
    return record;
}

bool runJob(ShotStage& stage, std::function<Result<bool>(Database&)> job) {
    std::optional<Result<bool>> answer;
    stage.app().database()->run<bool>(&stage.app(), std::move(job),
                                      [&answer](Result<bool> r) { answer = std::move(r); });
    stage.waitUntil([&answer] { return answer.has_value(); }, 15000);
    if (!answer || !*answer) {
        qWarning("return shots: %s", answer ? qPrintable((*answer).error().message) : "no answer");
        return false;
    }
    return true;
}

/** Once per data directory: a small sale, a large one and the two orders (one handed over). */
void prepareReturns(ShotStage& stage) {
    if (stage.app().property("o2oReturnsReady").toBool())
        return;
    stage.app().setProperty("o2oReturnsReady", true);
    runJob(stage, [](Database& db) -> Result<bool> {
        SystemClock clock;
        VoucherCache cache(db);
        O2O_TRY(cache.upsert(pickupOrder(kWaitingOrder, QStringLiteral("ret-order-7781"),
                                         QStringLiteral("Pickup order 7781"))));
        O2O_TRY(cache.upsert(pickupOrder(kHandedOrder, QStringLiteral("ret-order-4417"),
                                         QStringLiteral("Pickup order 4417"))));
        RedeemInput handOver;
        handOver.code = kHandedOrder;
        handOver.cashier = kCashier;
        auto handed = RedemptionService(db, clock).redeem(handOver);
        if (!handed)
            return Unexpected(handed.error());
        SaleService sales(db, clock);
        SaleInput lunch;
        lunch.lines = {{QStringLiteral("LUNCH"), {}, {}, 4}, {QStringLiteral("JUICE"), {}, {}, 4}};
        lunch.payment = QStringLiteral("card");
        lunch.cashier = kCashier;
        O2O_TRY(sales.sell(lunch));
        SaleInput coffee;
        coffee.lines = {{QStringLiteral("COFFEE"), {}, {}, 2}, {QStringLiteral("CROISSANT"), {}, {}, 1}};
        coffee.cashier = kCashier;
        O2O_TRY(sales.sell(coffee));
        return true;
    });
}

ReturnController* returns(ShotStage& stage) {
    return stage.app().returns();
}

void showReturns(ShotStage& stage) {
    prepareReturns(stage);
    stage.showScreen(QStringLiteral("returns"));
    stage.settle();
    stage.waitUntil([&stage] { return returns(stage)->saleIds().size() >= 2; });
    stage.settle();
}

void waitIdle(ShotStage& stage) {
    stage.waitUntil([&stage] { return !returns(stage)->busy(); });
    stage.settle();
}

/** The sale whose label names the product (the newest first). */
void pickSale(ShotStage& stage, int index) {
    returns(stage)->findSale(returns(stage)->saleIds().value(index));
    stage.waitUntil([&stage] { return returns(stage)->found(); });
    waitIdle(stage);
}

void press(ShotStage& stage, const QString& button) {
    QMetaObject::invokeMethod(stage.item(button), "clicked");
    stage.settle();
}

} // namespace

QList<Shot> returnShots() {
    return {
        {QStringLiteral("return-find"), [](ShotStage& s) { showReturns(s); }},
        {QStringLiteral("return-lines"),
         [](ShotStage& s) {
             showReturns(s);
             pickSale(s, 0); // the coffee sale, the newest
             returns(s)->setQuantity(0, 1);
             waitIdle(s);
         }},
        {QStringLiteral("return-manager-approval"),
         [](ShotStage& s) {
             showReturns(s);
             pickSale(s, 1); // the lunch sale, above the threshold
             returns(s)->chooseAll();
             waitIdle(s);
             press(s, QStringLiteral("returnNextButton"));
             s.item(QStringLiteral("returnReasonField"))
                 ->setProperty("text", QCoreApplication::translate("ReturnShots", "Wrong order"));
             s.settle();
         }},
        {QStringLiteral("return-not-handed-over"),
         [](ShotStage& s) {
             showReturns(s);
             returns(s)->findCode(kWaitingOrder);
             s.waitUntil([&s] { return returns(s)->result().refused; });
             waitIdle(s);
         }},
        {QStringLiteral("return-order-done"),
         [](ShotStage& s) {
             showReturns(s);
             returns(s)->findCode(kHandedOrder);
             s.waitUntil([&s] { return returns(s)->found(); });
             waitIdle(s);
             returns(s)->setQuantity(0, 1);
             waitIdle(s);
             press(s, QStringLiteral("returnNextButton"));
             s.item(QStringLiteral("returnReasonField"))
                 ->setProperty("text", QCoreApplication::translate("ReturnShots", "Coffee was cold"));
             s.item(QStringLiteral("returnStaffBox"))
                 ->setProperty("currentIndex", returns(s)->staffIds().indexOf(QStringLiteral("ana")));
             s.item(QStringLiteral("returnPinPad"))->setProperty("pin", s.staffPin(QStringLiteral("ana")));
             press(s, QStringLiteral("returnConfirmButton"));
             s.waitUntil([&s] { return returns(s)->result().done || returns(s)->result().refused; }, 15000);
             waitIdle(s);
         }},
    };
}

} // namespace o2o
