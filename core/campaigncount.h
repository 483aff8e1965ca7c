#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace o2o {

/**
 * One redemption of a campaign's voucher as either side knows it: the terminal from its ledger, the
 * platform from the events it accepted. Both count through countCampaigns(), so the two views agree by
 * construction when they hold the same redemptions.
 */
struct CampaignRedemption {
    QString campaign;
    QString redemptionId;
    qint64 atMs = 0;
    QString saleId;            // empty: redeemed on its own, no in-store spend
    qint64 saleTotalMinor = 0; // the sale's total; 0 when the sale was voided or is not known
    qint64 saleAtMs = 0;
    std::optional<QString> memberId; // the member it was attributed to; none until member attribution
    qint64 memberFirstSeenMs = 0;    // the member's first attributed visit on the counting side
};

/** A campaign's count in one day or one hour. */
struct CampaignBucket {
    qint64 redemptions = 0;
    qint64 spendMinor = 0;
};

/** What one campaign brought into the store in a period. */
struct CampaignTotals {
    QString campaign;
    qint64 redemptions = 0;
    qint64 spendMinor = 0; // each sale a campaign's vouchers were used in, counted once, at its total
    qint64 sales = 0;
    qint64 membersNew = 0;                         // first seen in the period
    qint64 membersReturning = 0;                   // seen before the period
    QList<std::pair<QDate, CampaignBucket>> byDay; // days with activity, in order
    std::array<CampaignBucket, 24> byHour{};       // local hour of the redemption (spend: of the sale)
};

/** Counts per campaign (sorted by campaign id); days and hours in zone; periodStartMs splits new members. */
QList<CampaignTotals> countCampaigns(const QList<CampaignRedemption>& redemptions, const QTimeZone& zone,
                                     qint64 periodStartMs);

/** {"campaigns":[{"campaign","redemptions","spend","sales","members_new","members_returning","by_day","by_hour"}]} */
QJsonObject campaignsJson(const QList<CampaignTotals>& campaigns, const QString& currency);

} // namespace o2o
