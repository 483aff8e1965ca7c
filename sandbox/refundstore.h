#pragma once

#include "store/sqlite.h"

#include <optional>
#include <vector>

namespace o2o::sandbox {

/** A return a terminal reported (a `return` event), as the platform keeps it. */
struct RefundRecord {
    QString returnId;
    QString eventId;
    QString terminalId;
    QString storeId;
    QString source;   // order, sale
    QString sourceId; // the order's voucher id, or the sale id
    qint64 amount = 0;
    QString currency;
    QByteArray refunds; // JSON array as the event carried it
    qint64 receivedMs = 0;
};

/** An online order with refunds: what it cost and what went back on its online payment. */
struct OrderRefund {
    QString voucherId;
    qint64 valueMinor = 0;
    qint64 refundedMinor = 0;
    QString currency;
    bool refunded() const { return refundedMinor >= valueMinor; }
};

/** The refunds of platform.db (returns at the counter). */
class RefundStore {
public:
    explicit RefundStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** The caller holds the transaction. */
    [[nodiscard]] Result<void> add(const RefundRecord& refund);
    [[nodiscard]] Result<bool> has(const QString& returnId);
    /** What went back on an order's online payment so far. */
    [[nodiscard]] Result<qint64> refundedOf(const QString& voucherId);
    /** Every online order with a refund, in the order of its first refund. */
    [[nodiscard]] Result<std::vector<OrderRefund>> orders();

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
