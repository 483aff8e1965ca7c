#include "sandbox/campaigncountstore.h"

#include <QHash>

namespace o2o::sandbox {

namespace {

constexpr const char* kRedemptions = R"sql(
SELECT json_extract(e.payload, '$.payload.campaign'), e.redemption_id,
       json_extract(e.payload, '$.payload.at_ms'), coalesce(json_extract(e.payload, '$.payload.sale_id'), ''),
       coalesce(json_extract(e.payload, '$.payload.currency'), ''), e.event_id
FROM events e
WHERE e.type = 'redemption' AND e.status = 'accepted'
  AND coalesce(json_extract(e.payload, '$.payload.campaign'), '') != ''
  AND json_extract(e.payload, '$.payload.at_ms') >= ?1 AND json_extract(e.payload, '$.payload.at_ms') < ?2
  AND NOT EXISTS(SELECT 1 FROM events v WHERE v.redemption_id = e.redemption_id AND v.type = 'void'
                 AND v.status = 'accepted')
ORDER BY json_extract(e.payload, '$.payload.at_ms'), e.redemption_id
)sql";

// Sales not voided, by id: the spend a campaign's voucher was used in.
constexpr const char* kSales = R"sql(
SELECT json_extract(s.payload, '$.payload.sale_id'), json_extract(s.payload, '$.payload.total'),
       json_extract(s.payload, '$.payload.at_ms'), s.event_id
FROM events s
WHERE s.type = 'sale' AND s.status = 'accepted'
  AND NOT EXISTS(SELECT 1 FROM events v WHERE v.type = 'void' AND v.status = 'accepted'
                 AND json_extract(v.payload, '$.payload.sale_id') = json_extract(s.payload, '$.payload.sale_id')
                 AND v.redemption_id = '')
)sql";

struct MemberOfEvent {
    QString memberId;
    qint64 firstSeenMs = 0;
};

/*
 * MEMBERS (issue 14, section 1): the one place the platform's campaign count learns who redeemed: the member
 * the redemption event (else its sale's event) was attributed to (member_events, sandbox/memberstore.*), and
 * the time of that member's first attributed event from any terminal. New: first seen within the period.
 */
Result<std::optional<MemberOfEvent>> campaignMemberOfEvent(sql::Connection& connection,
                                                           const QString& redemptionEventId,
                                                           const QString& saleEventId) {
    auto member = connection.prepare("SELECT m.member_id, (SELECT min(f.at_ms) FROM member_events f "
                                     "WHERE f.member_id = m.member_id AND f.type != 'void') "
                                     "FROM member_events m WHERE m.event_id IN (?1, ?2) AND m.type != 'void' "
                                     "ORDER BY m.event_id = ?1 DESC LIMIT 1");
    if (!member)
        return Unexpected(member.error());
    member->bind(1, redemptionEventId).bind(2, saleEventId.isEmpty() ? redemptionEventId : saleEventId);
    const int rc = member->step();
    if (rc == sql::kDone)
        return std::optional<MemberOfEvent>();
    if (rc != sql::kRow)
        return Unexpected(connection.error(rc, QStringLiteral("cannot read the member events")));
    return std::optional(MemberOfEvent{member->text(0), member->int64(1)});
}

} // namespace

Result<CampaignCountStore::Count> CampaignCountStore::count(qint64 fromMs, qint64 toMs,
                                                            const QTimeZone& zone) {
    struct SaleFacts {
        qint64 totalMinor = 0;
        qint64 atMs = 0;
        QString eventId;
    };
    QHash<QString, SaleFacts> sales;
    {
        auto stmt = m_connection.prepare(kSales);
        if (!stmt)
            return Unexpected(stmt.error());
        int rc = sql::kRow;
        while ((rc = stmt->step()) == sql::kRow)
            sales.insert(stmt->text(0), SaleFacts{stmt->int64(1), stmt->int64(2), stmt->text(3)});
        if (rc != sql::kDone)
            return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the sale events")));
    }
    Count count;
    QList<CampaignRedemption> rows;
    QList<std::pair<QString, QString>> eventIds; // each row's redemption event and sale event
    auto stmt = m_connection.prepare(kRedemptions);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, fromMs).bind(2, toMs);
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        CampaignRedemption r;
        r.campaign = stmt->text(0);
        r.redemptionId = stmt->text(1);
        r.atMs = stmt->int64(2);
        r.saleId = stmt->text(3);
        if (count.currency.isEmpty())
            count.currency = stmt->text(4);
        const auto sale = sales.constFind(r.saleId);
        QString saleEventId;
        if (!r.saleId.isEmpty() && sale != sales.cend()) {
            r.saleTotalMinor = sale->totalMinor;
            r.saleAtMs = sale->atMs;
            saleEventId = sale->eventId;
        }
        eventIds.append({stmt->text(5), saleEventId});
        rows.append(std::move(r));
    }
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the redemption events")));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CampaignRedemption& r = rows[i];
        auto member = campaignMemberOfEvent(m_connection, eventIds[i].first, eventIds[i].second);
        if (!member)
            return Unexpected(member.error());
        if (*member) {
            r.memberId = (*member)->memberId;
            r.memberFirstSeenMs = (*member)->firstSeenMs;
        }
    }
    if (count.currency.isEmpty())
        count.currency = QStringLiteral("EUR");
    count.campaigns = countCampaigns(rows, zone, fromMs);
    return count;
}

} // namespace o2o::sandbox
