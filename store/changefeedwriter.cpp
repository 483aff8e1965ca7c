#include "store/changefeedwriter.h"

#include "store/storelog.h"

namespace o2o {

ChangeFeedWriter::ChangeFeedWriter(Database& db)
    : m_db(db) {
    // SQLite refuses to change the setting inside a transaction; then the pull is merely slower.
    if (m_db.connection().inTransaction())
        return;
    m_relaxed = m_db.connection().exec("PRAGMA synchronous = NORMAL").has_value();
}

ChangeFeedWriter::~ChangeFeedWriter() {
    m_group.reset(); // rolls back an uncommitted group: its pages come again from their cursor
    if (!m_relaxed)
        return;
    // Everything this connection commits later (outbox answers, settings) must be durable again.
    auto restored = m_db.connection().exec("PRAGMA synchronous = FULL");
    auto mode = restored ? m_db.connection().scalar("PRAGMA synchronous") : Result<qint64>(0);
    if (!mode || *mode != 2)
        qCWarning(lcStore) << "the sync connection could not be set back to synchronous=FULL";
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
    if (!applied)
        m_group.reset();
    return applied;
}

Result<void> ChangeFeedWriter::commit() {
    if (!m_group)
        return {};
    auto r = m_group->commit();
    m_group.reset(); // after a failed commit this rolls back
    return r;
}

qint64 ChangeFeedWriter::groupAgeMs() const {
    return m_group ? m_groupAge.elapsed() : 0;
}

} // namespace o2o
