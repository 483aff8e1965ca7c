// The manager's screens on the demo data: a day with redemptions, sales and a void made through the real
// controllers and services, the void dialog and a refusal, the conflicts inbox, the sync dashboard, an
// export and the close of the day.
#include "core/clock.h"
#include "store/outbox.h"
#include "store/saleservice.h"
#include "store/staffstore.h"
#include "store/voidservice.h"
#include "ui/appservices.h"
#include "ui/databasethread.h"
#include "ui/screenshotplan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>

namespace o2o {

namespace {

const QString kManager = QStringLiteral("marta");
const QString kManagerPin = QStringLiteral("2468");
const QString kCashier = QStringLiteral("ana");
const QString kCashierPin = QStringLiteral("1357");

template <class T> T runOnDatabase(ShotStage& stage, std::function<Result<T>(Database&)> job) {
    std::optional<Result<T>> answer;
    stage.app().database()->run<T>(&stage.app(), std::move(job),
                                   [&answer](Result<T> r) { answer = std::move(r); });
    stage.waitUntil([&answer] { return answer.has_value(); }, 15000);
    if (!answer || !*answer) {
        qWarning("manager shots: %s", answer ? qPrintable((*answer).error().message) : "no answer");
        return T{};
    }
    return **answer;
}

/** Redeems a demo code at the counter as `cashier` (the counter records the operating-system user until
 *  staff sign in) and waits for the verdict. */
void redeemAs(ShotStage& stage, const QString& cashier, const QString& voucherId, const QString& amount,
              int uses) {
    const QByteArray before = qgetenv("USER");
    qputenv("USER", cashier.toUtf8());
    RedemptionController* counter = stage.app().redemption();
    counter->clear();
    counter->redeem(stage.demoCode(voucherId), amount, uses);
    stage.waitUntil([counter] { return !counter->busy() && counter->verdict().shown(); });
    qputenv("USER", before);
}

StaffMember staffMember(const QString& id, const QString& name, StaffRole role) {
    StaffMember member;
    member.id = id;
    member.name = name;
    member.role = role;
    return member;
}

/** Once per data directory: two staff members, four redemptions, two sales and one void. */
void prepareDay(ShotStage& stage) {
    if (stage.app().property("o2oManagerDay").toBool())
        return;
    stage.app().setProperty("o2oManagerDay", true);
    runOnDatabase<bool>(stage, [](Database& db) -> Result<bool> {
        SystemClock clock;
        StaffStore staff(db);
        O2O_TRY(staff.add(staffMember(kManager, QStringLiteral("Marta"), StaffRole::Manager), kManagerPin,
                          QStringLiteral("installer"), clock.nowMsecs()));
        O2O_TRY(staff.add(staffMember(kCashier, QStringLiteral("Ana"), StaffRole::Cashier), kCashierPin,
                          QStringLiteral("installer"), clock.nowMsecs()));
        return true;
    });
    redeemAs(stage, kCashier, QStringLiteral("demo-deal"), {}, 1);
    redeemAs(stage, kCashier, QStringLiteral("demo-pass"), {}, 2);
    redeemAs(stage, kManager, QStringLiteral("demo-gift-card"), QStringLiteral("12.50"), 1);
    redeemAs(stage, kCashier, QStringLiteral("demo-order-A1042"), {}, 1);
    stage.app().redemption()->clear();
    runOnDatabase<bool>(stage, [](Database& db) -> Result<bool> {
        SystemClock clock;
        SaleService sales(db, clock);
        SaleInput coffee;
        coffee.lines = {{QStringLiteral("COFFEE"), {}, {}, 2}, {QStringLiteral("CROISSANT"), {}, {}, 1}};
        coffee.cashier = kCashier;
        O2O_TRY(sales.sell(coffee));
        SaleInput lunch;
        lunch.lines = {{QStringLiteral("LUNCH"), {}, {}, 1}, {QStringLiteral("JUICE"), {}, {}, 1}};
        lunch.payment = QStringLiteral("card");
        lunch.cashier = kManager;
        auto sold = sales.sell(lunch);
        if (!sold)
            return Unexpected(sold.error());
        // A mistaken sale, voided by the manager: the day list shows it struck through.
        if (sold->sale) {
            auto voided = VoidService(db, clock).voidEntry(
                {sold->sale->id, QStringLiteral("Rung up twice"), kManager, kManagerPin});
            if (!voided)
                return Unexpected(voided.error());
        }
        return true;
    });
}

DayController* day(ShotStage& stage) {
    return stage.app().day();
}

void showDay(ShotStage& stage) {
    prepareDay(stage);
    stage.showScreen(QStringLiteral("day"));
    stage.settle();
}

/** The first row of the day list that is a redemption by `cashier` and not voided. */
QString entryOf(ShotStage& stage, const QString& cashier) {
    DayEntriesModel* model = day(stage)->entries();
    for (int i = 0; i < model->count(); ++i) {
        const QModelIndex index = model->index(i);
        const DayLogEntry* e = day(stage)->entry(model->data(index, DayEntriesModel::EntryIdRole).toString());
        if (e && !e->sale && !e->voided && e->cashier == cashier)
            return e->id;
    }
    return {};
}

/** Opens the void dialog on a redemption by `cashier`, with a reason, who voids and a PIN typed. */
void openVoid(ShotStage& stage, const QString& cashier, const QString& who, const QString& pin) {
    showDay(stage);
    const QString id = entryOf(stage, cashier);
    const DayLogEntry* e = day(stage)->entry(id);
    const QString summary =
        e ? QStringLiteral("%1\n\u2026%2 \u00b7 %3").arg(e->description, e->codeTail, e->cashierName)
          : QString();
    QMetaObject::invokeMethod(stage.item(QStringLiteral("dayScreen")), "openVoid", Q_ARG(QVariant, id),
                              Q_ARG(QVariant, summary));
    stage.settle();
    stage.item(QStringLiteral("voidReasonField"))
        ->setProperty("text", QCoreApplication::translate("ManagerShots", "Customer changed their mind"));
    stage.item(QStringLiteral("voidStaffBox"))
        ->setProperty("currentIndex", day(stage)->staffIds().indexOf(who));
    stage.item(QStringLiteral("voidPinPad"))->setProperty("pin", pin);
    stage.settle();
}

void press(ShotStage& stage, const QString& button) {
    QMetaObject::invokeMethod(stage.item(button), "clicked");
}

/** Once: the platform answers the deal's redemption event with a conflict (as a sync would record it). */
void recordConflict(ShotStage& stage) {
    if (stage.app().property("o2oManagerConflict").toBool())
        return;
    stage.app().setProperty("o2oManagerConflict", true);
    runOnDatabase<bool>(stage, [](Database& db) -> Result<bool> {
        SystemClock clock;
        Outbox outbox(db);
        auto events = outbox.oldest(100);
        if (!events)
            return Unexpected(events.error());
        for (const OutboxEvent& event : *events) {
            const QJsonObject payload = QJsonDocument::fromJson(event.payload).object();
            if (event.type != QLatin1String("redemption"))
                continue;
            const qint64 atMs = payload.value(QStringLiteral("at_ms")).toInteger();
            ConflictRecord conflict{event.eventId,
                                    payload.value(QStringLiteral("redemption_id")).toString(),
                                    payload.value(QStringLiteral("voucher_id")).toString(),
                                    payload.value(QStringLiteral("terminal_id")).toString(),
                                    atMs,
                                    QStringLiteral("c2-counter-2"),
                                    atMs - 4 * 60'000,
                                    QStringLiteral("5f1c0e4a-first"),
                                    clock.nowMsecs()};
            O2O_TRY(outbox.settle({SettledEvent{event, QStringLiteral("conflict"), {}, {}, conflict}},
                                  clock.nowMsecs()));
            return true;
        }
        return true;
    });
}

} // namespace

QList<Shot> managerShots() {
    return {
        {QStringLiteral("manager-day"), [](ShotStage& s) { showDay(s); }},
        {QStringLiteral("manager-day-filtered"),
         [](ShotStage& s) {
             showDay(s);
             day(s)->setCashierFilter(kCashier);
             s.item(QStringLiteral("searchField"))
                 ->setProperty("text", s.demoCode(QStringLiteral("demo-pass")).right(4));
             s.settle();
         }},
        {QStringLiteral("manager-void-dialog"),
         [](ShotStage& s) { openVoid(s, kCashier, kManager, kManagerPin); }},
        {QStringLiteral("manager-void-scan-notice"),
         [](ShotStage& s) {
             // A customer's code scanned while the dialog is open: checked, said over the dialog.
             openVoid(s, kCashier, kManager, kManagerPin);
             s.app().submitScannedCode(s.demoCode(QStringLiteral("demo-ticket")));
             s.waitUntil([&s] {
                 QQuickItem* text = s.item(QStringLiteral("scanNoticeText"));
                 return text && text->isVisible();
             });
             s.settle();
         }},
        {QStringLiteral("manager-void-refused"),
         [](ShotStage& s) {
             // A cashier may void only their own entries: Ana tries one of Marta's.
             openVoid(s, kManager, kCashier, kCashierPin);
             press(s, QStringLiteral("voidConfirmButton"));
             s.waitUntil([&s] { return s.app().voids()->result().refused; });
             s.settle();
         }},
        {QStringLiteral("manager-conflicts-empty"),
         [](ShotStage& s) {
             prepareDay(s);
             s.showScreen(QStringLiteral("conflicts"));
             s.settle();
         }},
        {QStringLiteral("manager-conflicts"),
         [](ShotStage& s) {
             prepareDay(s);
             recordConflict(s);
             s.showScreen(QStringLiteral("conflicts"));
             s.settle();
         }},
        {QStringLiteral("manager-sync"),
         [](ShotStage& s) {
             prepareDay(s);
             s.showScreen(QStringLiteral("sync"));
             s.settle();
         }},
        {QStringLiteral("manager-report-exported"),
         [](ShotStage& s) {
             prepareDay(s);
             s.showScreen(QStringLiteral("reports"));
             s.settle();
             press(s, QStringLiteral("exportPdfButton"));
             s.waitUntil([&s] { return !s.app().day()->exporting(); }, 15000);
             s.settle();
         }},
        {QStringLiteral("manager-campaigns"),
         [](ShotStage& s) {
             prepareDay(s);
             // A lunch sold with the lunch campaign's deal: the campaign's spend is the sale's total.
             const QString lunchCode = s.demoCode(QStringLiteral("demo-lunch"));
             runOnDatabase<bool>(s, [lunchCode](Database& db) -> Result<bool> {
                 SystemClock clock;
                 SaleInput lunch;
                 lunch.lines = {{QStringLiteral("LUNCH"), {}, {}, 2}};
                 lunch.voucherCodes = {lunchCode};
                 lunch.payment = QStringLiteral("card");
                 lunch.cashier = kCashier;
                 auto sold = SaleService(db, clock).sell(lunch);
                 if (!sold)
                     return Unexpected(sold.error());
                 return true;
             });
             s.showScreen(QStringLiteral("reports"));
             s.settle();
             s.waitUntil([&s] { return !s.app().campaigns()->loading(); }, 15000);
             s.settle();
             // Scrolled to the campaign report, below the day's export.
             QObject* flick = s.item(QStringLiteral("reportsFlickable"));
             QObject* heading = s.item(QStringLiteral("campaignsHeading"));
             const qreal most =
                 flick->property("contentHeight").toReal() - flick->property("height").toReal();
             flick->setProperty("contentY",
                                std::max<qreal>(0, std::min(heading->property("y").toReal() - 8, most)));
             s.settle();
         }},
        {QStringLiteral("manager-close-pending"),
         [](ShotStage& s) {
             prepareDay(s);
             s.showScreen(QStringLiteral("closeDay"));
             s.settle();
         }},
        {QStringLiteral("manager-close-done"),
         [](ShotStage& s) {
             prepareDay(s);
             s.showScreen(QStringLiteral("closeDay"));
             s.settle();
             s.item(QStringLiteral("closeStaffBox"))
                 ->setProperty("currentIndex", s.app().day()->staffIds().indexOf(kManager));
             s.item(QStringLiteral("overrideReasonField"))
                 ->setProperty("text", QCoreApplication::translate("ManagerShots",
                                                                   "Network down since noon; synced later"));
             s.item(QStringLiteral("closePinPad"))->setProperty("pin", kManagerPin);
             press(s, QStringLiteral("closeDayButton"));
             CloseDayController* close = s.app().closeDay();
             s.waitUntil(
                 [close] { return !close->busy() && (close->result().closed || close->result().refused); });
             s.settle();
         }},
    };
}

} // namespace o2o
