#pragma once

#include "store/sqlite.h"

#include <QString>

namespace o2o {

/**
 * Copies of the terminal database made with VACUUM INTO: consistent while other connections write, one
 * file without a WAL, and readable by nobody but the owner. The safety copy before a migration, the copy
 * of a database a restore replaces, and the `backup` command all come from here.
 */
namespace safetycopy {

/** How many copies of each reason DATA_DIR/backups keeps (the newest). */
inline constexpr int kKept = 3;

/** DATA_DIR/backups. */
QString directory(const QString& dataDir);

/**
 * Writes a consistent copy of connection's database to target (mode 0600 from its first byte). target is
 * written under a temporary name beside it and renamed into place, so a crash leaves no half copy.
 */
[[nodiscard]] Result<void> vacuumInto(sql::Connection& connection, const QString& target);

/**
 * VACUUM INTO DATA_DIR/backups/terminal-schemaN-YYYYMMDD-HHMMSS-zzz-REASON.db, then removes all but
 * the newest kKept copies made for the same reason. Returns the copy's path.
 */
[[nodiscard]] Result<QString> make(sql::Connection& connection, const QString& dataDir, int schemaVersion,
                                   const QString& reason);

/** The copies made for reason, newest first. */
QStringList list(const QString& dataDir, const QString& reason);

} // namespace safetycopy
} // namespace o2o
