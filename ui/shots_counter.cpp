#include "ui/appservices.h"
#include "ui/screenshotplan.h"

namespace o2o {

namespace {
/** Checks a demo code at the counter and waits for the verdict. */
void checkAtCounter(ShotStage& stage, const QString& voucherId) {
    RedemptionController* counter = stage.app().redemption();
    counter->check(stage.demoCode(voucherId));
    stage.waitUntil([counter] { return !counter->busy() && counter->verdict().shown(); });
}
} // namespace

QList<Shot> counterShots() {
    return {
        {QStringLiteral("counter-idle"), [](ShotStage&) {}},
        {QStringLiteral("counter-accepted"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-deal")); }},
        {QStringLiteral("counter-refused-expired"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-expired")); }},
        {QStringLiteral("counter-refused-wrong-store"),
         [](ShotStage& s) { checkAtCounter(s, QStringLiteral("demo-other-store")); }},
    };
}

} // namespace o2o
