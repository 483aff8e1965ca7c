#pragma once

#include "store/database.h"

#include <QList>
#include <optional>

namespace o2o {

/** An event waiting for the platform, as the redemption transaction queued it. */
struct OutboxEvent {
    qint64 seq = 0;
    QString eventId; // permanent UUID: the platform deduplicates on it forever
    QString type;
    QByteArray payload; // JSON object
    qint64 createdMs = 0;
};

/** A redemption the platform recorded as a conflict: another terminal had taken the voucher first. */
struct ConflictRecord {
    QString eventId;
    QString redemptionId;
    QString voucherId;
    QString terminalId; // this terminal
    qint64 atMs = 0;
    QString firstTerminalId;
    qint64 firstAtMs = 0;
    QString firstRedemptionId;
    qint64 recordedMs = 0;
};

/** The platform's answer for one event that was sent. */
struct SettledEvent {
    OutboxEvent event;
    QString status;      // accepted, duplicate, conflict, rejected
    QString firstStatus; // duplicate only
    QString reason;      // rejected only
    std::optional<ConflictRecord> conflict;
};

/**
 * The outbox seen from the sync side: the oldest events to send, and settling the answered ones.
 * An event leaves the outbox only together with its recorded answer, in one transaction.
 */
class Outbox {
public:
    explicit Outbox(Database& db)
        : m_db(db) {}

    /** Up to limit events, oldest first. */
    [[nodiscard]] Result<QList<OutboxEvent>> oldest(int limit);
    [[nodiscard]] Result<qint64> pending();
    /**
     * Records each answer (and its conflict) and removes its event from the outbox, all or nothing.
     * Settling an event that another sync already settled changes nothing.
     */
    [[nodiscard]] Result<void> settle(const QList<SettledEvent>& answers, qint64 nowMs);
    /** Every conflict the platform reported, newest first. */
    [[nodiscard]] Result<QList<ConflictRecord>> conflicts();
    [[nodiscard]] Result<qint64> conflictCount();
    /** How many answers of each status have been recorded (for status and tests). */
    [[nodiscard]] Result<qint64> answered(const QString& status);

private:
    Database& m_db;
};

} // namespace o2o
