#include "store/backuprestore.h"

#include "store/databasefile.h"
#include "store/migrations.h"
#include "store/safetycopy.h"
#include "store/storelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace o2o {

namespace {
Unexpected refused(const QString& message) {
    return fail(ErrorCode::InvalidInput, message);
}

QString walOf(const QString& path) {
    return path + QStringLiteral("-wal");
}
QString shmOf(const QString& path) {
    return path + QStringLiteral("-shm");
}

// Opens a database for reading without writing beside it when it has no WAL to read.
Result<void> openForInspection(sql::Connection& connection, const QString& path) {
    const bool walPresent = QFileInfo(walOf(path)).size() > 0;
    O2O_TRY(connection.openReadOnly(path, !walPresent));
    connection.setBusyTimeout(10'000);
    return {};
}

Result<qint64> outboxCount(sql::Connection& connection) {
    auto tables =
        connection.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'outbox'");
    if (!tables)
        return Unexpected(tables.error());
    if (*tables == 0)
        return qint64(0);
    return connection.scalar("SELECT count(*) FROM outbox");
}

void syncDirectory(const QString& dir) {
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A database that SQLite cannot open for us (damaged, foreign, newer) kept by copying its bytes.
Result<QString> copyFilesAside(const QString& dataDir, const QString& path, int schemaVersion) {
    const QString dir = safetycopy::directory(dataDir);
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString copy =
        QDir(dir).filePath(QStringLiteral("terminal-schema%1-%2-restore.db").arg(schemaVersion).arg(stamp));
    if (!QFile::copy(path, copy))
        return fail(ErrorCode::Io, QStringLiteral("cannot copy %1 to %2").arg(path, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFileInfo(walOf(path)).size() > 0 && QFile::copy(walOf(path), walOf(copy)))
        QFile::setPermissions(walOf(copy), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

// Nobody else may have the database open while it is swapped: with EXCLUSIVE locking mode a write
// transaction needs the exclusive lock on the file, which every other open connection (they hold a
// shared lock in WAL mode) prevents.
Result<void> checkNobodyElseHasItOpen(const QString& path) {
    sql::Connection connection;
    O2O_TRY(connection.open(path, false));
    connection.setBusyTimeout(2'000);
    auto r = connection.exec("PRAGMA locking_mode = EXCLUSIVE");
    if (r)
        r = connection.exec("BEGIN EXCLUSIVE");
    if (r)
        r = connection.exec("COMMIT");
    if (!r && r.error().code == ErrorCode::DatabaseBusy)
        return fail(ErrorCode::DatabaseBusy,
                    QStringLiteral("another process has %1 open (the terminal window or the sync service): "
                                   "stop it, then restore again; nothing was changed")
                        .arg(path));
    // A damaged or foreign file may refuse the lock for what it holds: being replaced is what it needs.
    return {};
}
} // namespace

Result<QStringList> integrityCheck(sql::Connection& connection, bool quick, int maxLines) {
    // A pragma takes no bound parameter; maxLines is a number of ours, never input.
    const QByteArray sql = QByteArray(quick ? "PRAGMA quick_check(" : "PRAGMA integrity_check(") +
                           QByteArray::number(qMax(1, maxLines)) + ')';
    auto statement = connection.prepare(sql.constData());
    if (!statement)
        return Unexpected(statement.error());
    QStringList lines;
    int rc = 0;
    while ((rc = statement->step()) == sql::kRow)
        lines.append(statement->text(0));
    if (rc != sql::kDone)
        return Unexpected(connection.error(rc, QStringLiteral("integrity check")));
    return lines;
}

Result<DatabaseHealth> databaseHealth(Database& db) {
    sql::Connection& c = db.connection();
    DatabaseHealth health;
    auto integrity = integrityCheck(c, false, 20);
    if (!integrity)
        health.integrity = QStringList{integrity.error().message};
    else
        health.integrity = *integrity;
    const std::pair<const char*, qint64*> counts[] = {
        {"PRAGMA user_version", nullptr},
        {"SELECT count(*) FROM vouchers", &health.vouchers},
        {"SELECT count(*) FROM redemptions", &health.redemptions},
        {"PRAGMA page_size", &health.pageSize},
        {"PRAGMA page_count", &health.pageCount},
        {"PRAGMA freelist_count", &health.freePages}};
    for (const auto& [sql, into] : counts) {
        auto value = c.scalar(sql);
        if (!value)
            return Unexpected(value.error());
        if (into)
            *into = *value;
        else
            health.schemaVersion = int(*value);
    }
    auto pending = outboxCount(c);
    if (!pending)
        return Unexpected(pending.error());
    health.pendingEvents = *pending;
    return health;
}

Result<BackupSummary> backupDatabase(Database& db, const QString& out) {
    const QString target = QFileInfo(out).absoluteFilePath();
    if (target == QFileInfo(db.path()).absoluteFilePath())
        return fail(ErrorCode::Usage, QStringLiteral("--out must not be the database itself"));
    O2O_TRY(safetycopy::vacuumInto(db.connection(), target));
    // Read back what was written: a backup that cannot be restored is worse than none.
    auto info = inspectBackup(target);
    if (!info) {
        QFile::remove(target);
        return fail(ErrorCode::Io, QStringLiteral("the copy at %1 failed its check and was removed: %2")
                                       .arg(target, info.error().message));
    }
    return BackupSummary{target, info->schemaVersion, QFileInfo(target).size(), info->pendingEvents};
}

Result<BackupFileInfo> inspectBackup(const QString& path) {
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists() || !fileInfo.isFile())
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1: no such file").arg(path));
    if (!fileInfo.isReadable())
        return fail(ErrorCode::Io, QStringLiteral("cannot read %1: permission denied").arg(path));
    const DatabaseFileCheck check = inspectDatabaseFile(path);
    switch (check.state) {
    case DatabaseFileCheck::State::Missing:
        return refused(QStringLiteral("%1 is empty, not a terminal database").arg(path));
    case DatabaseFileCheck::State::Damaged:
    case DatabaseFileCheck::State::Foreign:
        return refused(QStringLiteral("%1 is not a usable terminal database: %2").arg(path, check.reason));
    case DatabaseFileCheck::State::Terminal:
        break;
    }
    sql::Connection connection;
    if (auto r = openForInspection(connection, path); !r)
        return refused(QStringLiteral("%1 cannot be opened: %2").arg(path, r.error().message));
    auto version = connection.scalar("PRAGMA user_version");
    if (!version)
        return refused(QStringLiteral("%1 cannot be read: %2").arg(path, version.error().message));
    if (*version < 1)
        return refused(QStringLiteral("%1 holds no terminal schema").arg(path));
    if (*version > latestSchemaVersion())
        return refused(QStringLiteral("%1 was written by a newer version (schema %2); this terminal knows up "
                                      "to %3: install the newer version first")
                           .arg(path)
                           .arg(*version)
                           .arg(latestSchemaVersion()));
    auto integrity = integrityCheck(connection, false, 10);
    if (!integrity)
        return refused(
            QStringLiteral("%1 fails its integrity check: %2").arg(path, integrity.error().message));
    if (*integrity != QStringList{QStringLiteral("ok")})
        return refused(QStringLiteral("%1 fails its integrity check: %2")
                           .arg(path, integrity->join(QStringLiteral("; "))));
    auto pending = outboxCount(connection);
    if (!pending)
        return refused(QStringLiteral("%1 cannot be read: %2").arg(path, pending.error().message));
    return BackupFileInfo{int(*version), *pending};
}

Result<RestoreOutcome> restoreDatabase(const QString& dataDir, const QString& file, bool force) {
    auto info = inspectBackup(file);
    if (!info)
        return Unexpected(info.error());
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    const QString dir = QDir(dataDir).absolutePath();
    const QString path = QDir(dir).filePath(Database::fileName());
    if (QFileInfo(file).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(ErrorCode::Usage, QStringLiteral("%1 is the database in use; name a backup").arg(file));

    RestoreOutcome outcome;
    outcome.schemaVersion = info->schemaVersion;
    const DatabaseFileCheck current = inspectDatabaseFile(path);
    if (current.state == DatabaseFileCheck::State::Terminal &&
        current.schemaVersion <= latestSchemaVersion()) {
        sql::Connection connection;
        O2O_TRY(connection.open(path, false));
        connection.setBusyTimeout(10'000);
        auto pending = outboxCount(connection);
        if (!pending && !force)
            return refused(
                QStringLiteral("the current database cannot be read (%1), so the events waiting in "
                               "it cannot be counted; add --force to replace it (a copy is kept)")
                    .arg(pending.error().message));
        outcome.discardedPending = pending ? *pending : -1;
        if (pending && *pending > 0 && !force)
            return refused(
                QStringLiteral("%1 events wait to upload in %2: sync first (o2o-terminal sync --once), "
                               "or add --force to replace them (the current database is kept under "
                               "%3)")
                    .arg(*pending)
                    .arg(path, safetycopy::directory(dir)));
        auto version = connection.scalar("PRAGMA user_version");
        auto copy = version ? safetycopy::make(connection, dir, int(*version), QStringLiteral("restore"))
                            : Result<QString>(Unexpected(version.error()));
        if (!copy && !force)
            return Unexpected(copy.error());
        if (!copy) // a database too damaged to copy through SQLite still has its bytes kept
            copy = copyFilesAside(dir, path, current.schemaVersion);
        if (!copy)
            return Unexpected(copy.error());
        outcome.replacedCopy = *copy;
    } else if (current.state != DatabaseFileCheck::State::Missing) {
        const QString why =
            current.state == DatabaseFileCheck::State::Terminal
                ? QStringLiteral("it was written by a newer version, schema %1").arg(current.schemaVersion)
                : current.reason;
        if (!force)
            return refused(
                QStringLiteral("the current database cannot be read (%1), so the events waiting in "
                               "it cannot be counted; add --force to replace it (a copy is kept)")
                    .arg(why));
        auto copy = copyFilesAside(dir, path, current.schemaVersion);
        if (!copy)
            return Unexpected(copy.error());
        outcome.replacedCopy = *copy;
    }

    // The new file is complete and on disk under a temporary name before anything is swapped.
    const QString staged = QDir(dir).filePath(QStringLiteral(".terminal.db.restoring"));
    {
        sql::Connection source;
        if (auto r = openForInspection(source, file); !r)
            return Unexpected(r.error());
        O2O_TRY(safetycopy::vacuumInto(source, staged));
    }
    if (current.state != DatabaseFileCheck::State::Missing) {
        if (auto r = checkNobodyElseHasItOpen(path); !r) {
            QFile::remove(staged);
            return Unexpected(r.error());
        }
    }
    // The replaced database's WAL and shared memory must not outlive it: SQLite would read them as the
    // new file's. Its last connection has closed (and checkpointed), so these are leftovers at most.
    QFile::remove(walOf(path));
    QFile::remove(shmOf(path));
    if (::rename(QFile::encodeName(staged).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(staged);
        return fail(ErrorCode::Io, QStringLiteral("cannot move the restored database into %1").arg(path));
    }
    syncDirectory(dir);
    qCInfo(lcStore, "restored %s (schema %d) into %s; the replaced database is at %s", qPrintable(file),
           info->schemaVersion, qPrintable(path),
           qPrintable(outcome.replacedCopy.isEmpty() ? QStringLiteral("(none)") : outcome.replacedCopy));
    return outcome;
}

} // namespace o2o
