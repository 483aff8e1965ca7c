#pragma once

#include "store/changeapply.h"

#include <QElapsedTimer>
#include <optional>

namespace o2o {

/**
 * Applies the pages of one pull of the change feed, several pages to a transaction. The cache is keyed
 * by random hashes, so every commit of a page rewrites thousands of scattered B-tree pages (WAL frames,
 * then the checkpoint): grouping pages cuts what a 1M-voucher pull writes fivefold. Each page still
 * stores its cursor, so whatever is lost to a crash or an error is the open group alone, and the pull
 * resumes from the last committed page.
 *
 * For its lifetime the connection commits with synchronous=NORMAL (unless made inside a transaction):
 * a group lost to a power cut goes with its cursor and is fetched again. A page that fails to apply
 * rolls back its whole group (nothing is lost: the cursor goes back with it). The setting belongs to this
 * connection only, so redemptions (other connections) stay FULL; FULL is restored when the writer goes.
 */
class ChangeFeedWriter {
public:
    explicit ChangeFeedWriter(Database& db);
    ~ChangeFeedWriter();
    ChangeFeedWriter(const ChangeFeedWriter&) = delete;
    ChangeFeedWriter& operator=(const ChangeFeedWriter&) = delete;

    /** Applies a page inside the open group, opening one when none is. A failure rolls the group back. */
    [[nodiscard]] Result<PageSummary> apply(const ChangePage& page, qint64 nowMs);
    /** Commits the open group, if any. */
    [[nodiscard]] Result<void> commit();
    /** How long the open group has held the write lock; 0 when none is open. */
    qint64 groupAgeMs() const;

private:
    Database& m_db;
    std::optional<sql::Transaction> m_group;
    QElapsedTimer m_groupAge;
    bool m_relaxed = false; // synchronous=NORMAL set by this writer, FULL to be restored
};

} // namespace o2o
