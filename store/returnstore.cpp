#include "store/returnstore.h"

#include "store/eventqueue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace o2o {

namespace {

constexpr const char* kColumns = "id, source_kind, source_id, code_hash, lines, amount, currency, refunds, "
                                 "reason, by_staff, terminal_id, store_id, at_ms, wall_ms, event_id";

QString compact(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

Result<void> ReturnStore::record(ReturnRecord& ret) {
    QJsonObject payload{{QStringLiteral("return_id"), ret.id},
                        {QStringLiteral("source"), ret.sourceKind},
                        {QStringLiteral("lines"), ret.lines},
                        {QStringLiteral("amount"), ret.amountMinor},
                        {QStringLiteral("currency"), ret.currency},
                        {QStringLiteral("refunds"), ret.refunds},
                        {QStringLiteral("reason"), ret.reason},
                        {QStringLiteral("by"), ret.byStaff},
                        {QStringLiteral("terminal_id"), ret.terminalId},
                        {QStringLiteral("store_id"), ret.storeId},
                        {QStringLiteral("at_ms"), ret.atMs}};
    if (ret.sourceKind == QStringLiteral("order")) {
        payload.insert(QStringLiteral("voucher_id"), ret.sourceId);
    } else {
        payload.insert(QStringLiteral("sale_id"), ret.sourceId);
        payload.insert(QStringLiteral("original_event_id"), ret.sourceEventId);
    }
    auto eventId = EventQueue(m_db).queue(QStringLiteral("return"), payload, ret.atMs);
    if (!eventId)
        return Unexpected(eventId.error());
    ret.eventId = *eventId;
    auto insert =
        m_db.connection().prepare("INSERT INTO returns(id, source_kind, source_id, code_hash, lines, amount, "
                                  "currency, refunds, reason, "
                                  "by_staff, terminal_id, store_id, at_ms, wall_ms, event_id) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!insert)
        return Unexpected(insert.error());
    insert->bind(1, ret.id).bind(2, ret.sourceKind).bind(3, ret.sourceId).bindBlob(4, ret.codeHash);
    insert->bind(5, compact(ret.lines)).bind(6, ret.amountMinor).bind(7, ret.currency);
    insert->bind(8, compact(ret.refunds)).bind(9, ret.reason).bind(10, ret.byStaff);
    insert->bind(11, ret.terminalId).bind(12, ret.storeId).bind(13, ret.atMs).bind(14, ret.wallMs);
    insert->bind(15, ret.eventId);
    if (const int rc = insert->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot record the return")));
    return {};
}

Result<QList<ReturnRecord>> ReturnStore::ofSource(const QString& sourceId) {
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM returns WHERE source_id = ?1 AND ?2 = ?3 ORDER BY seq";
    return select(sql.constData(), sourceId, 0, 0);
}

Result<QList<ReturnRecord>> ReturnStore::between(qint64 fromMs, qint64 toMs) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM returns WHERE ?1 = ?1 AND at_ms >= ?2 AND at_ms < ?3 ORDER BY at_ms, seq";
    return select(sql.constData(), {}, fromMs, toMs);
}

Result<QList<ReturnRecord>> ReturnStore::select(const char* sql, const QString& id, qint64 from, qint64 to) {
    auto stmt = m_db.connection().prepare(sql);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, id).bind(2, from).bind(3, to);
    QList<ReturnRecord> found;
    int rc;
    while ((rc = stmt->step()) == sql::kRow) {
        ReturnRecord r;
        r.id = stmt->text(0);
        r.sourceKind = stmt->text(1);
        r.sourceId = stmt->text(2);
        r.codeHash = stmt->blob(3);
        r.lines = jsonArray(stmt->text(4));
        r.amountMinor = stmt->int64(5);
        r.currency = stmt->text(6);
        r.refunds = jsonArray(stmt->text(7));
        r.reason = stmt->text(8);
        r.byStaff = stmt->text(9);
        r.terminalId = stmt->text(10);
        r.storeId = stmt->text(11);
        r.atMs = stmt->int64(12);
        r.wallMs = stmt->int64(13);
        r.eventId = stmt->text(14);
        found.append(r);
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the returns")));
    return found;
}

} // namespace o2o
