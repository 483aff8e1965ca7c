#include "store/redemptionledger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace o2o {

namespace {

constexpr const char* kInsert = "INSERT INTO redemptions(id, code_hash, voucher_id, code_tail, kind, "
                                "description, uses, amount, currency, "
                                "cashier, terminal_id, store_id, at_ms, online, wall_ms, event_id, sale_id, "
                                "member_id, campaign) VALUES(?1, ?2, ?3, ?4, ?5, ?6, "
                                "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";
constexpr const char* kEvent =
    "INSERT INTO outbox(event_id, type, payload, created_ms) VALUES(?1, ?2, ?3, ?4)";
// The latest trusted time recorded: a redemption, a sale or a day's close. Nothing is filed before it, so
// nothing lands in a day already closed.
constexpr const char* kLatest = "SELECT max(coalesce((SELECT max(at_ms) FROM redemptions), 0), "
                                "coalesce((SELECT max(at_ms) FROM sales), 0), "
                                "coalesce((SELECT max(closed_ms) FROM day_closes), 0))";
constexpr const char* kColumns =
    "r.id, r.voucher_id, r.code_tail, r.kind, r.description, r.uses, r.amount, r.currency, r.cashier, "
    "r.terminal_id, r.store_id, r.at_ms, r.online, r.wall_ms, v.id IS NOT NULL, r.code_hash, r.event_id, "
    "r.sale_id, r.member_id, r.campaign "
    "FROM redemptions r LEFT JOIN voids v ON v.target_id = r.id";
constexpr const char* kBetweenWhere = " WHERE r.at_ms >= ?1 AND r.at_ms < ?2 ORDER BY r.at_ms, r.id";
constexpr const char* kFindWhere = " WHERE r.id = ?1";
// An event leaves the outbox only together with the platform's answer (Outbox::settle): "no answer yet" is
// "still in the outbox", and a probe of event_answers' key rather than a scan of the outbox, which grows
// while offline.
constexpr const char* kLatestOf =
    "SELECT r.id, r.at_ms, r.terminal_id, r.cashier, coalesce(s.name, ''), "
    "r.event_id != '' AND NOT EXISTS(SELECT 1 FROM event_answers a WHERE a.event_id = r.event_id) "
    "FROM redemptions r LEFT JOIN staff s ON s.id = r.cashier "
    "WHERE r.code_hash = ?1 AND NOT EXISTS(SELECT 1 FROM voids v WHERE v.target_id = r.id) "
    "ORDER BY r.seq DESC LIMIT 1";
constexpr const char* kOfflineUsage =
    "SELECT count(*), coalesce(sum(amount), 0) FROM redemptions WHERE online = 0 AND at_ms >= ?1";

// The event the platform receives; its event_id never changes, so a resend is recognised forever.
QByteArray redemptionEvent(const QString& eventId, const LedgerEntry& e) {
    QJsonObject payload{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("type"), QStringLiteral("redemption")},
        {QStringLiteral("redemption_id"), e.id},
        {QStringLiteral("voucher_id"), e.voucherId},
        {QStringLiteral("uses"), e.uses},
        {QStringLiteral("amount"), e.amountMinor},
        {QStringLiteral("currency"), e.currency},
        {QStringLiteral("cashier"), e.cashier},
        {QStringLiteral("terminal_id"), e.terminalId},
        {QStringLiteral("store_id"), e.storeId},
        {QStringLiteral("at_ms"), e.atMs},
        {QStringLiteral("wall_ms"), e.wallMs},
        {QStringLiteral("online"), e.online},
    };
    if (!e.holdId.isEmpty())
        payload.insert(QStringLiteral("hold_id"), e.holdId);
    if (!e.saleId.isEmpty())
        payload.insert(QStringLiteral("sale_id"), e.saleId);
    if (!e.memberId.isEmpty())
        payload.insert(QStringLiteral("member_id"), e.memberId);
    // Absent for a voucher without a campaign, so the event is what it always was.
    if (!e.campaign.isEmpty())
        payload.insert(QStringLiteral("campaign"), e.campaign);
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

LedgerEntry readEntry(const sql::Statement& stmt) {
    LedgerEntry e;
    e.id = stmt.text(0);
    e.voucherId = stmt.text(1);
    e.codeTail = stmt.text(2);
    e.kind = stmt.text(3);
    e.description = stmt.text(4);
    e.uses = int(stmt.int64(5));
    e.amountMinor = stmt.int64(6);
    e.currency = stmt.text(7);
    e.cashier = stmt.text(8);
    e.terminalId = stmt.text(9);
    e.storeId = stmt.text(10);
    e.atMs = stmt.int64(11);
    e.online = stmt.int64(12) != 0;
    e.wallMs = stmt.int64(13);
    e.voided = stmt.int64(14) != 0;
    e.eventId = stmt.text(16);
    e.saleId = stmt.text(17);
    e.memberId = stmt.text(18);
    e.campaign = stmt.text(19);
    return e;
}

} // namespace

Result<void> RedemptionLedger::record(const LedgerEntry& e, const QByteArray& codeHash) {
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto insert = m_db.connection().reuse(m_insert, kInsert);
    if (!insert)
        return Unexpected(insert.error());
    (*insert)
        ->bind(1, e.id)
        .bindBlob(2, codeHash)
        .bind(3, e.voucherId)
        .bind(4, e.codeTail)
        .bind(5, e.kind)
        .bind(6, e.description)
        .bind(7, e.uses)
        .bind(8, e.amountMinor)
        .bind(9, e.currency)
        .bind(10, e.cashier)
        .bind(11, e.terminalId)
        .bind(12, e.storeId)
        .bind(13, e.atMs)
        .bind(14, e.online ? 1 : 0)
        .bind(15, e.wallMs)
        .bind(16, eventId)
        .bind(17, e.saleId)
        .bind(18, e.memberId)
        .bind(19, e.campaign);
    if (const int rc = (*insert)->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot write the redemption")));

    auto event = m_db.connection().reuse(m_event, kEvent);
    if (!event)
        return Unexpected(event.error());
    (*event)
        ->bind(1, eventId)
        .bind(2, QStringLiteral("redemption"))
        .bind(3, QString::fromUtf8(redemptionEvent(eventId, e)))
        .bind(4, e.atMs);
    if (const int rc = (*event)->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot queue the redemption event")));
    return {};
}

Result<QList<LedgerEntry>> RedemptionLedger::between(qint64 fromMs, qint64 toMs) {
    auto stmt = m_db.connection().prepare((QByteArray("SELECT ") + kColumns + kBetweenWhere).constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, fromMs).bind(2, toMs);
    QList<LedgerEntry> entries;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        entries.append(readEntry(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    return entries;
}

Result<std::optional<std::pair<LedgerEntry, QByteArray>>> RedemptionLedger::find(const QString& id) {
    auto stmt = m_db.connection().prepare((QByteArray("SELECT ") + kColumns + kFindWhere).constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, id);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<std::pair<LedgerEntry, QByteArray>>();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    return std::optional(std::pair(readEntry(*stmt), stmt->blob(15)));
}

Result<std::optional<PriorRedemption>> RedemptionLedger::latestOf(const QByteArray& codeHash,
                                                                  const QString& thisTerminalId) {
    auto stmt = m_db.connection().reuse(m_latestOf, kLatestOf);
    if (!stmt)
        return Unexpected(stmt.error());
    (*stmt)->bindBlob(1, codeHash);
    const int rc = (*stmt)->step();
    if (rc == sql::kDone) {
        (*stmt)->reset();
        return std::optional<PriorRedemption>();
    }
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    PriorRedemption prior;
    prior.redemptionId = (*stmt)->text(0);
    prior.atMs = (*stmt)->int64(1);
    prior.terminalId = (*stmt)->text(2);
    prior.thisTerminal = prior.terminalId == thisTerminalId;
    prior.cashierId = (*stmt)->text(3);
    prior.cashierName = (*stmt)->text(4);
    prior.unsynced = (*stmt)->int64(5) != 0;
    (*stmt)->reset();
    return std::optional(prior);
}

Result<qint64> RedemptionLedger::latestMs() {
    auto stmt = m_db.connection().reuse(m_latest, kLatest);
    if (!stmt)
        return Unexpected(stmt.error());
    const int rc = (*stmt)->step();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    const qint64 latest = (*stmt)->int64(0);
    (*stmt)->reset();
    return latest;
}

Result<OfflineUsage> RedemptionLedger::offlineUsageSince(qint64 ms) {
    auto stmt = m_db.connection().prepare(kOfflineUsage);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, ms);
    const int rc = stmt->step();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    return OfflineUsage{int(stmt->int64(0)), stmt->int64(1)};
}

Result<qint64> RedemptionLedger::pendingEvents() {
    return m_db.connection().scalar("SELECT count(*) FROM outbox");
}

} // namespace o2o
