#include "core/campaigncount.h"

#include "core/money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace o2o {

namespace {

struct Tally {
    CampaignTotals totals;
    QMap<QDate, CampaignBucket> days;
    QSet<QString> sales;
    QMap<QString, bool> members; // id -> new
};

} // namespace

QList<CampaignTotals> countCampaigns(const QList<CampaignRedemption>& redemptions, const QTimeZone& zone,
                                     qint64 periodStartMs) {
    QMap<QString, Tally> tallies;
    for (const CampaignRedemption& r : redemptions) {
        if (r.campaign.isEmpty())
            continue;
        Tally& t = tallies[r.campaign];
        t.totals.campaign = r.campaign;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.atMs, zone);
        ++t.totals.redemptions;
        ++t.days[at.date()].redemptions;
        ++t.totals.byHour[size_t(at.time().hour())].redemptions;
        // Two vouchers of one campaign in the same sale bring its spend once.
        if (!r.saleId.isEmpty() && !t.sales.contains(r.saleId)) {
            t.sales.insert(r.saleId);
            ++t.totals.sales;
            t.totals.spendMinor += r.saleTotalMinor;
            const QDateTime saleAt = QDateTime::fromMSecsSinceEpoch(r.saleAtMs ? r.saleAtMs : r.atMs, zone);
            t.days[saleAt.date()].spendMinor += r.saleTotalMinor;
            t.totals.byHour[size_t(saleAt.time().hour())].spendMinor += r.saleTotalMinor;
        }
        if (r.memberId && !t.members.contains(*r.memberId))
            t.members.insert(*r.memberId, r.memberFirstSeenMs >= periodStartMs);
    }
    QList<CampaignTotals> out;
    for (Tally& t : tallies) {
        for (auto it = t.days.cbegin(); it != t.days.cend(); ++it)
            t.totals.byDay.append({it.key(), it.value()});
        for (const bool isNew : std::as_const(t.members))
            ++(isNew ? t.totals.membersNew : t.totals.membersReturning);
        out.append(std::move(t.totals));
    }
    return out;
}

QJsonObject campaignsJson(const QList<CampaignTotals>& campaigns, const QString& currency) {
    const auto amount = [&](qint64 minor) { return Money(minor, currency).amountText(); };
    QJsonArray list;
    for (const CampaignTotals& c : campaigns) {
        QJsonArray days;
        for (const auto& [day, bucket] : c.byDay)
            days.append(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                    {QStringLiteral("redemptions"), bucket.redemptions},
                                    {QStringLiteral("spend"), amount(bucket.spendMinor)}});
        QJsonArray hours;
        for (int h = 0; h < 24; ++h) {
            const CampaignBucket& bucket = c.byHour[size_t(h)];
            if (bucket.redemptions == 0 && bucket.spendMinor == 0)
                continue;
            hours.append(
                QJsonObject{{QStringLiteral("hour"), QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'))},
                            {QStringLiteral("redemptions"), bucket.redemptions},
                            {QStringLiteral("spend"), amount(bucket.spendMinor)}});
        }
        list.append(QJsonObject{{QStringLiteral("campaign"), c.campaign},
                                {QStringLiteral("redemptions"), c.redemptions},
                                {QStringLiteral("spend"), amount(c.spendMinor)},
                                {QStringLiteral("sales"), c.sales},
                                {QStringLiteral("members_new"), c.membersNew},
                                {QStringLiteral("members_returning"), c.membersReturning},
                                {QStringLiteral("by_day"), days},
                                {QStringLiteral("by_hour"), hours}});
    }
    return QJsonObject{{QStringLiteral("currency"), currency}, {QStringLiteral("campaigns"), list}};
}

} // namespace o2o
