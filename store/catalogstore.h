#pragma once

#include "store/database.h"

#include <QList>
#include <optional>

namespace o2o {

/** A product of the store's catalog. The price is in minor units of the store's currency, without tax. */
struct CatalogItem {
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    int taxRateBp = 0; // basis points: 20 % = 2000
    bool active = true;
};

/** The catalog the platform sends through the change feed (and the demo's, made locally). */
class CatalogStore {
public:
    explicit CatalogStore(Database& db)
        : m_db(db) {}

    /** Inserts or replaces one product; the caller holds the transaction. */
    [[nodiscard]] Result<void> upsert(const CatalogItem& item);
    [[nodiscard]] Result<QList<CatalogItem>> all();
    [[nodiscard]] Result<std::optional<CatalogItem>> find(const QString& sku);

private:
    Database& m_db;
};

} // namespace o2o
