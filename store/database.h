#pragma once

#include "core/codehash.h"
#include "store/sqlite.h"

#include <QString>
#include <memory>

namespace o2o {

/**
 * The terminal's database (DATA_DIR/terminal.db) on one connection, with the key for code hashes.
 * Opening checks the file before SQLite may write to it: a damaged or foreign file is refused,
 * copied aside for support and left exactly as it was.
 */
class Database {
public:
    static QString fileName() { return QStringLiteral("terminal.db"); }
    static QString keyFileName() { return QStringLiteral("code-hash.key"); }

    /**
     * Opens (creating when missing) and migrates to the latest schema. A data directory this process
     * cannot write is refused with a message that says so: nothing could be recorded in it.
     */
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& dataDir);
    /**
     * For commands that only read (check, status, ledger): as open() where the directory can be written,
     * otherwise opened read-only, so a manager can still look at a terminal whose disk went read-only.
     */
    [[nodiscard]] static Result<std::unique_ptr<Database>> openForReading(const QString& dataDir);
    /** As open(), stopping the migrations at targetVersion: for migration tests. */
    [[nodiscard]] static Result<std::unique_ptr<Database>> openAtVersion(const QString& dataDir,
                                                                         int targetVersion);

    sql::Connection& connection() { return m_connection; }
    const CodeHasher& hasher() const { return *m_hasher; }
    const QString& dataDir() const { return m_dataDir; }
    QString path() const;
    /** Opened by openForReading() on a directory that cannot be written: every write fails. */
    bool readOnly() const { return m_readOnly; }

    /** Turns a failed call into the message the caller shows, copying a damaged file aside first. */
    Error explain(const Error& error) const;

private:
    Database() = default;
    [[nodiscard]] static Result<std::unique_ptr<Database>> openReadOnly(const QString& dataDir);
    [[nodiscard]] Result<void> loadOrCreateKey(bool isNew);
    /** An older schema: the safety copy under DATA_DIR/backups, then the migration (under a lock file). */
    [[nodiscard]] Result<void> upgradeWithSafetyCopy(int targetVersion);

    QString m_dataDir;
    bool m_readOnly = false;
    sql::Connection m_connection;
    std::optional<CodeHasher> m_hasher;
};

} // namespace o2o
