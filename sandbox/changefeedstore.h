#pragma once

#include "sandbox/platformstore.h"

#include <vector>

namespace o2o::sandbox {

/** One entry of the change feed: the latest state of what changed, not the change itself. */
struct FeedChange {
    enum class Kind { Voucher, Settings, Trust, Product };

    qint64 seq = 0;
    Kind kind = Kind::Voucher;
    QString storeId;       // Settings, Product: whose
    QString sku;           // Product
    IssuedVoucher voucher; // Voucher: as issued (revoked: a removal)
    int usesLeft = 0;
    qint64 balanceLeft = 0;
};

/** A page of the feed for one store. */
struct FeedPage {
    std::vector<FeedChange> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
};

/**
 * Reads the change feed (docs/protocol.md, "Download: the change feed"). The cursor is the `changes`
 * table's seq: each thing that changed has one row, renumbered on every change, so a page after a
 * cursor holds each voucher once, in its latest state.
 */
class ChangeFeedStore {
public:
    explicit ChangeFeedStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** What changed after cursor for storeId: its cached vouchers, its settings, the trust list. */
    [[nodiscard]] Result<FeedPage> page(const QString& storeId, qint64 cursor, int limit);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
