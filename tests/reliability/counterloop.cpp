// o2o-counter-loop DATA_DIR SEED: works the counter until it is killed: redeems deals, passes and gift cards,
// rings up sales (some paid in part by a card or discounted by a deal) and voids earlier entries, at random
// from SEED. After each commit, and only then, it prints what it acknowledged:
//   R <redemption-id>            a redemption accepted
//   S <sale-id> <redemption-id>… a sale recorded with the redemptions it made
//   V <target-id> <void-id>      a redemption or a sale voided
//   - <reason>                   refused: nothing was claimed
// tst_crashloop runs several at once on one database and kill -9s them at random moments.
#include "store/redemptionservice.h"
#include "store/saleservice.h"
#include "store/voidservice.h"
#include "tests/reliability/counterfixture.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

namespace {

using namespace o2o;

void acknowledge(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString randomCode(QRandomGenerator& random) {
    switch (random.bounded(3)) {
    case 0:
        return test::counter::dealCode(random.bounded(test::counter::kDeals));
    case 1:
        return test::counter::passCode(random.bounded(test::counter::kPasses));
    default:
        return test::counter::cardCode(random.bounded(test::counter::kCards));
    }
}

Result<void> redeemOne(Database& db, const Clock& clock, QRandomGenerator& random) {
    RedeemInput input;
    input.code = randomCode(random);
    input.cashier = test::counter::kCashier;
    if (input.code.startsWith(u"PASS"))
        input.uses = 1 + random.bounded(3);
    if (input.code.startsWith(u"CARD"))
        input.amountText = QStringLiteral("%1.%2")
                               .arg(1 + random.bounded(20))
                               .arg(random.bounded(100), 2, 10, QLatin1Char('0'));
    auto outcome = RedemptionService(db, clock).redeem(input);
    if (!outcome)
        return Unexpected(outcome.error());
    acknowledge(outcome->verdict.accepted() ? QStringLiteral("R ") + outcome->redemptionId
                                            : QStringLiteral("- ") + reasonCode(outcome->verdict.reason));
    return {};
}

Result<void> sellOne(Database& db, const Clock& clock, QRandomGenerator& random) {
    SaleInput input;
    input.cashier = test::counter::kCashier;
    input.lines.append(SaleLineInput{QStringLiteral("LUNCH"), {}, {}, 1 + random.bounded(3)});
    if (random.bounded(2) == 0)
        input.lines.append(SaleLineInput{QStringLiteral("MUG"), {}, {}, 1});
    if (random.bounded(2) == 0)
        input.voucherCodes.append(random.bounded(2) == 0
                                      ? test::counter::cardCode(random.bounded(test::counter::kCards))
                                      : test::counter::dealCode(random.bounded(test::counter::kDeals)));
    auto outcome = SaleService(db, clock).sell(input);
    if (!outcome)
        return Unexpected(outcome.error());
    if (!outcome->sale) {
        acknowledge(QStringLiteral("- ") + reasonCode(outcome->refusal.reason));
        return {};
    }
    QStringList line{QStringLiteral("S"), outcome->sale->id};
    line += outcome->sale->redemptionIds;
    acknowledge(line.join(u' '));
    return {};
}

// A manager voids a random entry not voided yet: a redemption made on its own, or a sale.
Result<void> voidOne(Database& db, const Clock& clock, QRandomGenerator& random) {
    auto target = db.connection().prepare(
        random.bounded(2) == 0
            ? "SELECT id FROM redemptions WHERE sale_id = '' AND id NOT IN (SELECT target_id FROM voids) "
              "ORDER BY random() LIMIT 1"
            : "SELECT id FROM sales WHERE id NOT IN (SELECT target_id FROM voids) ORDER BY random() LIMIT 1");
    if (!target)
        return Unexpected(target.error());
    if (target->step() != sql::kRow) {
        acknowledge(QStringLiteral("- nothing_to_void"));
        return {};
    }
    const QString id = target->text(0);
    target->reset();
    auto manager = db.connection().prepare(
        "SELECT id FROM staff WHERE role = 'manager' AND locked_until_ms <= ?1 ORDER BY random() LIMIT 1");
    if (!manager)
        return Unexpected(manager.error());
    manager->bind(1, clock.nowMsecs());
    if (manager->step() != sql::kRow) {
        acknowledge(QStringLiteral("- every_manager_locked"));
        return {};
    }
    const QString by = manager->text(0);
    manager->reset();
    auto outcome = VoidService(db, clock).voidEntry(
        VoidRequest{id, QStringLiteral("crash test"), by, test::counter::kManagerPin});
    if (!outcome)
        return Unexpected(outcome.error());
    // already_voided: another process voided it between the pick and the void.
    acknowledge(outcome->refusal.isEmpty() ? QStringLiteral("V %1 %2").arg(id, outcome->voidId)
                                           : QStringLiteral("- ") + outcome->refusal);
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    SystemClock clock;
    QRandomGenerator random(args.at(2).toUInt());
    for (;;) {
        const int pick = random.bounded(100);
        auto done = pick < 45   ? redeemOne(**db, clock, random)
                    : pick < 85 ? sellOne(**db, clock, random)
                                : voidOne(**db, clock, random);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 2;
        }
    }
}
