#pragma once

// The counter the crash tests work on: vouchers of every kind that takes something (deals, passes, gift
// cards), a two-product catalog, a cashier and a manager. Shared by the loop program and the test.

#include "store/database.h"

#include <QString>

namespace o2o::test::counter {

inline constexpr int kDeals = 4000;
inline constexpr int kPasses = 20;
inline constexpr int kPassUses = 60;
inline constexpr int kCards = 20;
inline constexpr qint64 kCardBalanceMinor = 200'000;
inline const QString kCashier = QStringLiteral("ana");
// A kill during a void's PIN check counts as a wrong PIN (tst_pinlockout): five in a row lock a manager
// for 30 minutes. The loop asks one of many managers, one not locked.
inline constexpr int kManagers = 20;
inline const QString kManagerPin = QStringLiteral("9999");
inline QString managerId(int i) {
    return QStringLiteral("max%1").arg(i);
}

inline QString dealCode(int i) {
    return QStringLiteral("DEAL-%1").arg(i);
}
inline QString passCode(int i) {
    return QStringLiteral("PASS-%1").arg(i);
}
inline QString cardCode(int i) {
    return QStringLiteral("CARD-%1").arg(i);
}

/** Fills a fresh terminal database with the counter above; false (with a message) when it cannot. */
bool setUp(Database& db, QString* message);

} // namespace o2o::test::counter
