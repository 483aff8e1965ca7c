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

    /** Opens (creating when missing) and migrates to the latest schema. */
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& dataDir);
    /** As open(), stopping the migrations at targetVersion: for migration tests. */
    [[nodiscard]] static Result<std::unique_ptr<Database>> openAtVersion(const QString& dataDir,
                                                                         int targetVersion);

    sql::Connection& connection() { return m_connection; }
    const CodeHasher& hasher() const { return *m_hasher; }
    const QString& dataDir() const { return m_dataDir; }
    QString path() const;

    /** Turns a failed call into the message the caller shows, copying a damaged file aside first. */
    Error explain(const Error& error) const;

private:
    Database() = default;
    [[nodiscard]] Result<void> loadOrCreateKey(bool isNew);

    QString m_dataDir;
    sql::Connection m_connection;
    std::optional<CodeHasher> m_hasher;
};

} // namespace o2o
