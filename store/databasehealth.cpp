#include "store/databasehealth.h"

#include <sqlite3.h>

namespace o2o {

Result<QStringList> quickCheck(Database& db) {
    auto stmt = db.connection().prepare("PRAGMA quick_check(10)");
    if (!stmt)
        return Unexpected(stmt.error());
    QStringList findings;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        const QString line = stmt->text(0);
        if (line != QStringLiteral("ok"))
            findings.append(line);
    }
    if (rc != sql::kDone)
        return Unexpected(db.connection().error(rc, QStringLiteral("the integrity check could not run")));
    return findings;
}

QString sqliteVersion() {
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace o2o
