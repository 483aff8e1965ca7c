#pragma once

#include "store/sqlite.h"

#include <optional>
#include <vector>

namespace o2o::sandbox {

/** One event a terminal uploaded, with the platform's answer (docs/protocol.md, "Upload: events"). */
struct EventRecord {
    QString eventId;
    QString type;
    QString deviceId;
    QString terminalId;
    QString voucherId;    // a void names the voucher of the redemption it voids
    QString redemptionId; // redemptions: their id; voids: the redemption voided
    qint64 uses = 0;
    qint64 amount = 0;
    qint64 atMs = 0;
    qint64 receivedMs = 0;
    QString status; // accepted, conflict, rejected
    QString reason; // rejected: why
    QByteArray payload;
    QByteArray conflict; // conflict: the answer's conflict object (JSON)
};

/** The answer an event got when it first arrived. */
struct FirstAnswer {
    QString status;
    QByteArray conflict; // JSON; empty unless status is conflict (and empty for old conflicts too)
    QString voucherId;
};

/** Every event ever received, once per event_id: the platform's ledger and deduplication memory. */
class EventStore {
public:
    explicit EventStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** The answer the event got when it first arrived; none if it never did. */
    [[nodiscard]] Result<std::optional<FirstAnswer>> firstAnswer(const QString& eventId);
    [[nodiscard]] Result<void> add(const EventRecord& event);
    /** The earliest accepted redemption of a voucher: the one a conflict names. */
    [[nodiscard]] Result<std::optional<EventRecord>> firstAcceptedRedemption(const QString& voucherId);
    /** The accepted redemption with this redemption id, if any. */
    [[nodiscard]] Result<std::optional<EventRecord>> acceptedRedemption(const QString& redemptionId);
    /** Whether an accepted void of this redemption exists. */
    [[nodiscard]] Result<bool> isVoided(const QString& redemptionId);
    /** Every event in arrival order (o2o-sandbox ledger). */
    [[nodiscard]] Result<std::vector<EventRecord>> all();

private:
    [[nodiscard]] Result<std::vector<EventRecord>> select(const char* tail, const QString& value);

    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
