#pragma once

#include "store/database.h"

#include <QJsonObject>

namespace o2o {

/**
 * Queues an event for the platform in the caller's transaction (docs/protocol.md, "Events"): the
 * payload gets a new permanent event_id and its type, and waits in the outbox until the platform
 * answered it.
 */
class EventQueue {
public:
    explicit EventQueue(Database& db)
        : m_db(db) {}

    /** Returns the event's id. */
    [[nodiscard]] Result<QString> queue(const QString& type, QJsonObject payload, qint64 createdMs);

private:
    Database& m_db;
    sql::Statement m_insert;
};

} // namespace o2o
