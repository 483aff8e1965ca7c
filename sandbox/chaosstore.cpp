#include "sandbox/chaosstore.h"

namespace o2o::sandbox {

Result<void> ChaosStore::set(const ChaosSettings& s) {
    sql::Transaction transaction(m_connection);
    O2O_TRY(transaction.begin());
    O2O_TRY(m_connection.exec("DELETE FROM chaos; DELETE FROM chaos_injected"));
    auto stmt =
        m_connection.prepare("INSERT INTO chaos(id, rate_ppm, seed, stall_ms, path_prefix, stall_weight_pct) "
                             "VALUES(1, ?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, s.ratePpm)
        .bind(2, s.seed)
        .bind(3, qint64(s.stallMs))
        .bind(4, s.pathPrefix)
        .bind(5, qint64(s.stallWeightPct));
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the chaos settings")));
    return transaction.commit();
}

Result<void> ChaosStore::clear() {
    return m_connection.exec("DELETE FROM chaos");
}

Result<std::optional<ChaosSettings>> ChaosStore::settings() {
    auto stmt = m_connection.prepare(
        "SELECT rate_ppm, seed, stall_ms, path_prefix, stall_weight_pct FROM chaos WHERE id = 1");
    if (!stmt)
        return Unexpected(stmt.error());
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<ChaosSettings>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the chaos settings")));
    return std::optional<ChaosSettings>(ChaosSettings{stmt->int64(0), stmt->int64(1), int(stmt->int64(2)),
                                                      int(stmt->int64(4)), stmt->text(3)});
}

Result<void> ChaosStore::countInjected(const QString& kind) {
    auto stmt = m_connection.prepare("INSERT INTO chaos_injected(kind, count) VALUES(?1, 1) "
                                     "ON CONFLICT(kind) DO UPDATE SET count = count + 1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, kind);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot count the fault")));
    return {};
}

Result<QMap<QString, qint64>> ChaosStore::injected() {
    auto stmt = m_connection.prepare("SELECT kind, count FROM chaos_injected ORDER BY kind");
    if (!stmt)
        return Unexpected(stmt.error());
    QMap<QString, qint64> counts;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        counts.insert(stmt->text(0), stmt->int64(1));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the fault counts")));
    return counts;
}

} // namespace o2o::sandbox
