#include "sandbox/campaigncountstore.h"

#include <QHash>

namespace o2o::sandbox {

namespace {

constexpr const char* kRedemptions = R"sql(
SELECT json_extract(e.payload, '$.payload.campaign'), e.redemption_id,
       json_extract(e.payload, '$.payload.at_ms'), coalesce(json_extract(e.payload, '$.payload.sale_id'), ''),
       coalesce(json_extract(e.payload, '$.payload.currency'), '')
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
       json_extract(s.payload, '$.payload.at_ms')
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
 * MEMBERS (issue 14, section 1): the one place the platform's campaign count learns who redeemed. Member
 * attribution (branch `members`) is not merged yet, so nothing is attributed and members_new and
 * members_returning are 0. To wire it: return the member the redemption event (or its sale event) names,
 * and the received time of that member's first attributed event across all terminals.
 */
Result<std::optional<MemberOfEvent>>
campaignMemberOfEvent(sql::Connection& connection, const QString& redemptionId, const QString& saleId) {
    Q_UNUSED(connection);
    Q_UNUSED(redemptionId);
    Q_UNUSED(saleId);
    return std::optional<MemberOfEvent>();
}

} // namespace

Result<CampaignCountStore::Count> CampaignCountStore::count(qint64 fromMs, qint64 toMs,
                                                            const QTimeZone& zone) {
    struct SaleFacts {
        qint64 totalMinor = 0;
        qint64 atMs = 0;
    };
    QHash<QString, SaleFacts> sales;
    {
        auto stmt = m_connection.prepare(kSales);
        if (!stmt)
            return Unexpected(stmt.error());
        int rc = sql::kRow;
        while ((rc = stmt->step()) == sql::kRow)
            sales.insert(stmt->text(0), SaleFacts{stmt->int64(1), stmt->int64(2)});
        if (rc != sql::kDone)
            return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the sale events")));
    }
    Count count;
    QList<CampaignRedemption> rows;
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
        if (!r.saleId.isEmpty() && sale != sales.cend()) {
            r.saleTotalMinor = sale->totalMinor;
            r.saleAtMs = sale->atMs;
        }
        rows.append(std::move(r));
    }
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the redemption events")));
    for (CampaignRedemption& r : rows) {
        auto member = campaignMemberOfEvent(m_connection, r.redemptionId, r.saleId);
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
