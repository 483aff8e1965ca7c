#pragma once

#include "store/database.h"

namespace o2o {

/**
 * Once the terminal has staff, every redemption and sale names an active member (voids, reports and the
 * audit rely on it); a terminal without staff takes any name, as scripts and the demo do.
 */
[[nodiscard]] Result<void> requireActiveCashier(Database& db, const QString& cashier);

} // namespace o2o
