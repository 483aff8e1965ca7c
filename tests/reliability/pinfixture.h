#pragma once

// The staff of the lockout test: many members with one PIN, so that a thousand kills can lock hundreds.

#include "store/database.h"

#include <QString>

namespace o2o::test::pin {

inline const QString kRightPin = QStringLiteral("2468");
inline const QString kWrongPin = QStringLiteral("1357");

inline QString staffId(int i) {
    return QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0'));
}

/** Adds staff members 0..count-1 (one Argon2 hash, copied: they share the PIN); false with a message. */
bool addStaff(Database& db, int count, QString* message);

} // namespace o2o::test::pin
