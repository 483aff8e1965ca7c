#pragma once

#include <QString>
#include <QTimeZone>

namespace o2o {

/**
 * An instant (UTC ms) as local time with its UTC offset ("2026-12-02T14:05:00+01:00"): what every
 * command, export and report prints, unambiguous across a DST change.
 */
QString localIsoTime(qint64 msecs);

/** The business day an instant belongs to: its date (YYYY-MM-DD) in the terminal's time zone. */
QString businessDay(qint64 msecs, const QTimeZone& zone);

} // namespace o2o
