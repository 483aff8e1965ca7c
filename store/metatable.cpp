#include "store/metatable.h"

namespace o2o::meta {

namespace {
constexpr const char* kSelect = "SELECT key, value FROM meta";
constexpr const char* kUpsert =
    "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
} // namespace

Result<QHash<QString, QString>> read(Database& db, const QString& what, const QString& prefix) {
    auto stmt = db.connection().prepare(kSelect);
    if (!stmt)
        return Unexpected(stmt.error());
    QHash<QString, QString> values;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        const QString key = stmt->text(0);
        if (key.startsWith(prefix)) // the table holds a few dozen rows: filtering here is simpler than LIKE
            values.insert(key, stmt->text(1));
    }
    if (rc != sql::kDone)
        return Unexpected(db.connection().error(rc, QStringLiteral("cannot read the %1").arg(what)));
    return values;
}

Result<void> write(Database& db, const QString& what,
                   std::initializer_list<std::pair<const char*, QString>> values) {
    auto stmt = db.connection().prepare(kUpsert);
    if (!stmt)
        return Unexpected(stmt.error());
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    for (const auto& [key, value] : values) {
        stmt->reset().bind(1, QString::fromLatin1(key)).bind(2, value);
        if (const int rc = stmt->step(); rc != sql::kDone)
            return Unexpected(db.connection().error(rc, QStringLiteral("cannot save the %1").arg(what)));
    }
    return transaction.commit();
}

} // namespace o2o::meta
