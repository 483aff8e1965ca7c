#include "app/demodata.h"

#include <QRandomGenerator>

namespace o2o {

QString makeVoucherCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code = QStringLiteral("O2O");
    for (int group = 0; group < 3; ++group) {
        code += u'-';
        for (int i = 0; i < 4; ++i)
            code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet - 1))]);
    }
    return code;
}

QList<VoucherRecord> makeDemoVouchers(qint64 nowSecs, int extraSingleUse) {
    const auto make = [](QString id, VoucherKind kind, QString description) {
        VoucherRecord r;
        r.code = makeVoucherCode();
        r.voucher.id = std::move(id);
        r.voucher.kind = kind;
        r.voucher.description = std::move(description);
        r.voucher.currency = QStringLiteral("EUR");
        r.voucher.stores = {demoStoreId()};
        return r;
    };
    QList<VoucherRecord> all;

    VoucherRecord dinner = make(QStringLiteral("demo-deal"), VoucherKind::SingleUse,
                                QStringLiteral("Dinner for two, 50.00 off"));
    dinner.voucher.faceValueMinor = 5000;
    dinner.voucher.campaign = QStringLiteral("WINTER-DINNER");
    all.append(dinner);

    VoucherRecord classes =
        make(QStringLiteral("demo-pass"), VoucherKind::MultiUse, QStringLiteral("10 fitness classes"));
    classes.voucher.faceValueMinor = 1500;
    classes.voucher.usesTotal = classes.voucher.usesLeft = 10;
    classes.voucher.campaign = QStringLiteral("NEWYEAR-FIT");
    all.append(classes);

    VoucherRecord giftCard =
        make(QStringLiteral("demo-gift-card"), VoucherKind::StoredValue, QStringLiteral("Gift card 200.00"));
    giftCard.voucher.faceValueMinor = giftCard.voucher.balanceMinor = 20000;
    all.append(giftCard);

    VoucherRecord pickup = make(QStringLiteral("demo-order-A1042"), VoucherKind::PickupOrder,
                                QStringLiteral("Pickup order A1042"));
    pickup.voucher.faceValueMinor = 1180;
    pickup.voucher.items = {QStringLiteral("2 x Flat white"), QStringLiteral("1 x Almond croissant")};
    all.append(pickup);

    VoucherRecord ticket =
        make(QStringLiteral("demo-ticket"), VoucherKind::Ticket, QStringLiteral("Cinema hall 2, seat F7"));
    ticket.voucher.faceValueMinor = 1200;
    ticket.voucher.validFrom = nowSecs - 30 * 60; // admission window around the show
    ticket.voucher.validUntil = nowSecs + 3 * 3600;
    all.append(ticket);

    VoucherRecord partner = make(QStringLiteral("demo-partner"), VoucherKind::OnlineOnly,
                                 QStringLiteral("Partner platform code (needs network)"));
    partner.voucher.faceValueMinor = 2000;
    all.append(partner);

    VoucherRecord lunch = make(QStringLiteral("demo-lunch"), VoucherKind::SingleUse,
                               QStringLiteral("Lunch deal, 5.00 off from 20.00"));
    lunch.voucher.faceValueMinor = 500;
    lunch.voucher.minSpendMinor = 2000;
    lunch.voucher.campaign = QStringLiteral("LUNCH-WEEK");
    all.append(lunch);

    VoucherRecord expired =
        make(QStringLiteral("demo-expired"), VoucherKind::SingleUse, QStringLiteral("Summer deal (expired)"));
    expired.voucher.faceValueMinor = 1000;
    expired.voucher.validFrom = nowSecs - 90 * 86400;
    expired.voucher.validUntil = nowSecs - 86400;
    all.append(expired);

    VoucherRecord elsewhere = make(QStringLiteral("demo-other-store"), VoucherKind::SingleUse,
                                   QStringLiteral("Deal for another store"));
    elsewhere.voucher.faceValueMinor = 1000;
    elsewhere.voucher.stores = {QStringLiteral("other-store")};
    all.append(elsewhere);

    for (int i = 1; i <= extraSingleUse; ++i) {
        VoucherRecord coffee = make(QStringLiteral("demo-coffee-%1").arg(i), VoucherKind::SingleUse,
                                    QStringLiteral("Free coffee #%1").arg(i));
        coffee.voucher.faceValueMinor = 350;
        all.append(coffee);
    }
    return all;
}

QList<CatalogItem> makeDemoCatalog() {
    return {{QStringLiteral("COFFEE"), QStringLiteral("Coffee"), 250, 1000, true},
            {QStringLiteral("CROISSANT"), QStringLiteral("Croissant"), 180, 1000, true},
            {QStringLiteral("LUNCH"), QStringLiteral("Lunch menu"), 1200, 1000, true},
            {QStringLiteral("JUICE"), QStringLiteral("Orange juice"), 320, 2100, true},
            {QStringLiteral("MUG"), QStringLiteral("Store mug"), 900, 2100, true}};
}

} // namespace o2o
