#include "sandbox/changefeedstore.h"

namespace o2o::sandbox {

namespace {

// Signed vouchers never appear: terminals verify those from the code itself and learn of revocations
// through the trust list. The trust entry counts only once there is a key to trust.
// NOT INDEXED keeps SQLite on the rowid (seq) order: it reads forward from the cursor and stops at the
// limit, instead of collecting and sorting every change through an index (1 s a page at 1M vouchers).
constexpr const char* kPage = R"sql(
SELECT c.seq, c.entity, c.entity_id, v.code, v.kind, v.store_id, v.currency, v.value_minor, v.uses,
       v.valid_from, v.valid_until, v.revoked, coalesce(v.uses_left, v.uses),
       coalesce(v.balance_left, v.value_minor), v.campaign
FROM changes c NOT INDEXED LEFT JOIN vouchers v ON c.entity = 'voucher' AND v.id = c.entity_id
WHERE c.seq > ?1 AND (
  (c.entity = 'voucher' AND v.signed = 0 AND (v.store_id = ?2 OR v.store_id = '*'))
  OR (c.entity = 'settings' AND c.entity_id = ?2)
  OR (c.entity = 'product' AND c.entity_id > ?2 || '|' AND c.entity_id < ?2 || '}')
  OR (c.entity = 'trust' AND EXISTS (SELECT 1 FROM signing_keys)))
ORDER BY c.seq LIMIT ?3
)sql";

} // namespace

Result<FeedPage> ChangeFeedStore::page(const QString& storeId, qint64 cursor, int limit) {
    // One snapshot: the page and the feed's end must agree, or a change made between them could be
    // skipped by a next_cursor that jumps past it.
    sql::ReadSnapshot snapshot(m_connection);
    O2O_TRY(snapshot.begin());
    auto stmt = m_connection.prepare(kPage);
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, cursor).bind(2, storeId).bind(3, qint64(limit) + 1);
    FeedPage page;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        if (int(page.changes.size()) == limit) {
            page.hasMore = true;
            break;
        }
        FeedChange change;
        change.seq = stmt->int64(0);
        const QString entity = stmt->text(1);
        if (entity == QStringLiteral("voucher")) {
            change.kind = FeedChange::Kind::Voucher;
            IssuedVoucher& v = change.voucher;
            v.id = stmt->text(2);
            v.code = stmt->text(3);
            v.kind = kindFromName(stmt->text(4)).value_or(VoucherKind::SingleUse);
            v.storeId = stmt->text(5);
            v.currency = stmt->text(6);
            v.valueMinor = stmt->int64(7);
            v.uses = int(stmt->int64(8));
            v.validFrom = stmt->int64(9);
            v.validUntil = stmt->int64(10);
            v.revoked = stmt->int64(11) != 0;
            change.usesLeft = int(stmt->int64(12));
            change.balanceLeft = stmt->int64(13);
            v.campaign = stmt->text(14);
        } else if (entity == QStringLiteral("settings")) {
            change.kind = FeedChange::Kind::Settings;
            change.storeId = stmt->text(2);
        } else if (entity == QStringLiteral("product")) {
            change.kind = FeedChange::Kind::Product;
            change.storeId = storeId;
            change.sku = stmt->text(2).section(u'|', 1);
        } else {
            change.kind = FeedChange::Kind::Trust;
        }
        page.changes.push_back(std::move(change));
    }
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the change feed")));
    page.nextCursor = page.changes.empty() ? cursor : page.changes.back().seq;
    if (!page.hasMore) {
        // Nothing more for this store up to the end of the feed: skip the other stores' rows next time.
        auto end = m_connection.scalar("SELECT coalesce(max(seq), 0) FROM changes");
        if (!end)
            return Unexpected(end.error());
        page.nextCursor = std::max(page.nextCursor, *end);
    }
    return page;
}

} // namespace o2o::sandbox
