#include "store/sqlite.h"

#include <QUrl>
#include <sqlite3.h>

namespace o2o::sql {

static_assert(kRow == SQLITE_ROW && kDone == SQLITE_DONE);

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& value) {
    sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value) {
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

int Statement::step() {
    return sqlite3_step(m_stmt);
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Connection::changes() const {
    return sqlite3_changes(m_db);
}

bool Connection::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

void Connection::setBusyTimeout(int ms) {
    sqlite3_busy_timeout(m_db, ms);
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Connection::~Connection() {
    sqlite3_close_v2(m_db);
}

QString libraryVersion() {
    return QString::fromLatin1(sqlite3_libversion());
}

bool isDamage(int rc) {
    const int primary = rc & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT;
}

Error Connection::error(int rc, const QString& context) const {
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int primary = rc & 0xFF;
    if (isDamage(rc))
        return Error{ErrorCode::DatabaseDamaged,
                     context + QStringLiteral(": the database is damaged (") + detail + u')'};
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error{ErrorCode::DatabaseBusy,
                     context + QStringLiteral(": the database is busy (") + detail + u')', true};
    // A full or failing disk is the disk's fault, not the data's: say so in words a cashier can act on
    // (SQLite's own "disk I/O error" names neither the cause nor that nothing was kept). Still
    // ErrorCode::Database: ErrorCode::Io reads as "platform unreachable" to the enrollment wizard.
    if (primary == SQLITE_FULL)
        return Error{ErrorCode::Database,
                     context + QStringLiteral(": the disk is full, so the database could not be written and "
                                              "this was not recorded; free some space and try again"),
                     true};
    if (primary == SQLITE_IOERR) {
        const bool reading = rc == SQLITE_IOERR_READ || rc == SQLITE_IOERR_SHORT_READ;
        return Error{ErrorCode::Database,
                     context + (reading ? QStringLiteral(": the disk could not be read (%1), so this was not "
                                                         "recorded; check the disk and try again")
                                        : QStringLiteral(": the disk could not be written (%1), so this was "
                                                         "not recorded; check the disk and try again"))
                                   .arg(detail),
                     true};
    }
    return Error{ErrorCode::Database, context + QStringLiteral(": ") + detail};
}

Result<void> Connection::open(const QString& path, bool readOnly) {
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return Unexpected(error(rc, QStringLiteral("cannot open %1").arg(path)));
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

Result<void> Connection::openReadOnly(const QString& path, bool immutable) {
    const QUrl url = QUrl::fromLocalFile(path);
    QString uri = url.toString(QUrl::FullyEncoded);
    if (immutable)
        uri += QStringLiteral("?immutable=1");
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return Unexpected(error(rc, QStringLiteral("cannot open %1").arg(path)));
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

Result<void> Connection::exec(const char* sql) {
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Unexpected(error(rc, QStringLiteral("database statement failed")));
    return {};
}

Result<Statement> Connection::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return Unexpected(error(rc, QStringLiteral("cannot prepare a database statement")));
    return Statement(stmt);
}

Result<Statement*> Connection::reuse(Statement& slot, const char* sql) {
    if (!slot.isPrepared()) {
        auto stmt = prepare(sql);
        if (!stmt)
            return Unexpected(stmt.error());
        slot = std::move(*stmt);
    }
    return &slot.reset();
}

Result<void> Connection::beginRead() {
    auto begin = reuse(m_begin, "BEGIN");
    if (!begin)
        return Unexpected(begin.error());
    if (const int rc = (*begin)->step(); rc != SQLITE_DONE)
        return Unexpected(error(rc, QStringLiteral("cannot begin reading")));
    return {};
}

void Connection::endRead() {
    if (auto end = reuse(m_end, "COMMIT"))
        (*end)->step();
}

Result<qint64> Connection::scalar(const char* sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return Unexpected(stmt.error());
    const int rc = stmt->step();
    if (rc == SQLITE_ROW)
        return stmt->int64(0);
    if (rc == SQLITE_DONE)
        return 0;
    return Unexpected(error(rc, QStringLiteral("database query failed")));
}

Transaction::~Transaction() {
    if (m_open)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Result<void> Transaction::begin() {
    m_joined = sqlite3_get_autocommit(m_connection.handle()) == 0;
    if (m_joined)
        return {};
    const int rc = sqlite3_exec(m_connection.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    m_open = rc == SQLITE_OK;
    if (!m_open)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot start writing to the database")));
    return {};
}

namespace {
/**
 * After a COMMIT that failed on a full or failing disk. The WAL may hold the transaction whole, commit
 * mark included, with only the sync failed: invisible to this connection, but a crash before the next
 * write would bring it back on recovery, after the caller was told it was not recorded. One more write
 * transaction (the header page, unchanged) is written over that tail and makes it dead for good.
 * Returns whether it did.
 */
bool overwriteFailedCommit(sqlite3* db) {
    if (sqlite3_get_autocommit(db) == 0)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    const bool read = sqlite3_step(stmt) == SQLITE_ROW;
    const qint64 version = read ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (!read)
        return false;
    const QByteArray rewrite =
        "BEGIN IMMEDIATE; PRAGMA user_version = " + QByteArray::number(version) + "; COMMIT";
    if (sqlite3_exec(db, rewrite.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (sqlite3_get_autocommit(db) == 0)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}
} // namespace

Result<void> Transaction::commit() {
    if (m_joined)
        return {};
    // The context names the step: most write faults surface here, when the WAL frames are written.
    sqlite3* db = m_connection.handle();
    const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        m_open = false;
        return {};
    }
    Error error = m_connection.error(rc, QStringLiteral("cannot save the changes"));
    // A failed write stops SQLite before the commit mark is written; a failed sync comes after it.
    const int primary = rc & 0xFF;
    if (primary == SQLITE_IOERR && rc != SQLITE_IOERR_WRITE) {
        m_open = false;
        if (!overwriteFailedCommit(db))
            error.message = QStringLiteral("cannot save the changes: the disk could not be written (%1), and "
                                           "whether this was recorded is not known until the terminal "
                                           "restarts; check the ledger before trying again")
                                .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return Unexpected(error);
}

} // namespace o2o::sql
