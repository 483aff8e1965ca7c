#include "store/catalogstore.h"

namespace o2o {

namespace {
CatalogItem readItem(const sql::Statement& s) {
    return CatalogItem{s.text(0), s.text(1), s.int64(2), int(s.int64(3)), s.int64(4) != 0};
}
} // namespace

Result<void> CatalogStore::upsert(const CatalogItem& item) {
    auto stmt = m_db.connection().prepare("INSERT INTO catalog(sku, name, price, tax_rate_bp, active) "
                                          "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(sku) DO UPDATE SET "
                                          "name = excluded.name, price = excluded.price, "
                                          "tax_rate_bp = excluded.tax_rate_bp, active = excluded.active");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, item.sku).bind(2, item.name).bind(3, item.priceMinor).bind(4, item.taxRateBp);
    stmt->bind(5, item.active ? 1 : 0);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot store a product")));
    return {};
}

Result<QList<CatalogItem>> CatalogStore::all() {
    auto stmt = m_db.connection().prepare(
        "SELECT sku, name, price, tax_rate_bp, active FROM catalog WHERE active = 1 ORDER BY name, sku");
    if (!stmt)
        return Unexpected(stmt.error());
    QList<CatalogItem> items;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        items.append(readItem(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the catalog")));
    return items;
}

Result<std::optional<CatalogItem>> CatalogStore::find(const QString& sku) {
    auto stmt =
        m_db.connection().prepare("SELECT sku, name, price, tax_rate_bp, active FROM catalog WHERE sku = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, sku);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<CatalogItem>();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the catalog")));
    return std::optional<CatalogItem>(readItem(*stmt));
}

} // namespace o2o
