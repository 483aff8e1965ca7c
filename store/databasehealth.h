#pragma once

#include "store/database.h"

#include <QStringList>

namespace o2o {

/**
 * What `PRAGMA quick_check` finds in the terminal's database: empty when it is sound, else SQLite's
 * findings (at most ten lines). An error when the check itself cannot run (the file is unreadable).
 */
[[nodiscard]] Result<QStringList> quickCheck(Database& db);

/** The SQLite library this process runs with ("3.40.1"). */
QString sqliteVersion();

} // namespace o2o
