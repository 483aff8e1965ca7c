#pragma once

#include "store/database.h"

#include <QJsonArray>
#include <QList>
#include <optional>

namespace o2o {

/** An in-store sale as the ledger keeps it. Amounts in minor units: total = subtotal - discount + tax. */
struct Sale {
    QString id; // permanent UUID
    QString cashier;
    QString terminalId;
    QString storeId;
    qint64 atMs = 0; // trusted time, as redemptions
    qint64 wallMs = 0;
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    QJsonArray lines; // [{sku, name, quantity, unit_price, amount, discount, tax_rate_bp, tax}] (minor units)
    QJsonArray payments; // [{method: cash|card|other|voucher, amount, redemption_id?}]
    QStringList redemptionIds;
    QString eventId;
    QString memberId;    // the member it was attributed to (hex of the id), empty: none
    bool voided = false; // read from the voids table
};

/** The sales ledger: recorded with their sale event; read by day for reports. */
class SaleStore {
public:
    explicit SaleStore(Database& db)
        : m_db(db) {}

    /** Writes the sale and queues its `sale` event; the caller holds the transaction. Sets eventId. */
    [[nodiscard]] Result<void> record(Sale& sale);
    /** Sales with fromMs <= at < toMs, oldest first. */
    [[nodiscard]] Result<QList<Sale>> between(qint64 fromMs, qint64 toMs);
    [[nodiscard]] Result<std::optional<Sale>> find(const QString& id);

private:
    Database& m_db;
};

} // namespace o2o
