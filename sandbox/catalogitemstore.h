#pragma once

#include "store/sqlite.h"

#include <QList>
#include <optional>

namespace o2o::sandbox {

/** A product of a store's catalog on the platform. */
struct Product {
    QString storeId;
    QString sku;
    QString name;
    qint64 priceMinor = 0; // without tax, in the store's currency
    int taxRateBp = 0;     // 20 % = 2000
    bool active = true;
};

/** The catalogs of platform.db; a change reaches the store's terminals through the change feed. */
class CatalogItemStore {
public:
    explicit CatalogItemStore(sql::Connection& connection)
        : m_connection(connection) {}

    [[nodiscard]] Result<void> put(const Product& product);
    [[nodiscard]] Result<QList<Product>> ofStore(const QString& storeId);
    [[nodiscard]] Result<std::optional<Product>> find(const QString& storeId, const QString& sku);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
