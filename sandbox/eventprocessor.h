#pragma once

#include "sandbox/devicestore.h"
#include "sandbox/eventstore.h"
#include "sandbox/holdstore.h"
#include "sandbox/voucherusagestore.h"

#include <QJsonObject>

namespace o2o::sandbox {

/**
 * Turns one uploaded event into the platform's answer and records it (docs/protocol.md, "Upload:
 * events"): dedup by event_id forever, redemptions take from the voucher or conflict with the first
 * redemption, voids give back, day closes keep their Z report. The caller holds the batch's transaction.
 */
class EventProcessor {
public:
    EventProcessor(sql::Connection& connection, const Device& device, qint64 nowMs);

    /** The answer for one event; an Error only when the database fails (the whole batch then fails). */
    [[nodiscard]] Result<QJsonObject> process(const QJsonObject& event);

private:
    struct Outcome {
        QString status;
        QString reason;
        QJsonObject conflict;
    };
    [[nodiscard]] Result<Outcome> redeem(const QJsonObject& payload, EventRecord& record);
    [[nodiscard]] Result<Outcome> voidRedemption(const QJsonObject& payload, EventRecord& record);
    /** A return at a counter: an online order's refund on its payment, a sale's card refunds. */
    [[nodiscard]] Result<Outcome> returnGoods(const QJsonObject& payload, EventRecord& record);
    [[nodiscard]] Result<Outcome> closeDay(const QJsonObject& payload, const EventRecord& record);
    [[nodiscard]] Result<QJsonObject> conflictWithFirst(const QString& voucherId);
    [[nodiscard]] Result<QJsonObject> duplicateAnswer(const QString& eventId, const FirstAnswer& first);

    sql::Connection& m_connection;
    const Device& m_device;
    qint64 m_nowMs;
    EventStore m_events;
    VoucherUsageStore m_usage;
    HoldStore m_holds;
};

/** Gives back what expired, unconfirmed holds reserved (docs/protocol.md: released after 10 minutes). */
[[nodiscard]] Result<void> releaseExpiredHolds(sql::Connection& connection, qint64 nowMs);

/** Whether an event batch element can be answered at all: it needs a string event_id. */
bool hasUsableEventId(const QJsonValue& event);

} // namespace o2o::sandbox
