#pragma once

// The fault scenario of tests/sync/faultscenario.h, in process: vouchers on a FakePlatform, redeemed
// offline in five known steps, then the terminal's ledger compared exactly with what the platform
// recorded.
#include "core/voucherrecord.h"
#include "tests/support/testsupport.h"
#include "tests/sync/fakeplatform.h"
#include "tests/sync/faketerminal.h"
#include "tests/sync/terminalevents.h"

namespace o2o::test {

inline const QString kPostEvents = QStringLiteral("POST /v1/events");
inline const QString kGetChanges = QStringLiteral("GET /v1/changes");

// As in faultscenario.h: afterwards both single-use vouchers are used, 2 of the pass's 3 uses and 4.00
// of the card's 10.00.
struct ScenarioVouchers {
    QList<VoucherRecord> singles;
    VoucherRecord pass;
    VoucherRecord card;
    QList<VoucherRecord> all() const { return singles + QList<VoucherRecord>{pass, card}; }
};
constexpr int kScenarioSteps = 5;

ScenarioVouchers scenarioVouchers();
/** The vouchers on the platform, pulled by the terminal in one completed cycle. */
void pulledScenario(FakePlatform& platform, FakeTerminal& t, ScenarioVouchers& v);
/** Redeems steps [from, to) offline. made: redemption id -> voucher id. */
void redeemSteps(FakeTerminal& t, const ScenarioVouchers& v, int from, int to, QHash<QString, QString>& made);
/** pulledScenario, then every step redeemed offline. */
void redeemedOffline(FakePlatform& platform, FakeTerminal& t, ScenarioVouchers& v,
                     QHash<QString, QString>& made);

// The platform's record equals the terminal's ledger, exactly: every redemption the terminal made is one
// event the platform accepted, every resend of it carried the same bytes, and nothing is left unanswered.
void verifyLedgersEqual(const FakePlatform& platform, FakeTerminal& t, const QHash<QString, QString>& made);
// What the platform counted from the accepted events: an event counted twice would take more from the
// pass or the card, a lost one less.
void verifyPlatformCounts(const FakePlatform& platform, const ScenarioVouchers& v);

} // namespace o2o::test
