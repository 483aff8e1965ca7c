#include "sandbox/catalogitemstore.h"

namespace o2o::sandbox {

namespace {
constexpr const char* kColumns = "store_id, sku, name, price_minor, tax_rate_bp, active FROM catalog";

Product readProduct(const sql::Statement& s) {
    return Product{s.text(0), s.text(1), s.text(2), s.int64(3), int(s.int64(4)), s.int64(5) != 0};
}
} // namespace

Result<void> CatalogItemStore::put(const Product& p) {
    auto stmt =
        m_connection.prepare("INSERT INTO catalog(store_id, sku, name, price_minor, tax_rate_bp, active) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(store_id, sku) DO UPDATE SET "
                             "name = excluded.name, price_minor = excluded.price_minor, "
                             "tax_rate_bp = excluded.tax_rate_bp, active = excluded.active");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, p.storeId).bind(2, p.sku).bind(3, p.name).bind(4, p.priceMinor).bind(5, p.taxRateBp);
    stmt->bind(6, p.active ? 1 : 0);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the product")));
    return {};
}

Result<QList<Product>> CatalogItemStore::ofStore(const QString& storeId) {
    auto stmt = m_connection.prepare(
        (QByteArray("SELECT ") + kColumns + " WHERE store_id = ?1 ORDER BY sku").constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId);
    QList<Product> products;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        products.append(readProduct(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the catalog")));
    return products;
}

Result<std::optional<Product>> CatalogItemStore::find(const QString& storeId, const QString& sku) {
    auto stmt = m_connection.prepare(
        (QByteArray("SELECT ") + kColumns + " WHERE store_id = ?1 AND sku = ?2").constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId).bind(2, sku);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<Product>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the catalog")));
    return std::optional<Product>(readProduct(*stmt));
}

} // namespace o2o::sandbox
