#pragma once

#include "store/database.h"

#include <QJsonArray>
#include <QList>

namespace o2o {

/** A return as the ledger keeps it. Amounts in minor units. */
struct ReturnRecord {
    QString id;            // permanent UUID
    QString sourceKind;    // sale, order
    QString sourceId;      // the sale id, or the order's voucher id
    QByteArray codeHash;   // order: the keyed hash of its code
    QString sourceEventId; // the sale's event (orders: empty), so the platform can tie them
    QJsonArray lines;      // [{key, sku, name, quantity, amount}]
    qint64 amountMinor = 0;
    QString currency;
    QJsonArray refunds; // [{method, amount, redemption_id?}]
    QString reason;
    QString byStaff;
    QString terminalId;
    QString storeId;
    qint64 atMs = 0;
    qint64 wallMs = 0;
    QString eventId;
};

/** The returns ledger: each return with its `return` event; read by source (what is left) and by time. */
class ReturnStore {
public:
    explicit ReturnStore(Database& db)
        : m_db(db) {}

    /** Writes the return and queues its `return` event; the caller holds the transaction. Sets eventId. */
    [[nodiscard]] Result<void> record(ReturnRecord& ret);
    /** Every return of a sale or order, oldest first. */
    [[nodiscard]] Result<QList<ReturnRecord>> ofSource(const QString& sourceId);
    /** Returns with fromMs <= at < toMs, oldest first. */
    [[nodiscard]] Result<QList<ReturnRecord>> between(qint64 fromMs, qint64 toMs);

private:
    [[nodiscard]] Result<QList<ReturnRecord>> select(const char* sql, const QString& id, qint64 from,
                                                     qint64 to);
    Database& m_db;
};

} // namespace o2o
