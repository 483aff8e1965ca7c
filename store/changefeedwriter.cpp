#include "store/changefeedwriter.h"

namespace o2o {

ChangeFeedWriter::ChangeFeedWriter(Database& db)
    : m_db(db) {
    // Best effort: if it fails, the pull is merely slower.
    (void)m_db.connection().exec("PRAGMA synchronous = NORMAL");
}

ChangeFeedWriter::~ChangeFeedWriter() {
    m_group.reset(); // rolls back an uncommitted group: its pages come again from their cursor
    (void)m_db.connection().exec("PRAGMA synchronous = FULL");
}

Result<PageSummary> ChangeFeedWriter::apply(const ChangePage& page, qint64 nowMs) {
    if (!m_group) {
        m_group.emplace(m_db.connection());
        if (auto r = m_group->begin(); !r) {
            m_group.reset();
            return Unexpected(r.error());
        }
        m_groupAge.start();
    }
    auto applied = applyChangePage(m_db, page, nowMs); // joins the group's transaction
    if (!applied) {
        m_group.reset();
        m_pendingPages = 0;
        return applied;
    }
    ++m_pendingPages;
    return applied;
}

Result<void> ChangeFeedWriter::commit() {
    if (!m_group)
        return {};
    auto r = m_group->commit();
    m_group.reset(); // after a failed commit this rolls back
    m_pendingPages = 0;
    return r;
}

qint64 ChangeFeedWriter::groupAgeMs() const {
    return m_group ? m_groupAge.elapsed() : 0;
}

} // namespace o2o
