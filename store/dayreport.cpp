#include "store/dayreport.h"

#include "core/money.h"
#include "store/dayclosestore.h"
#include "store/redemptionledger.h"
#include "store/returnstore.h"
#include "store/salestore.h"
#include "store/staffstore.h"
#include "store/terminalsettings.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace o2o {

namespace {

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000; // every time zone's offset is a multiple of it

// Local day and hour of an instant, cached per quarter hour: 120 000 entries would otherwise each ask
// the time zone database.
class LocalClock {
public:
    explicit LocalClock(QTimeZone zone)
        : m_zone(std::move(zone)) {}
    std::pair<QDate, int> at(qint64 ms) {
        const qint64 bucket = ms >= 0 ? ms / kQuarterHourMs : (ms - kQuarterHourMs + 1) / kQuarterHourMs;
        auto it = m_cache.constFind(bucket);
        if (it == m_cache.constEnd()) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(bucket * kQuarterHourMs, m_zone);
            it = m_cache.insert(bucket, {local.date(), local.time().hour()});
        }
        return *it;
    }

private:
    QTimeZone m_zone;
    QHash<qint64, std::pair<QDate, int>> m_cache;
};

QString readable(QString key) {
    key.replace(u'_', u' ');
    if (!key.isEmpty())
        key[0] = key[0].toUpper();
    return key;
}

ReportGroup& group(QHash<QString, ReportGroup>& groups, const QString& key, const QString& label = {}) {
    auto it = groups.find(key);
    if (it == groups.end())
        it = groups.insert(key, ReportGroup{key, label.isEmpty() ? key : label});
    return *it;
}

QList<ReportGroup> sortedByKey(const QHash<QString, ReportGroup>& groups) {
    QList<ReportGroup> list = groups.values();
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    return list;
}

// The biggest first, so a long list of deals starts with what matters; ties in natural order (#2 before #10).
QList<ReportGroup> sortedByCount(const QHash<QString, ReportGroup>& groups) {
    QList<ReportGroup> list = groups.values();
    QCollator collator(QLocale::c());
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(), [&collator](const auto& a, const auto& b) {
        if (a.redemptions != b.redemptions)
            return a.redemptions > b.redemptions;
        if (a.redemptionsMinor != b.redemptionsMinor)
            return a.redemptionsMinor > b.redemptionsMinor;
        return collator.compare(a.key, b.key) < 0;
    });
    return list;
}

enum class Fields { Redemptions, Sales, Both };

QJsonObject groupJson(const DayReport& r, const ReportGroup& g, Fields fields) {
    QJsonObject o{{QStringLiteral("key"), g.key}};
    if (g.label != g.key)
        o.insert(QStringLiteral("label"), g.label);
    if (fields != Fields::Sales) {
        o.insert(QStringLiteral("redemptions"), g.redemptions);
        o.insert(QStringLiteral("redemptions_value"), r.amount(g.redemptionsMinor));
        o.insert(QStringLiteral("uses"), g.uses);
    }
    if (fields != Fields::Redemptions) {
        o.insert(QStringLiteral("sales"), g.sales);
        o.insert(QStringLiteral("sales_amount"), r.amount(g.salesMinor));
    }
    if (fields != Fields::Sales || g.voids > 0)
        o.insert(QStringLiteral("voids"), g.voids);
    return o;
}

QJsonArray groupsJson(const DayReport& r, const QList<ReportGroup>& groups, Fields fields) {
    QJsonArray list;
    for (const ReportGroup& g : groups)
        list.append(groupJson(r, g, fields));
    return list;
}

} // namespace

QString DayReport::amount(qint64 minor) const {
    return Money(minor, currency).amountText();
}

QString DayReport::localTime(qint64 ms) const {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(timeZone.toUtf8())).toString(Qt::ISODate);
}

QJsonObject DayReport::toJson() const {
    const QJsonObject totalsJson{{QStringLiteral("redemptions"), totals.redemptions},
                                 {QStringLiteral("redemptions_value"), amount(totals.redemptionsMinor)},
                                 {QStringLiteral("uses"), totals.uses},
                                 {QStringLiteral("sales"), totals.sales},
                                 {QStringLiteral("sales_amount"), amount(totals.salesMinor)},
                                 {QStringLiteral("sales_tax"), amount(salesTaxMinor)},
                                 {QStringLiteral("sales_discount"), amount(salesDiscountMinor)},
                                 {QStringLiteral("voids"), totals.voids},
                                 {QStringLiteral("conflicts"), conflicts.size()},
                                 {QStringLiteral("pending_events"), pendingEvents}};
    QJsonArray voidList;
    for (const ReportVoid& v : voids)
        voidList.append(QJsonObject{{QStringLiteral("id"), v.targetId},
                                    {QStringLiteral("type"), v.targetKind},
                                    {QStringLiteral("description"), v.description},
                                    {QStringLiteral("cashier"), v.cashier},
                                    {QStringLiteral("at"), localTime(v.atMs)},
                                    {QStringLiteral("amount"), amount(v.amountMinor)},
                                    {QStringLiteral("by"), v.by},
                                    {QStringLiteral("reason"), v.reason},
                                    {QStringLiteral("voided_at"), localTime(v.voidedMs)}});
    QJsonObject closed;
    if (closedMs > 0)
        closed = QJsonObject{{QStringLiteral("at"), localTime(closedMs)}, {QStringLiteral("by"), closedBy}};
    QJsonArray conflictList;
    for (const ConflictRecord& c : conflicts)
        conflictList.append(QJsonObject{{QStringLiteral("redemption_id"), c.redemptionId},
                                        {QStringLiteral("voucher_id"), c.voucherId},
                                        {QStringLiteral("at"), localTime(c.atMs)},
                                        {QStringLiteral("first_terminal"), c.firstTerminalId},
                                        {QStringLiteral("first_at"), localTime(c.firstAtMs)},
                                        {QStringLiteral("first_redemption_id"), c.firstRedemptionId}});
    QJsonObject json{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                     {QStringLiteral("to"), to.toString(Qt::ISODate)},
                     {QStringLiteral("time_zone"), timeZone},
                     {QStringLiteral("period_start"), localTime(span.fromMs)},
                     {QStringLiteral("period_end"), localTime(span.toMs)},
                     {QStringLiteral("generated_at"), localTime(generatedMs)},
                     {QStringLiteral("store_id"), storeId},
                     {QStringLiteral("terminal_id"), terminalId},
                     {QStringLiteral("currency"), currency},
                     {QStringLiteral("totals"), totalsJson},
                     {QStringLiteral("by_kind"), groupsJson(*this, byKind, Fields::Redemptions)},
                     {QStringLiteral("by_deal"), groupsJson(*this, byDeal, Fields::Redemptions)},
                     {QStringLiteral("by_cashier"), groupsJson(*this, byCashier, Fields::Both)},
                     {QStringLiteral("by_hour"), groupsJson(*this, byHour, Fields::Both)},
                     {QStringLiteral("by_day"), groupsJson(*this, byDay, Fields::Both)},
                     {QStringLiteral("online_offline"), groupsJson(*this, byChannel, Fields::Redemptions)},
                     {QStringLiteral("by_payment"), groupsJson(*this, byPayment, Fields::Sales)},
                     {QStringLiteral("voids"), voidList},
                     {QStringLiteral("conflicts"), conflictList}};
    if (!closed.isEmpty())
        json.insert(QStringLiteral("closed"), closed);
    QJsonArray refundList;
    for (const ReportGroup& g : refundsByPayment)
        refundList.append(QJsonObject{{QStringLiteral("method"), g.key},
                                      {QStringLiteral("refunds"), g.sales},
                                      {QStringLiteral("amount"), amount(g.salesMinor)}});
    json.insert(QStringLiteral("refunds"), QJsonObject{{QStringLiteral("returns"), returns},
                                                       {QStringLiteral("amount"), amount(refundsMinor)},
                                                       {QStringLiteral("by_payment"), refundList}});
    return json;
}

namespace {

// The breakdowns while they are counted: redemptions and sales go to the same cashier, hour and day.
struct Tally {
    Tally(DayReport& r, const QTimeZone& zone)
        : report(r)
        , clock(zone) {
        for (int h = 0; h < 24; ++h)
            group(hours, hourKey(h));
        for (QDate d = r.from; d <= r.to; d = d.addDays(1))
            group(days, d.toString(Qt::ISODate));
        group(channels, QStringLiteral("online"));
        group(channels, QStringLiteral("offline"));
    }
    static QString hourKey(int h) { return QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')); }
    ReportGroup& cashier(const QString& id) {
        return group(cashiers, id, id.isEmpty() ? QStringLiteral("(no cashier)") : names.value(id, id));
    }
    std::pair<ReportGroup*, ReportGroup*> when(qint64 atMs) {
        auto [date, hour] = clock.at(atMs);
        // After a close, an entry of the closed day's evening belongs to the next day (BusinessDays).
        date = std::clamp(date, report.from, report.to);
        return {&group(days, date.toString(Qt::ISODate)), &group(hours, hourKey(hour))};
    }
    void finish() {
        report.byKind = sortedByKey(kinds);
        report.byDeal = sortedByCount(deals);
        report.byCashier = sortedByKey(cashiers);
        report.byHour = sortedByKey(hours);
        report.byDay = sortedByKey(days);
        report.byChannel = {channels.value(QStringLiteral("online")),
                            channels.value(QStringLiteral("offline"))};
        report.byPayment = sortedByKey(payments);
    }

    DayReport& report;
    LocalClock clock;
    QHash<QString, QString> names;
    QHash<QString, ReportGroup> kinds, deals, cashiers, hours, days, channels, payments;
};

Result<void> addRedemptions(Database& db, Tally& t) {
    auto entries = RedemptionLedger(db).between(t.report.span.fromMs, t.report.span.toMs);
    if (!entries)
        return Unexpected(entries.error());
    for (const LedgerEntry& e : *entries) {
        auto [day, hour] = t.when(e.atMs);
        const QString kind = readable(e.kind);
        ReportGroup* groups[] = {
            &t.report.totals,
            &group(t.kinds, e.kind, kind),
            &group(t.deals, e.description, kind),
            &t.cashier(e.cashier),
            day,
            hour,
            &group(t.channels, e.online ? QStringLiteral("online") : QStringLiteral("offline"))};
        for (ReportGroup* g : groups) {
            if (e.voided) {
                ++g->voids;
                continue;
            }
            ++g->redemptions;
            g->redemptionsMinor += e.amountMinor;
            g->uses += e.uses;
        }
    }
    return {};
}

Result<void> addSales(Database& db, Tally& t) {
    auto sales = SaleStore(db).between(t.report.span.fromMs, t.report.span.toMs);
    if (!sales)
        return Unexpected(sales.error());
    for (const Sale& s : *sales) {
        auto [day, hour] = t.when(s.atMs);
        ReportGroup* groups[] = {&t.report.totals, &t.cashier(s.cashier), day, hour};
        for (ReportGroup* g : groups) {
            if (s.voided) {
                ++g->voids;
                continue;
            }
            ++g->sales;
            g->salesMinor += s.totalMinor;
        }
        if (s.voided)
            continue;
        t.report.salesTaxMinor += s.taxMinor;
        t.report.salesDiscountMinor += s.discountMinor;
        for (const QJsonValue p : s.payments) {
            const QJsonObject payment = p.toObject();
            ReportGroup& g = group(t.payments, payment.value(QStringLiteral("method")).toString());
            ++g.sales;
            g.salesMinor += payment.value(QStringLiteral("amount")).toInteger();
        }
    }
    return {};
}

Result<void> addVoids(Database& db, DayReport& report) {
    auto stmt = db.connection().prepare(
        "SELECT v.target_id, v.target_kind, r.description, r.cashier, r.at_ms, r.amount, v.by_staff, "
        "v.reason, "
        "v.at_ms FROM voids v JOIN redemptions r ON r.id = v.target_id WHERE r.at_ms >= ?1 AND r.at_ms < ?2 "
        "UNION ALL "
        "SELECT v.target_id, v.target_kind, 'sale', s.cashier, s.at_ms, s.total, v.by_staff, v.reason, "
        "v.at_ms "
        "FROM voids v JOIN sales s ON s.id = v.target_id WHERE s.at_ms >= ?1 AND s.at_ms < ?2 "
        "ORDER BY 5, 1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, report.span.fromMs).bind(2, report.span.toMs);
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        report.voids.append(ReportVoid{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3),
                                       stmt->int64(4), stmt->int64(5), stmt->text(6), stmt->text(7),
                                       stmt->int64(8)});
    if (rc != sql::kDone)
        return Unexpected(db.connection().error(rc, QStringLiteral("cannot read the voids")));
    return {};
}

Result<void> addReturns(Database& db, DayReport& report) {
    auto returns = ReturnStore(db).between(report.span.fromMs, report.span.toMs);
    if (!returns)
        return Unexpected(returns.error());
    QMap<QString, ReportGroup> methods;
    for (const ReturnRecord& r : *returns) {
        ++report.returns;
        report.refundsMinor += r.amountMinor;
        for (const QJsonValue v : r.refunds) {
            const QString method = v[QStringLiteral("method")].toString();
            ReportGroup& g = methods[method];
            g.key = g.label = method;
            ++g.sales;
            g.salesMinor += v[QStringLiteral("amount")].toInteger();
        }
    }
    report.refundsByPayment = methods.values();
    return {};
}

Result<void> addConflicts(Database& db, DayReport& report) {
    auto all = Outbox(db).conflicts();
    if (!all)
        return Unexpected(all.error());
    for (const ConflictRecord& c : *all)
        if (c.atMs >= report.span.fromMs && c.atMs < report.span.toMs)
            report.conflicts.append(c);
    std::sort(report.conflicts.begin(), report.conflicts.end(),
              [](const auto& a, const auto& b) { return a.atMs < b.atMs; });
    return {};
}

} // namespace

Result<DayReport> DayReportBuilder::build(QDate from, QDate to, qint64 nowMs,
                                          std::optional<qint64> closingAtMs) {
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("a report runs from a day to the same or a later day"));
    if (from.daysTo(to) > 366)
        return fail(ErrorCode::Usage, QStringLiteral("a report covers at most a year"));
    DayReport report;
    report.from = from;
    report.to = to;
    report.timeZone = QString::fromUtf8(m_days.zone().id());
    report.generatedMs = nowMs;
    auto span = m_days.span(from, to);
    if (!span)
        return Unexpected(span.error());
    report.span = *span;
    if (closingAtMs)
        report.span.toMs = std::max(report.span.fromMs, std::min(report.span.toMs, *closingAtMs));
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    report.storeId = settings->storeId;
    report.terminalId = settings->terminalId;
    report.currency = settings->currency;
    report.totals.key = QStringLiteral("all");
    if (from == to) {
        auto close = DayCloseStore(m_db).find(from.toString(Qt::ISODate));
        if (!close)
            return Unexpected(close.error());
        if (*close) {
            report.closedMs = (*close)->closedMs;
            report.closedBy = (*close)->byStaff;
        }
    }

    Tally tally(report, m_days.zone());
    auto staff = StaffStore(m_db).all();
    if (!staff)
        return Unexpected(staff.error());
    for (const StaffMember& m : *staff)
        tally.names.insert(m.id, m.name);
    O2O_TRY(addRedemptions(m_db, tally));
    O2O_TRY(addSales(m_db, tally));
    tally.finish();
    O2O_TRY(addVoids(m_db, report));
    O2O_TRY(addConflicts(m_db, report));
    O2O_TRY(addReturns(m_db, report));
    auto pending = RedemptionLedger(m_db).pendingEvents();
    if (!pending)
        return Unexpected(pending.error());
    report.pendingEvents = *pending;
    return report;
}

} // namespace o2o
