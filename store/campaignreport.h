#pragma once

#include "core/campaigncount.h"
#include "store/businessdays.h"

namespace o2o {

/**
 * The campaign report of a run of business days: per campaign, its redemptions (voided ones excluded),
 * the in-store spend of the sales its vouchers were used in, members new and returning, by day and hour.
 * The platform counts the same way (o2o-sandbox report campaigns) across every terminal of the merchant.
 */
struct CampaignReport {
    QDate from;
    QDate to;
    QString timeZone;
    DaySpan span;
    QString storeId;
    QString terminalId;
    QString currency;
    QList<CampaignTotals> campaigns;

    QJsonObject toJson() const;
};

/** Builds the campaign report from the ledgers; reads only, in the caller's snapshot. */
class CampaignReportBuilder {
public:
    CampaignReportBuilder(Database& db, QTimeZone zone)
        : m_db(db)
        , m_days(db, std::move(zone)) {}

    [[nodiscard]] Result<CampaignReport> build(QDate from, QDate to);

private:
    Database& m_db;
    BusinessDays m_days;
};

} // namespace o2o
