#include "store/businessdays.h"

#include "store/dayclosestore.h"

namespace o2o {

Result<qint64> BusinessDays::cutoff(QDate day) {
    const qint64 start = day.startOfDay(m_zone).toMSecsSinceEpoch();
    const qint64 end = day.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
    auto closed = DayCloseStore(m_db).find(day.toString(Qt::ISODate));
    if (!closed)
        return Unexpected(closed.error());
    // A close stamped before its day began cannot be (close-day refuses it): the whole day counts.
    const bool early = *closed && (*closed)->closedMs >= start && (*closed)->closedMs < end;
    return early ? (*closed)->closedMs : end;
}

Result<DaySpan> BusinessDays::span(QDate from, QDate to) {
    auto start = cutoff(from.addDays(-1));
    if (!start)
        return Unexpected(start.error());
    auto end = cutoff(to);
    if (!end)
        return Unexpected(end.error());
    return DaySpan{*start, std::max(*start, *end)};
}

Result<QDate> BusinessDays::dayOf(qint64 atMs) {
    const QDate day = QDateTime::fromMSecsSinceEpoch(atMs, m_zone).date();
    auto end = cutoff(day);
    if (!end)
        return Unexpected(end.error());
    return atMs < *end ? day : day.addDays(1);
}

} // namespace o2o
