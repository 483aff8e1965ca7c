#pragma once

#include "store/database.h"

#include <QList>

namespace o2o {

/** Which entries of a span the manager's day list shows. Empty fields do not filter. */
struct DayLogQuery {
    qint64 fromMs = 0; // fromMs <= at < toMs: a business day's span (BusinessDays::span)
    qint64 toMs = 0;
    QString cashier;  // the cashier's id as recorded
    QString kind;     // "sale", "redemption" (any voucher kind), or a voucher kind name ("single_use", ...)
    QString codeTail; // part of the last four characters of a voucher code (case-insensitive); a sale
                      // matches when a voucher it used does
    int limit = 500;  // newest first; the totals count every match
};

/** One row of the day list: a redemption or a sale. */
struct DayLogEntry {
    bool sale = false;
    QString id;
    qint64 atMs = 0;
    QString kind;        // the voucher kind name; "sale" for a sale
    QString description; // the deal, or the sale's lines ("Coffee x2, Bagel")
    QString codeTail;    // redemptions: the code's last four characters
    int uses = 0;
    qint64 amountMinor = 0; // taken from the voucher; a sale's total
    QString currency;
    QString cashier;
    QString cashierName; // from the staff list; empty when the cashier is no staff member
    bool online = false;
    bool voided = false;
    QString voidReason;
    QString saleId; // a redemption made during a sale
};

/** The totals of every entry matching a query (not only the rows returned); voided ones apart. */
struct DayLogTotals {
    qint64 redemptions = 0;
    qint64 redemptionsMinor = 0;
    qint64 uses = 0;
    qint64 sales = 0;
    qint64 salesMinor = 0;
    qint64 voided = 0;
};

/** A cashier who recorded something in a span, with their staff name when they have one. */
struct DayLogCashier {
    QString id;
    QString name;
};

/** The day list the manager reviews and voids from: reads only. */
class DayLog {
public:
    explicit DayLog(Database& db)
        : m_db(db) {}

    /** The matching entries, newest first, at most query.limit. */
    [[nodiscard]] Result<QList<DayLogEntry>> entries(const DayLogQuery& query);
    [[nodiscard]] Result<DayLogTotals> totals(const DayLogQuery& query);
    /** Everyone who recorded a redemption or a sale in the span, by id. */
    [[nodiscard]] Result<QList<DayLogCashier>> cashiers(qint64 fromMs, qint64 toMs);

private:
    Database& m_db;
};

} // namespace o2o
