#pragma once

#include "core/clock.h"
#include "store/dayclosestore.h"

#include <QDate>
#include <QJsonObject>

namespace o2o {

/** A manager's request to close a business day (their PIN with it). */
struct DayCloseRequest {
    QDate day;
    QString byStaff;
    QString pin;
    QString overrideReason; // closes despite events waiting to upload; audited
};

/** Refused (refusal set) or closed (close set, with the Z report). */
struct DayCloseOutcome {
    QString refusal; // wrong_pin, locked, not_permitted, already_closed, pending_events, day_not_started
    std::optional<DayClose> close;
    QJsonObject report; // the Z report, as hashed
    qint64 pendingEvents = 0;
    int attemptsLeft = 0;
    qint64 lockedUntilMs = 0;
};

/**
 * Closes a business day (end of day): a manager's PIN, then in one transaction the Z report (the day's
 * JSON report, hashed with SHA-256) stored, a `day_closed` event queued and the close audited. From then
 * on the day is locked: voids of it are refused and what is recorded later belongs to the next day
 * (BusinessDays). Refused while events wait to upload, unless an override reason is given.
 */
class DayCloseService {
public:
    DayCloseService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    [[nodiscard]] Result<DayCloseOutcome> close(const DayCloseRequest& request);
    /** The day a close without a date closes: the one entries are being filed under now. */
    [[nodiscard]] Result<QDate> currentDay();

private:
    /** The trusted time of the close: after every entry so far, never below the platform's word. */
    [[nodiscard]] Result<qint64> closingTime();
    /** Events waiting to upload, less the audit entries queued since lastSeqBefore (the sign-in's). */
    [[nodiscard]] Result<qint64> pendingEvents(qint64 lastSeqBefore);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace o2o
