#include "sandbox/faultstore.h"

namespace o2o::sandbox {

namespace {

constexpr const char* kMatch = "SELECT id, kind, path_prefix, remaining, seconds, retry_after, pass_first "
                               "FROM faults "
                               "WHERE remaining > 0 AND substr(?1, 1, length(path_prefix)) = path_prefix "
                               "ORDER BY id LIMIT 1";

Fault readFault(const sql::Statement& s) {
    return Fault{s.int64(0),      s.text(1),       s.text(2),      int(s.int64(3)),
                 int(s.int64(4)), int(s.int64(5)), int(s.int64(6))};
}

} // namespace

Result<void> FaultStore::set(const Fault& f) {
    sql::Transaction transaction(m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_connection.exec("DELETE FROM faults"); !r)
        return r;
    auto stmt = m_connection.prepare("INSERT INTO faults(kind, path_prefix, remaining, seconds, retry_after, "
                                     "pass_first) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, f.kind)
        .bind(2, f.pathPrefix)
        .bind(3, f.remaining)
        .bind(4, f.seconds)
        .bind(5, f.retryAfter)
        .bind(6, f.passFirst);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the fault")));
    return transaction.commit();
}

Result<void> FaultStore::clear() {
    return m_connection.exec("DELETE FROM faults");
}

Result<std::vector<Fault>> FaultStore::all() {
    auto stmt = m_connection.prepare(
        "SELECT id, kind, path_prefix, remaining, seconds, retry_after, pass_first FROM faults ORDER BY id");
    if (!stmt)
        return Unexpected(stmt.error());
    std::vector<Fault> faults;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        faults.push_back(readFault(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the faults")));
    return faults;
}

Result<std::optional<Fault>> FaultStore::take(const QString& path) {
    // Almost every request finds no fault: look without the write lock first.
    {
        auto peek = m_connection.prepare(kMatch);
        if (!peek)
            return Unexpected(peek.error());
        peek->bind(1, path);
        const int rc = peek->step();
        if (rc == sql::kDone)
            return std::optional<Fault>();
        if (rc != sql::kRow)
            return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the faults")));
    }
    // Two requests at once must not both use a fault's last count.
    sql::Transaction transaction(m_connection);
    O2O_TRY(transaction.begin());
    auto stmt = m_connection.prepare(kMatch);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, path);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<Fault>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the faults")));
    const Fault fault = readFault(*stmt);
    stmt->reset(); // done reading before writing the same table
    auto update = m_connection.prepare(fault.passFirst > 0
                                           ? "UPDATE faults SET pass_first = pass_first - 1 WHERE id = ?1"
                                           : "UPDATE faults SET remaining = remaining - 1 WHERE id = ?1");
    if (!update)
        return Unexpected(update.error());
    update->bind(1, fault.id);
    if (const int urc = update->step(); urc != sql::kDone)
        return Unexpected(m_connection.error(urc, QStringLiteral("cannot use the fault")));
    O2O_TRY(transaction.commit());
    if (fault.passFirst > 0)
        return std::optional<Fault>();
    return std::optional<Fault>(fault);
}

} // namespace o2o::sandbox
