#include "tests/support/databasedigest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace o2o::test {

QString DatabaseDigest::describe() const {
    QStringList parts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    return parts.join(u' ') + QStringLiteral(" sha256=") + QString::fromLatin1(sha256.toHex().left(16));
}

namespace {

/** Every row of one table as bytes, sorted: the digest does not depend on the order SQLite returns. */
QList<QByteArray> tableRows(sqlite3* db, const QString& table) {
    QList<QByteArray> rows;
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8().replace('"', "\"\"") + '"';
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {QByteArray("cannot read ") + sql};
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QByteArray row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const int type = sqlite3_column_type(stmt, c);
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
            const int size = sqlite3_column_bytes(stmt, c);
            row += QByteArray::number(type) + ':' + QByteArray::number(size) + ':';
            if (type != SQLITE_NULL && bytes)
                row += QByteArray(bytes, size);
            row += '|';
        }
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

DatabaseDigest databaseDigest(const QString& dataDir) {
    DatabaseDigest digest;
    sqlite3* db = nullptr;
    const QByteArray path = QDir(dataDir).filePath(QStringLiteral("terminal.db")).toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        digest.sha256 = "cannot open " + path;
        return digest;
    }
    QStringList tables;
    sqlite3_stmt* list = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &list,
                           nullptr) == SQLITE_OK)
        while (sqlite3_step(list) == SQLITE_ROW)
            tables.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list, 0))));
    sqlite3_finalize(list);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : std::as_const(tables)) {
        const QList<QByteArray> rows = tableRows(db, table);
        digest.rows.insert(table, rows.size());
        hash.addData(table.toUtf8() + '\n');
        for (const QByteArray& row : rows)
            hash.addData(row + '\n');
    }
    sqlite3_close(db);
    digest.sha256 = hash.result();
    return digest;
}

} // namespace o2o::test
