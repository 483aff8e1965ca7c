#pragma once

#include "core/voucherrecord.h"
#include "store/catalogstore.h"
#include "store/database.h"

#include <optional>
#include <vector>

namespace o2o {

/** The store's offline budget as the platform sets it (-1: no limit). */
struct PlatformSettings {
    int offlineMaxCount = -1;
    qint64 offlineMaxValueMinor = -1;
    int offlineMaxHours = -1;
    QString currency;
};

/** One entry of the change feed, already checked field by field. */
struct FeedChange {
    enum class Kind { Voucher, VoucherRemoved, Settings, Trust, Product };
    Kind kind = Kind::Voucher;
    VoucherRecord record;      // Voucher
    QString voucherId;         // VoucherRemoved
    PlatformSettings settings; // Settings
    qint64 trustSequence = 0;  // Trust
    CatalogItem product;       // Product (inactive: taken off the catalog)
};

/** A page of the change feed with where the next one starts. */
struct ChangePage {
    std::vector<FeedChange> changes;
    QString nextCursor;
    bool hasMore = false;
    qint64 serverTimeMs = 0;
};

/** What applying a page did. */
struct PageSummary {
    qint64 vouchers = 0;
    qint64 removed = 0;
    bool settings = false;
    qint64 trustAnnounced = 0;
};

/**
 * Applies one page of the change feed and stores its next cursor in one transaction, so an interrupted
 * pull resumes from the last whole page and a page applied twice changes nothing. Vouchers go through
 * VoucherCache::upsert (which never gives back uses or balance taken here); settings and the platform's
 * time go into TerminalSettings. nowMs is the terminal's clock: when the page is the last one, the voucher
 * cache and settings count as current from then.
 */
[[nodiscard]] Result<PageSummary> applyChangePage(Database& db, const ChangePage& page, qint64 nowMs);

/** Writes the platform's settings (enrollment answer) and raises the trusted time floor; joins a transaction.
 */
[[nodiscard]] Result<void>
applyPlatformSettings(Database& db, const std::optional<PlatformSettings>& settings, qint64 serverTimeMs);

} // namespace o2o
