#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace o2o::test {

/** What a terminal's database holds, to tell whether anything at all was written. */
struct DatabaseDigest {
    QMap<QString, qint64> rows; // rows per table (ledger, outbox, voucher cache, audit, ...)
    QByteArray sha256;          // over every table's name and every row's values, in a fixed order

    bool operator==(const DatabaseDigest& other) const {
        return rows == other.rows && sha256 == other.sha256;
    }
    /** "redemptions=3 outbox=2 ..." for a failure message. */
    QString describe() const;
};

/**
 * Reads every table of DIR/terminal.db (read-only, through SQLite) into a digest: equal digests mean
 * equal content, whatever the file's pages or WAL look like.
 */
DatabaseDigest databaseDigest(const QString& dataDir);

} // namespace o2o::test
