#pragma once

#include "store/businessdays.h"
#include "store/outbox.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace o2o {

/** One line of a breakdown: the redemptions, sales and voids of a kind, deal, cashier, hour, day... */
struct ReportGroup {
    QString key;            // kind name, deal, cashier id, hour "09", day, "online"/"offline", payment method
    QString label;          // what people read: the deal's kind, the cashier's name
    qint64 redemptions = 0; // voided ones excluded, as everywhere but `voids`
    qint64 redemptionsMinor = 0;
    qint64 uses = 0;
    qint64 sales = 0;
    qint64 salesMinor = 0;
    qint64 voids = 0; // entries of this group that were voided
};

/** A redemption or sale of the period that was voided. */
struct ReportVoid {
    QString targetId;
    QString targetKind; // redemption, sale
    QString description;
    QString cashier;
    qint64 atMs = 0;
    qint64 amountMinor = 0;
    QString by;
    QString reason;
    qint64 voidedMs = 0;
};

/**
 * The report of one business day or a run of them (the Z report is the JSON of a day's): totals, and the
 * same counted by voucher kind, deal, cashier, hour, day, online/offline and payment method; the voids,
 * the conflicts the platform reported, and the events still waiting to upload. Amounts are in the
 * terminal's currency, as decimal strings in JSON.
 */
struct DayReport {
    QDate from;
    QDate to;
    QString timeZone;
    DaySpan span;
    qint64 generatedMs = 0;
    QString storeId;
    QString terminalId;
    QString currency;
    qint64 closedMs = 0; // a single day already closed: when and by whom (not in a Z report: made before)
    QString closedBy;
    ReportGroup totals;
    qint64 pendingEvents = 0;
    qint64 salesTaxMinor = 0;
    qint64 salesDiscountMinor = 0;
    QList<ReportGroup> byKind;
    QList<ReportGroup> byDeal;
    QList<ReportGroup> byCashier;
    QList<ReportGroup> byHour; // 24 rows, 00 to 23, local hour in the report's time zone
    QList<ReportGroup> byDay;
    QList<ReportGroup> byChannel; // online, offline
    QList<ReportGroup> byPayment; // cash, card, voucher, other: sales counts the payments
    QList<ReportVoid> voids;
    QList<ConflictRecord> conflicts;
    // Returns filed in the period (by when they were made, not when the goods were bought): the refunds
    // counted by how the money went back (cash, card, other, voucher: onto the card, online: the
    // platform's refund of an online order). Sales above are not reduced by them.
    qint64 returns = 0;
    qint64 refundsMinor = 0;
    QList<ReportGroup> refundsByPayment; // key: method; sales: refunds counted; salesMinor: amount

    QJsonObject toJson() const;
    QString amount(qint64 minor) const; // "25.00" in the report's currency
    QString localTime(qint64 ms) const; // ISO 8601 with the offset, in the report's time zone
};

/** Builds reports from the ledgers; reads only, in one snapshot the caller may hold. */
class DayReportBuilder {
public:
    DayReportBuilder(Database& db, QTimeZone zone)
        : m_db(db)
        , m_days(db, std::move(zone)) {}

    /**
     * closingAtMs: the Z report of a day being closed at that instant, whose period ends there (nothing
     * recorded so far is later: the close takes the write lock and files itself after the latest entry).
     */
    [[nodiscard]] Result<DayReport> build(QDate from, QDate to, qint64 nowMs,
                                          std::optional<qint64> closingAtMs = std::nullopt);

private:
    Database& m_db;
    BusinessDays m_days;
};

} // namespace o2o
