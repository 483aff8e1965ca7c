#include "store/dayclosestore.h"

namespace o2o {

Result<bool> DayCloseStore::isClosed(const QString& day) {
    auto found = find(day);
    if (!found)
        return Unexpected(found.error());
    return found->has_value();
}

Result<std::optional<DayClose>> DayCloseStore::find(const QString& day) {
    auto stmt =
        m_db.connection().prepare("SELECT day, closed_ms, by_staff, override_reason, report, report_sha256, "
                                  "event_id FROM day_closes WHERE day = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, day);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<DayClose>();
    if (rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the closed days")));
    return std::optional<DayClose>(DayClose{stmt->text(0), stmt->int64(1), stmt->text(2), stmt->text(3),
                                            stmt->text(4).toUtf8(), stmt->text(5), stmt->text(6)});
}

Result<void> DayCloseStore::add(const DayClose& c) {
    auto stmt =
        m_db.connection().prepare("INSERT INTO day_closes(day, closed_ms, by_staff, override_reason, report, "
                                  "report_sha256, event_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, c.day).bind(2, c.closedMs).bind(3, c.byStaff).bind(4, c.overrideReason);
    stmt->bind(5, QString::fromUtf8(c.report)).bind(6, c.reportSha256).bind(7, c.eventId);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot close the day")));
    return {};
}

} // namespace o2o
