#pragma once

#include "store/sqlite.h"

#include <optional>
#include <span>

namespace o2o::sql {

/** One numbered schema step: its SQL runs in one transaction that ends with PRAGMA user_version. */
struct MigrationStep {
    int version;
    const char* sql;
};

struct MigrationPlan {
    QString databaseName;                 // for messages: "terminal.db", "platform.db"
    std::span<const MigrationStep> steps; // ascending versions; a shipped step is never edited
    int targetVersion = 0;                // stop after this version (tests stop early)
    std::optional<qint64> applicationId;  // stamped with every step when set
};

/**
 * Brings a database to plan.targetVersion, the one migration runner of the terminal and the platform.
 * Each step takes the write lock (BEGIN IMMEDIATE) and reads user_version again inside it, so two
 * processes opening one old database at once run each step exactly once between them. A database
 * already current costs one read and no lock.
 */
[[nodiscard]] Result<void> runMigrations(Connection& connection, const MigrationPlan& plan);

} // namespace o2o::sql
