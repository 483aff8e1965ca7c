#pragma once

#include "core/redemptionrequest.h"

#include <QDateTime>
#include <QTimeZone>

namespace o2o {

/** Where "now" comes from, so tests can stand anywhere in time. nowMsecs() may be called from several
 *  threads at once (the sync engine's page fetch): implementations must allow it. */
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMsecs() const = 0;
    /** The request time with its local weekday and minute worked out in this clock's time zone. */
    RequestTime requestTime() const;
    virtual QTimeZone timeZone() const { return QTimeZone::systemTimeZone(); }
};

class SystemClock final : public Clock {
public:
    qint64 nowMsecs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/** A clock that stays where it is put (tests, benchmarks). */
class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 msecs, QTimeZone zone = QTimeZone::utc())
        : m_msecs(msecs)
        , m_zone(std::move(zone)) {}
    qint64 nowMsecs() const override { return m_msecs; }
    QTimeZone timeZone() const override { return m_zone; }
    void setMsecs(qint64 msecs) { m_msecs = msecs; }
    void advanceSecs(qint64 secs) { m_msecs += secs * 1000; }

private:
    qint64 m_msecs;
    QTimeZone m_zone;
};

RequestTime requestTimeAt(qint64 msecs, const QTimeZone& zone);

} // namespace o2o
