#include "store/database.h"

#include "store/databasefile.h"
#include "store/migrations.h"
#include "store/safetycopy.h"
#include "store/storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <unistd.h>

namespace o2o {

namespace {
Unexpected refuse(const QString& path, const QString& why) {
    const QString copy = copyAsideForSupport(path);
    QString message = QStringLiteral("refusing to use %1: %2. The file was left untouched").arg(path, why);
    if (!copy.isEmpty())
        message += QStringLiteral("; a copy for support is at %1").arg(copy);
    return fail(ErrorCode::DatabaseDamaged, message + u'.');
}

Unexpected newerSchema(const QString& path, qint64 version) {
    return fail(ErrorCode::DatabaseDamaged,
                QStringLiteral("%1: this database was written by a newer version (schema %2); this terminal "
                               "knows up to %3: install the newer version or restore a backup. The file was "
                               "left untouched.")
                    .arg(path)
                    .arg(version)
                    .arg(latestSchemaVersion()));
}
bool writable(const QString& path) {
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

Unexpected readOnlyDirectory(const QString& dataDir) {
    return fail(
        ErrorCode::Io,
        QStringLiteral("the data directory %1 is read-only, so nothing can be recorded there; give the "
                       "terminal's user write access to it (or remount its disk read-write)")
            .arg(dataDir));
}

bool dataDirWritable(const QString& dataDir, const QString& path) {
    return writable(dataDir) && (!QFile::exists(path) || writable(path));
}
} // namespace

QString Database::path() const {
    return QDir(m_dataDir).filePath(fileName());
}

Result<std::unique_ptr<Database>> Database::open(const QString& dataDir) {
    return openAtVersion(dataDir, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openForReading(const QString& dataDir) {
    const QString path = QDir(dataDir).filePath(fileName());
    if (!QFileInfo::exists(dataDir) || dataDirWritable(dataDir, path))
        return open(dataDir);
    return openReadOnly(dataDir);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& dataDir) {
    std::unique_ptr<Database> db(new Database);
    db->m_dataDir = QDir(dataDir).absolutePath();
    db->m_readOnly = true;
    const QString path = db->path();
    const DatabaseFileCheck check = inspectDatabaseFile(path);
    if (check.state == DatabaseFileCheck::State::Missing)
        return fail(ErrorCode::Io, QStringLiteral("the data directory %1 is read-only and holds no terminal "
                                                  "database")
                                       .arg(dataDir));
    if (check.state != DatabaseFileCheck::State::Terminal)
        return refuse(path, check.reason);
    if (check.schemaVersion > latestSchemaVersion())
        return newerSchema(path, check.schemaVersion);
    // Without a -wal file there is nothing beyond the main file to read, and no -shm can be made here.
    const bool walPresent = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    O2O_TRY(db->m_connection.openReadOnly(path, !walPresent));
    db->m_connection.setBusyTimeout(10'000);
    auto version = db->m_connection.scalar("PRAGMA user_version");
    if (!version)
        return Unexpected(version.error());
    if (*version != latestSchemaVersion())
        return fail(ErrorCode::Io,
                    QStringLiteral("%1 has schema %2 and this build needs %3; the upgrade needs "
                                   "a writable data directory")
                        .arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    O2O_TRY(db->loadOrCreateKey(false));
    return db;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& dataDir, int targetVersion) {
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    std::unique_ptr<Database> db(new Database);
    db->m_dataDir = QDir(dataDir).absolutePath();
    const QString path = db->path();
    if (!dataDirWritable(dataDir, path))
        return readOnlyDirectory(db->m_dataDir);

    const DatabaseFileCheck check = inspectDatabaseFile(path);
    if (check.state == DatabaseFileCheck::State::Damaged || check.state == DatabaseFileCheck::State::Foreign)
        return refuse(path, check.reason);
    // Decided from the header, before SQLite opens the file: an older binary leaves a newer database's
    // bytes (and its -wal and -shm) exactly as they are.
    if (check.schemaVersion > latestSchemaVersion())
        return newerSchema(path, check.schemaVersion);
    const bool isNew = check.state == DatabaseFileCheck::State::Missing;
    // SQLite gives the -wal and -shm files the mode of the database file: made 0600 before SQLite
    // creates anything, none of the three is ever readable by others, whatever the umask.
    if (isNew) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ErrorCode::Io, QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    }

    O2O_TRY(db->m_connection.open(path, false));
    db->m_connection.setBusyTimeout(10'000);
    // Reading the schema first proves the file is readable before any pragma may write to it.
    auto version = db->m_connection.scalar("PRAGMA user_version");
    auto tables = version ? db->m_connection.scalar("SELECT count(*) FROM sqlite_master") : version;
    if (!tables) {
        if (tables.error().code == ErrorCode::DatabaseDamaged)
            return refuse(path, QStringLiteral("SQLite reports it damaged"));
        return Unexpected(tables.error());
    }
    if (*version > latestSchemaVersion()) // a newer version still in the WAL, past the header check
        return newerSchema(path, *version);

    // WAL lets readers (the GUI, a manager's report) run beside the writer; FULL makes a commit durable.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"}) {
        O2O_TRY(db->m_connection.exec(pragma));
    }
    // An existing database of an older schema is copied before the first step touches it.
    const bool upgrade = *version > 0 && *version < targetVersion;
    if (auto r =
            upgrade ? db->upgradeWithSafetyCopy(targetVersion) : migrate(db->m_connection, targetVersion);
        !r) {
        if (r.error().code == ErrorCode::DatabaseDamaged)
            return refuse(path, r.error().message);
        return Unexpected(r.error());
    }
    // The header fields the next opener inspects before SQLite does (application_id, user_version) sit
    // in the WAL until a checkpoint; while this connection stays open, another process would read the old
    // header and refuse the file. Write them into the file now.
    if (*version < targetVersion) {
        O2O_TRY(db->m_connection.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    O2O_TRY(db->loadOrCreateKey(isNew));
    return db;
}

Result<void> Database::upgradeWithSafetyCopy(int targetVersion) {
    // One process copies and migrates at a time: a second opener (the window and the sync service start
    // together) waits, then finds the schema current and makes no copy of a database already migrated.
    const QString backups = safetycopy::directory(m_dataDir);
    if (!QDir().mkpath(backups))
        return fail(ErrorCode::Io, QStringLiteral("cannot create %1").arg(backups));
    QLockFile lock(QDir(backups).filePath(QStringLiteral(".upgrade.lock")));
    lock.setStaleLockTime(0); // only a dead owner makes the lock stale, never a long migration
    if (!lock.tryLock(300'000))
        return fail(ErrorCode::DatabaseBusy,
                    QStringLiteral("another process is upgrading %1; try again when it is done").arg(path()),
                    true);
    auto version = m_connection.scalar("PRAGMA user_version");
    if (!version)
        return Unexpected(version.error());
    if (*version <= 0 || *version >= targetVersion)
        return {};
    auto copy = safetycopy::make(m_connection, m_dataDir, int(*version), QStringLiteral("upgrade"));
    if (!copy)
        return fail(
            copy.error().code,
            QStringLiteral("no safety copy before upgrading schema %1 to %2, so nothing was changed: %3")
                .arg(*version)
                .arg(targetVersion)
                .arg(copy.error().message));
    qCInfo(lcStore, "upgrading %s from schema %lld to %d; the old database is kept at %s", qPrintable(path()),
           *version, targetVersion, qPrintable(*copy));
    return migrate(m_connection, targetVersion);
}

Result<void> Database::loadOrCreateKey(bool isNew) {
    const QString keyPath = QDir(m_dataDir).filePath(keyFileName());
    QFile keyFile(keyPath);
    QByteArray key;
    if (keyFile.open(QIODevice::ReadOnly)) {
        key = keyFile.readAll();
    } else {
        auto cached = isNew ? Result<qint64>(0) : m_connection.scalar("SELECT count(*) FROM vouchers");
        if (!cached)
            return Unexpected(cached.error());
        if (*cached > 0)
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("%1 is missing, so the %2 cached vouchers cannot be found; restore the "
                               "file or clear the cache and sync again")
                    .arg(keyPath)
                    .arg(*cached));
        key = CodeHasher::generateKey();
        // A read-only terminal with an empty cache finds nothing whatever the key: one in memory will do.
        QSaveFile out(keyPath);
        if (!m_readOnly && (key.isEmpty() || !out.open(QIODevice::WriteOnly) ||
                            !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                            out.write(key) != key.size() || !out.commit()))
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(keyPath));
    }
    auto hasher = CodeHasher::create(key);
    if (!hasher)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(keyPath, hasher.error().message));
    m_hasher.emplace(std::move(*hasher));
    return {};
}

Error Database::explain(const Error& error) const {
    if (error.code != ErrorCode::DatabaseDamaged)
        return error;
    const QString copy = copyAsideForSupport(path());
    Error explained = error;
    explained.message += QStringLiteral(". Nothing was written");
    if (!copy.isEmpty())
        explained.message += QStringLiteral("; a copy for support is at %1").arg(copy);
    return explained;
}

} // namespace o2o
