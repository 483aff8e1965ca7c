#include "sandbox/refundstore.h"

namespace o2o::sandbox {

Result<void> RefundStore::add(const RefundRecord& r) {
    auto stmt = m_connection.prepare("INSERT INTO refunds(return_id, event_id, terminal_id, store_id, "
                                     "source, source_id, amount, currency, "
                                     "refunds, received_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, r.returnId).bind(2, r.eventId).bind(3, r.terminalId).bind(4, r.storeId).bind(5, r.source);
    stmt->bind(6, r.sourceId).bind(7, r.amount).bind(8, r.currency);
    stmt->bind(9, QString::fromUtf8(r.refunds)).bind(10, r.receivedMs);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot record the refund")));
    return {};
}

Result<bool> RefundStore::has(const QString& returnId) {
    auto stmt = m_connection.prepare("SELECT 1 FROM refunds WHERE return_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, returnId);
    const int rc = stmt->step();
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the refunds")));
    return rc == sql::kRow;
}

Result<qint64> RefundStore::refundedOf(const QString& voucherId) {
    auto stmt = m_connection.prepare(
        "SELECT coalesce(sum(amount), 0) FROM refunds WHERE source = 'order' AND source_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, voucherId);
    if (const int rc = stmt->step(); rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the refunds")));
    return stmt->int64(0);
}

Result<std::vector<OrderRefund>> RefundStore::orders() {
    auto stmt = m_connection.prepare(
        "SELECT r.source_id, v.value_minor, sum(r.amount), v.currency FROM refunds r JOIN vouchers v ON "
        "v.id = r.source_id WHERE r.source = 'order' GROUP BY r.source_id ORDER BY min(r.received_ms), "
        "r.source_id");
    if (!stmt)
        return Unexpected(stmt.error());
    std::vector<OrderRefund> list;
    int rc;
    while ((rc = stmt->step()) == sql::kRow)
        list.push_back(OrderRefund{stmt->text(0), stmt->int64(1), stmt->int64(2), stmt->text(3)});
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the refunds")));
    return list;
}

} // namespace o2o::sandbox
