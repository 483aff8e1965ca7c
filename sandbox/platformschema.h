#pragma once

#include "store/sqlite.h"

namespace o2o::sandbox {

/**
 * Brings platform.db up to the newest schema: numbered steps, each one transaction ending in
 * PRAGMA user_version. Safe when the server and an admin command open the same file at once.
 */
[[nodiscard]] Result<void> migratePlatformSchema(sql::Connection& connection);

} // namespace o2o::sandbox
