#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <utility>

// The SQLite API stays inside store/sqlite.cpp: callers see these two handles only by name.
struct sqlite3;
struct sqlite3_stmt;

namespace o2o::sql {

/** What step() returns besides an error code (SQLITE_ROW and SQLITE_DONE). */
inline constexpr int kRow = 100;
inline constexpr int kDone = 101;

/** A prepared statement, reset on every bind cycle. Move-only; finalised on destruction. */
class Statement {
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt)
        : m_stmt(stmt) {}
    Statement(Statement&& other) noexcept
        : m_stmt(std::exchange(other.m_stmt, nullptr)) {}
    Statement& operator=(Statement&& other) noexcept {
        std::swap(m_stmt, other.m_stmt);
        return *this;
    }
    ~Statement();

    bool isPrepared() const { return m_stmt != nullptr; }

    Statement& reset();
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& value);
    /** Binds UTF-8 bytes without copying: they must outlive the next step(). */
    Statement& bindUtf8(int index, const QByteArray& value);
    Statement& bindBlob(int index, const QByteArray& value);

    /** kRow, kDone or an SQLite error code. */
    int step();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
};

/** One connection to one database file. Used by one thread. */
class Connection {
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    [[nodiscard]] Result<void> open(const QString& path, bool readOnly);
    /**
     * Opens for reading only. immutable: SQLite takes the file as unchangeable and needs no -shm file,
     * the only way to read a WAL database in a directory it cannot write (when no -wal file is there).
     */
    [[nodiscard]] Result<void> openReadOnly(const QString& path, bool immutable);
    [[nodiscard]] Result<void> exec(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);
    /** Prepares sql into slot on first use, resets it on later ones: hot paths reuse one statement. */
    [[nodiscard]] Result<Statement*> reuse(Statement& slot, const char* sql);
    /** Runs sql (a query returning one integer) and returns that integer. */
    [[nodiscard]] Result<qint64> scalar(const char* sql);

    /** One read transaction around several reads: one lock cycle instead of one per statement. */
    [[nodiscard]] Result<void> beginRead();
    void endRead();

    /** Turns an SQLite result code into an Error with this connection's message. */
    Error error(int rc, const QString& context) const;
    sqlite3* handle() const { return m_db; }
    /** Rows the last INSERT, UPDATE or DELETE changed. */
    qint64 changes() const;
    bool inTransaction() const;
    void setBusyTimeout(int ms);

private:
    sqlite3* m_db = nullptr;
    Statement m_begin;
    Statement m_end;
};

/** Holds a read transaction for the scope (no-op inside another transaction). */
class ReadSnapshot {
public:
    explicit ReadSnapshot(Connection& connection)
        : m_connection(connection) {}
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot() {
        if (m_open)
            m_connection.endRead();
    }
    [[nodiscard]] Result<void> begin() {
        if (m_connection.inTransaction())
            return {};
        auto r = m_connection.beginRead();
        m_open = r.has_value();
        return r;
    }

private:
    Connection& m_connection;
    bool m_open = false;
};

bool isDamage(int rc);

/** The SQLite library in use, e.g. "3.40.1" (for --version style reports). */
QString libraryVersion();

/**
 * Holds a write transaction; rolls back unless committed. Begun inside another transaction, it joins
 * that one: the outer transaction alone commits or rolls back.
 */
class Transaction {
public:
    explicit Transaction(Connection& connection)
        : m_connection(connection) {}
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /** BEGIN IMMEDIATE: takes the write lock now, so two processes can never interleave a check and a write.
     */
    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    Connection& m_connection;
    bool m_open = false;
    bool m_joined = false;
};

} // namespace o2o::sql
