#pragma once

#include "store/database.h"

#include <QDate>
#include <QTimeZone>

namespace o2o {

/** The instants a run of business days covers: fromMs <= at < toMs. */
struct DaySpan {
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

/**
 * Which business day an entry is filed under. A day is local midnight to local midnight in the terminal's
 * time zone, except that closing a day ends it at the close: what is recorded after the close (trusted
 * time at or after closed_ms) belongs to the next day, so a Z report never changes once stored. A day
 * cannot be closed before it begins, so the next day is never closed when that happens.
 */
class BusinessDays {
public:
    BusinessDays(Database& db, QTimeZone zone)
        : m_db(db)
        , m_zone(std::move(zone)) {}

    /** The instants of the days from..to (inclusive). */
    [[nodiscard]] Result<DaySpan> span(QDate from, QDate to);
    /** The day an entry recorded at atMs (trusted time) belongs to. */
    [[nodiscard]] Result<QDate> dayOf(qint64 atMs);

    const QTimeZone& zone() const { return m_zone; }

private:
    /** When the day stops taking entries: its close when closed before its end, else its end. */
    [[nodiscard]] Result<qint64> cutoff(QDate day);

    Database& m_db;
    QTimeZone m_zone;
};

} // namespace o2o
