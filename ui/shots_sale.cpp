#include "ui/appservices.h"
#include "ui/screenshotplan.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace o2o {

namespace {
/** The sale screen with a fresh sale and the catalog loaded. */
SaleController* openSale(ShotStage& stage) {
    SaleController* sale = stage.app().sale();
    sale->newSale();
    stage.showScreen(QStringLiteral("sale"));
    // Until the stack's slide ends the counter is still drawn beside the sale.
    stage.waitUntil([sale, &stage] {
        QQuickItem* counterField = stage.item(QStringLiteral("codeField"));
        return !sale->busy() && sale->catalog()->count() > 0 && (!counterField || !counterField->isVisible());
    });
    return sale;
}

void ringUp(ShotStage& stage, SaleController* sale, const QStringList& skus,
            const QStringList& voucherIds = {}) {
    for (const QString& sku : skus)
        sale->addProduct(sku);
    for (const QString& id : voucherIds)
        stage.app().submitScannedCode(stage.demoCode(id)); // as the handheld scanner would
    stage.waitUntil([sale] { return !sale->busy(); });
}

// The item on screen with this name: screens of earlier shots may linger until their deferred deletion.
QQuickItem* shown(ShotStage& stage, const QString& objectName) {
    for (QQuickItem* item : stage.window()->findChildren<QQuickItem*>(objectName))
        if (item->isVisible())
            return item;
    return nullptr;
}

void press(ShotStage& stage, const QString& objectName) {
    if (QQuickItem* button = shown(stage, objectName))
        QMetaObject::invokeMethod(button, "clicked");
}

/** The payment dialog open on cash, with 50 handed over. */
void payWithCash(ShotStage& stage) {
    press(stage, QStringLiteral("payButton"));
    // Opened, not only appearing: on opening the dialog clears the field.
    stage.waitUntil([&stage] {
        for (QObject* dialog : stage.window()->findChildren<QObject*>(QStringLiteral("paymentDialog")))
            if (dialog->property("opened").toBool())
                return true;
        return false;
    });
    if (QQuickItem* field = shown(stage, QStringLiteral("cashField")))
        field->setProperty("text", QStringLiteral("50"));
}
} // namespace

QList<Shot> saleShots() {
    const QStringList lunch{QStringLiteral("LUNCH"), QStringLiteral("LUNCH"), QStringLiteral("JUICE"),
                            QStringLiteral("COFFEE")};
    return {
        {QStringLiteral("sale-empty"), [](ShotStage& s) { openSale(s); }},
        {QStringLiteral("sale-lines"),
         [](ShotStage& s) {
             ringUp(s, openSale(s),
                    {QStringLiteral("COFFEE"), QStringLiteral("COFFEE"), QStringLiteral("CROISSANT"),
                     QStringLiteral("MUG")});
         }},
        {QStringLiteral("sale-voucher-applied"),
         [lunch](ShotStage& s) { ringUp(s, openSale(s), lunch, {QStringLiteral("demo-lunch")}); }},
        {QStringLiteral("sale-voucher-refused"),
         [](ShotStage& s) {
             ringUp(s, openSale(s), {QStringLiteral("COFFEE"), QStringLiteral("CROISSANT")},
                    {QStringLiteral("demo-lunch")});
         }},
        // A member code scanned during the sale and refused (the demo data has no trust list: malformed).
        {QStringLiteral("sale-member-refused"),
         [lunch](ShotStage& s) {
             SaleController* sale = openSale(s);
             ringUp(s, sale, lunch);
             s.app().submitScannedCode(QStringLiteral("O2OM:ABCDEF")); // as the handheld scanner would
             s.waitUntil([sale] { return !sale->busy() && sale->member().refused(); });
         }},
        {QStringLiteral("sale-payment-cash"),
         [lunch](ShotStage& s) {
             ringUp(s, openSale(s), lunch, {QStringLiteral("demo-lunch")});
             payWithCash(s);
         }},
        // Paid in cash without vouchers: the demo vouchers stay as they are for every other shot.
        {QStringLiteral("sale-receipt"),
         [lunch](ShotStage& s) {
             SaleController* sale = openSale(s);
             ringUp(s, sale, lunch);
             payWithCash(s);
             press(s, QStringLiteral("confirmPaymentButton"));
             s.waitUntil([sale] { return !sale->busy() && sale->receipt().shown(); });
         }},
    };
}

} // namespace o2o
