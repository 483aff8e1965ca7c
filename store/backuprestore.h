#pragma once

#include "store/database.h"

#include <QStringList>

namespace o2o {

/** What `backup` wrote. */
struct BackupSummary {
    QString path;
    int schemaVersion = 0;
    qint64 bytes = 0;
    qint64 pendingEvents = 0; // events in the copy's outbox (not yet uploaded when it was made)
};

/** What a file offered for restore holds, once it passed every check. */
struct BackupFileInfo {
    int schemaVersion = 0;
    qint64 pendingEvents = 0;
};

/** What `restore` did. */
struct RestoreOutcome {
    int schemaVersion = 0;        // of the restored file (migrated to the latest on open)
    QString replacedCopy;         // where the database it replaced was kept; empty: there was none
    qint64 discardedPending = -1; // events that waited in the replaced database (-1: could not be counted)
};

/** What support needs to know about a database, counted, never its content. */
struct DatabaseHealth {
    int schemaVersion = 0;
    QStringList integrity; // integrity_check: "ok" alone when healthy
    qint64 vouchers = 0;
    qint64 redemptions = 0;
    qint64 pendingEvents = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 freePages = 0;
};
[[nodiscard]] Result<DatabaseHealth> databaseHealth(Database& db);

/**
 * `PRAGMA integrity_check` (or quick_check): "ok" alone when the file is healthy, otherwise SQLite's list
 * of problems (at most maxLines).
 */
[[nodiscard]] Result<QStringList> integrityCheck(sql::Connection& connection, bool quick = false,
                                                 int maxLines = 100);

/** A consistent copy of the open database, taken while others may write (VACUUM INTO), mode 0600. */
[[nodiscard]] Result<BackupSummary> backupDatabase(Database& db, const QString& out);

/**
 * Checks a file offered for restore, reading it only: an SQLite file with our application id, a schema
 * from 1 to the latest this build knows, and integrity_check "ok". A refusal is ErrorCode::InvalidInput;
 * a file that cannot be read is ErrorCode::Io.
 */
[[nodiscard]] Result<BackupFileInfo> inspectBackup(const QString& path);

/**
 * Replaces DATA_DIR/terminal.db with a copy of file. Refused (InvalidInput) while events wait to upload
 * in the current database, or when that database cannot be read to count them, unless force; refused
 * (DatabaseBusy) while another process has the database open. The replaced database is kept under
 * DATA_DIR/backups (reason "restore"); the new file takes its place with one rename, after the old WAL
 * and shared-memory files are gone, so no old WAL can ever be replayed into it.
 */
[[nodiscard]] Result<RestoreOutcome> restoreDatabase(const QString& dataDir, const QString& file, bool force);

} // namespace o2o
