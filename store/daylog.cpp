#include "store/daylog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace o2o {

namespace {

// One filter for the list and its totals: ?1..?2 the span, ?3 cashier, ?4 kind, ?5 code tail ('' = any).
#define O2O_DAYLOG_MATCHES                                                                                   \
    "WITH matches AS ("                                                                                      \
    " SELECT 0 AS sale, r.id AS id, r.at_ms AS at_ms, r.kind AS kind, r.description AS description,"         \
    " r.code_tail AS code_tail, r.uses AS uses, r.amount AS amount, r.currency AS currency,"                 \
    " r.cashier AS cashier, r.online AS online, v.id IS NOT NULL AS voided,"                                 \
    " coalesce(v.reason, '') AS void_reason, r.sale_id AS sale_id"                                           \
    " FROM redemptions r LEFT JOIN voids v ON v.target_id = r.id"                                            \
    " WHERE r.at_ms >= ?1 AND r.at_ms < ?2 AND (?3 = '' OR r.cashier = ?3)"                                  \
    " AND (?4 = '' OR ?4 = 'redemption' OR r.kind = ?4)"                                                     \
    " AND (?5 = '' OR instr(upper(r.code_tail), upper(?5)) > 0)"                                             \
    " UNION ALL"                                                                                             \
    " SELECT 1, s.id, s.at_ms, 'sale', s.lines, '', 0, s.total, s.currency, s.cashier, 0,"                   \
    " v.id IS NOT NULL, coalesce(v.reason, ''), ''"                                                          \
    " FROM sales s LEFT JOIN voids v ON v.target_id = s.id"                                                  \
    " WHERE s.at_ms >= ?1 AND s.at_ms < ?2 AND (?3 = '' OR s.cashier = ?3) AND (?4 = '' OR ?4 = 'sale')"     \
    " AND (?5 = '' OR EXISTS (SELECT 1 FROM redemptions r2 WHERE r2.sale_id = s.id"                          \
    " AND instr(upper(r2.code_tail), upper(?5)) > 0)))"

constexpr const char* kEntries = O2O_DAYLOG_MATCHES
    " SELECT m.sale, m.id, m.at_ms, m.kind, m.description, m.code_tail, m.uses, m.amount, m.currency,"
    " m.cashier, coalesce(st.name, ''), m.online, m.voided, m.void_reason, m.sale_id"
    " FROM matches m LEFT JOIN staff st ON st.id = m.cashier ORDER BY m.at_ms DESC, m.id DESC LIMIT ?6";

constexpr const char* kTotals =
    O2O_DAYLOG_MATCHES " SELECT coalesce(sum(sale = 0 AND voided = 0), 0),"
                       " coalesce(sum(CASE WHEN sale = 0 AND voided = 0 THEN amount END), 0),"
                       " coalesce(sum(CASE WHEN sale = 0 AND voided = 0 THEN uses END), 0),"
                       " coalesce(sum(sale = 1 AND voided = 0), 0),"
                       " coalesce(sum(CASE WHEN sale = 1 AND voided = 0 THEN amount END), 0),"
                       " coalesce(sum(voided), 0) FROM matches";

#undef O2O_DAYLOG_MATCHES

constexpr const char* kCashiers = "SELECT c.cashier, coalesce(st.name, '') FROM ("
                                  " SELECT cashier FROM redemptions WHERE at_ms >= ?1 AND at_ms < ?2"
                                  " UNION SELECT cashier FROM sales WHERE at_ms >= ?1 AND at_ms < ?2) c"
                                  " LEFT JOIN staff st ON st.id = c.cashier ORDER BY c.cashier";

// A sale's lines as people read them: "Coffee x2, Bagel".
QString saleDescription(const QString& linesJson) {
    QStringList parts;
    const QJsonArray lines = QJsonDocument::fromJson(linesJson.toUtf8()).array();
    for (const auto& value : lines) {
        const QJsonObject line = value.toObject();
        const QString name = line.value(QStringLiteral("name")).toString();
        const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger(1);
        parts.append(quantity > 1 ? QStringLiteral("%1 x%2").arg(name).arg(quantity) : name);
    }
    return parts.join(QStringLiteral(", "));
}

void bindQuery(sql::Statement& stmt, const DayLogQuery& q) {
    stmt.bind(1, q.fromMs).bind(2, q.toMs).bind(3, q.cashier).bind(4, q.kind).bind(5, q.codeTail.trimmed());
}

} // namespace

Result<QList<DayLogEntry>> DayLog::entries(const DayLogQuery& query) {
    auto stmt = m_db.connection().prepare(kEntries);
    if (!stmt)
        return Unexpected(stmt.error());
    bindQuery(*stmt, query);
    stmt->bind(6, qint64(std::max(0, query.limit)));
    QList<DayLogEntry> rows;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        DayLogEntry e;
        e.sale = stmt->int64(0) != 0;
        e.id = stmt->text(1);
        e.atMs = stmt->int64(2);
        e.kind = stmt->text(3);
        e.description = e.sale ? saleDescription(stmt->text(4)) : stmt->text(4);
        e.codeTail = stmt->text(5);
        e.uses = int(stmt->int64(6));
        e.amountMinor = stmt->int64(7);
        e.currency = stmt->text(8);
        e.cashier = stmt->text(9);
        e.cashierName = stmt->text(10);
        e.online = stmt->int64(11) != 0;
        e.voided = stmt->int64(12) != 0;
        e.voidReason = stmt->text(13);
        e.saleId = stmt->text(14);
        rows.append(e);
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the day's entries")));
    return rows;
}

Result<DayLogTotals> DayLog::totals(const DayLogQuery& query) {
    auto stmt = m_db.connection().prepare(kTotals);
    if (!stmt)
        return Unexpected(stmt.error());
    bindQuery(*stmt, query);
    const int rc = stmt->step();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot count the day's entries")));
    DayLogTotals t;
    t.redemptions = stmt->int64(0);
    t.redemptionsMinor = stmt->int64(1);
    t.uses = stmt->int64(2);
    t.sales = stmt->int64(3);
    t.salesMinor = stmt->int64(4);
    t.voided = stmt->int64(5);
    return t;
}

Result<QList<DayLogCashier>> DayLog::cashiers(qint64 fromMs, qint64 toMs) {
    auto stmt = m_db.connection().prepare(kCashiers);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, fromMs).bind(2, toMs);
    QList<DayLogCashier> cashiers;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        cashiers.append({stmt->text(0), stmt->text(1)});
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the day's cashiers")));
    return cashiers;
}

} // namespace o2o
