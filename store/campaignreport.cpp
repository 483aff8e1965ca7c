#include "store/campaignreport.h"

#include "store/terminalsettings.h"

namespace o2o {

namespace {

// Redemptions of a campaign in the period, not voided, with the sale they were used in (a voided sale
// brings no spend: its vouchers are voided with it, so it does not show at all).
constexpr const char* kRedemptions =
    "SELECT r.campaign, r.id, r.at_ms, r.sale_id, coalesce(s.total, 0), coalesce(s.at_ms, 0) "
    "FROM redemptions r "
    "LEFT JOIN sales s ON r.sale_id != '' AND s.id = r.sale_id "
    "  AND NOT EXISTS(SELECT 1 FROM voids sv WHERE sv.target_id = s.id) "
    "WHERE r.campaign != '' AND r.at_ms >= ?1 AND r.at_ms < ?2 "
    "  AND NOT EXISTS(SELECT 1 FROM voids v WHERE v.target_id = r.id) "
    "ORDER BY r.at_ms, r.id";

struct MemberOfRedemption {
    QString memberId;
    qint64 firstSeenMs = 0; // the member's first attributed redemption or sale on this terminal
};

// The member a redemption was attributed to: its own member code, else the one scanned for its sale.
constexpr const char* kMemberOf =
    "SELECT CASE WHEN r.member_id != '' THEN r.member_id "
    "ELSE coalesce((SELECT s.member_id FROM sales s WHERE r.sale_id != '' AND s.id = r.sale_id), '') END "
    "FROM redemptions r WHERE r.id = ?1";
// That member's first attributed redemption or sale on this terminal.
constexpr const char* kFirstSeen =
    "SELECT min(coalesce((SELECT min(at_ms) FROM redemptions WHERE member_id = ?1), "
    "9223372036854775807), "
    "coalesce((SELECT min(at_ms) FROM sales WHERE member_id = ?1), 9223372036854775807))";

/*
 * MEMBERS (issue 14, section 1): the one place the campaign report learns who redeemed: the member_id the
 * redemption (or the sale it was used in) was attributed to by a member code, and when this terminal first
 * saw that member. New: first seen within the report's period; returning: seen before it.
 */
Result<std::optional<MemberOfRedemption>> campaignMemberOfRedemption(Database& db,
                                                                     const QString& redemptionId) {
    auto member = db.connection().prepare(kMemberOf);
    if (!member)
        return Unexpected(member.error());
    member->bind(1, redemptionId);
    if (const int rc = member->step(); rc != sql::kRow)
        return rc == sql::kDone
                   ? Result<std::optional<MemberOfRedemption>>(std::nullopt)
                   : Unexpected(db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    const QString memberId = member->text(0);
    if (memberId.isEmpty())
        return std::optional<MemberOfRedemption>();
    auto first = db.connection().prepare(kFirstSeen);
    if (!first)
        return Unexpected(first.error());
    first->bind(1, memberId);
    if (const int rc = first->step(); rc != sql::kRow)
        return Unexpected(db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    return std::optional(MemberOfRedemption{memberId, first->int64(0)});
}

} // namespace

QJsonObject CampaignReport::toJson() const {
    QJsonObject o = campaignsJson(campaigns, currency);
    o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    o.insert(QStringLiteral("time_zone"), timeZone);
    o.insert(QStringLiteral("store_id"), storeId);
    o.insert(QStringLiteral("terminal_id"), terminalId);
    return o;
}

Result<CampaignReport> CampaignReportBuilder::build(QDate from, QDate to) {
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("a report runs from a day to the same or a later day"));
    if (from.daysTo(to) > 366)
        return fail(ErrorCode::Usage, QStringLiteral("a report covers at most a year"));
    CampaignReport report;
    report.from = from;
    report.to = to;
    report.timeZone = QString::fromUtf8(m_days.zone().id());
    auto span = m_days.span(from, to);
    if (!span)
        return Unexpected(span.error());
    report.span = *span;
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    report.storeId = settings->storeId;
    report.terminalId = settings->terminalId;
    report.currency = settings->currency;

    auto stmt = m_db.connection().prepare(kRedemptions);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, report.span.fromMs).bind(2, report.span.toMs);
    QList<CampaignRedemption> rows;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        CampaignRedemption r;
        r.campaign = stmt->text(0);
        r.redemptionId = stmt->text(1);
        r.atMs = stmt->int64(2);
        r.saleId = stmt->text(3);
        r.saleTotalMinor = stmt->int64(4);
        r.saleAtMs = stmt->int64(5);
        rows.append(std::move(r));
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the ledger")));
    for (CampaignRedemption& r : rows) {
        auto member = campaignMemberOfRedemption(m_db, r.redemptionId);
        if (!member)
            return Unexpected(member.error());
        if (*member) {
            r.memberId = (*member)->memberId;
            r.memberFirstSeenMs = (*member)->firstSeenMs;
        }
    }
    report.campaigns = countCampaigns(rows, m_days.zone(), report.span.fromMs);
    return report;
}

} // namespace o2o
