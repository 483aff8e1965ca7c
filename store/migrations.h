#pragma once

#include "store/sqlite.h"

namespace o2o {

/** The schema version this build writes. A shipped migration is never edited; add a new one. */
int latestSchemaVersion();

/** Brings the schema from its current user_version up to target, one transaction per step. */
[[nodiscard]] Result<void> migrate(sql::Connection& connection, int targetVersion);

} // namespace o2o
