#pragma once

#include "core/campaigncount.h"
#include "core/error.h"
#include "store/sqlite.h"

namespace o2o::sandbox {

/**
 * The platform's count of each campaign (o2o-sandbox report campaigns): the redemption events it accepted
 * from every terminal of the merchant, voided ones excluded, with the sale events they name. Counted by
 * the core's countCampaigns, as the terminal counts its own ledger.
 */
class CampaignCountStore {
public:
    explicit CampaignCountStore(sql::Connection& connection)
        : m_connection(connection) {}

    struct Count {
        QString currency;
        QList<CampaignTotals> campaigns;
    };
    /** Redemptions with fromMs <= at < toMs (the terminal's trusted time); days and hours in zone. */
    [[nodiscard]] Result<Count> count(qint64 fromMs, qint64 toMs, const QTimeZone& zone);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
