#include "store/salestore.h"

#include "store/eventqueue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace o2o {

namespace {
constexpr const char* kSelect =
    "SELECT s.id, s.cashier, s.terminal_id, s.store_id, s.at_ms, s.wall_ms, s.currency, s.subtotal, "
    "s.discount, "
    "s.tax, s.total, s.lines, s.payments, s.redemption_ids, s.event_id, v.id IS NOT NULL, s.member_id "
    "FROM sales s LEFT JOIN voids v ON v.target_id = s.id";

QJsonArray jsonArray(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QString compact(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Sale readSale(const sql::Statement& s) {
    Sale sale;
    sale.id = s.text(0);
    sale.cashier = s.text(1);
    sale.terminalId = s.text(2);
    sale.storeId = s.text(3);
    sale.atMs = s.int64(4);
    sale.wallMs = s.int64(5);
    sale.currency = s.text(6);
    sale.subtotalMinor = s.int64(7);
    sale.discountMinor = s.int64(8);
    sale.taxMinor = s.int64(9);
    sale.totalMinor = s.int64(10);
    sale.lines = jsonArray(s.text(11));
    sale.payments = jsonArray(s.text(12));
    for (const QJsonValue id : jsonArray(s.text(13)))
        sale.redemptionIds.append(id.toString());
    sale.eventId = s.text(14);
    sale.voided = s.int64(15) != 0;
    sale.memberId = s.text(16);
    return sale;
}
} // namespace

Result<void> SaleStore::record(Sale& sale) {
    QJsonObject payload{{QStringLiteral("sale_id"), sale.id},
                        {QStringLiteral("cashier"), sale.cashier},
                        {QStringLiteral("terminal_id"), sale.terminalId},
                        {QStringLiteral("store_id"), sale.storeId},
                        {QStringLiteral("at_ms"), sale.atMs},
                        {QStringLiteral("wall_ms"), sale.wallMs},
                        {QStringLiteral("currency"), sale.currency},
                        {QStringLiteral("subtotal"), sale.subtotalMinor},
                        {QStringLiteral("discount"), sale.discountMinor},
                        {QStringLiteral("tax"), sale.taxMinor},
                        {QStringLiteral("total"), sale.totalMinor},
                        {QStringLiteral("lines"), sale.lines},
                        {QStringLiteral("payments"), sale.payments},
                        {QStringLiteral("redemption_ids"), QJsonArray::fromStringList(sale.redemptionIds)}};
    if (!sale.memberId.isEmpty())
        payload.insert(QStringLiteral("member_id"), sale.memberId);
    auto eventId = EventQueue(m_db).queue(QStringLiteral("sale"), payload, sale.atMs);
    if (!eventId)
        return Unexpected(eventId.error());
    sale.eventId = *eventId;
    auto insert = m_db.connection().prepare("INSERT INTO sales(id, cashier, terminal_id, store_id, at_ms, "
                                            "wall_ms, currency, subtotal, discount, tax, "
                                            "total, lines, payments, redemption_ids, event_id, member_id) "
                                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                            "?13, ?14, ?15, ?16)");
    if (!insert)
        return Unexpected(insert.error());
    insert->bind(1, sale.id).bind(2, sale.cashier).bind(3, sale.terminalId).bind(4, sale.storeId);
    insert->bind(5, sale.atMs).bind(6, sale.wallMs).bind(7, sale.currency).bind(8, sale.subtotalMinor);
    insert->bind(9, sale.discountMinor).bind(10, sale.taxMinor).bind(11, sale.totalMinor);
    insert->bind(12, compact(sale.lines)).bind(13, compact(sale.payments));
    insert->bind(14, compact(QJsonArray::fromStringList(sale.redemptionIds))).bind(15, sale.eventId);
    insert->bind(16, sale.memberId);
    if (const int rc = insert->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot write the sale")));
    return {};
}

Result<QList<Sale>> SaleStore::between(qint64 fromMs, qint64 toMs) {
    auto stmt = m_db.connection().prepare(
        (QByteArray(kSelect) + " WHERE s.at_ms >= ?1 AND s.at_ms < ?2 ORDER BY s.at_ms, s.id").constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, fromMs).bind(2, toMs);
    QList<Sale> sales;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        sales.append(readSale(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the sales")));
    return sales;
}

Result<std::optional<Sale>> SaleStore::find(const QString& id) {
    auto stmt = m_db.connection().prepare((QByteArray(kSelect) + " WHERE s.id = ?1").constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, id);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<Sale>();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the sales")));
    return std::optional<Sale>(readSale(*stmt));
}

} // namespace o2o
