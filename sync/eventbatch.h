#pragma once

#include "store/outbox.h"

#include <QJsonObject>

namespace o2o {

/**
 * The body of POST /v1/events for a batch of outbox events (docs/protocol.md, "Upload"): each event with
 * its permanent event_id, type, created_ms and payload.
 */
QJsonObject eventBatchBody(const QList<OutboxEvent>& batch);

/**
 * The platform's answers to a batch, checked strictly: every result names an event of the batch once,
 * with one of the four statuses and what that status needs (a conflict its first redemption). Anything
 * else fails the whole answer, so nothing is settled on a body we do not fully understand. Events the
 * answer does not mention are simply not settled: they are sent again.
 */
[[nodiscard]] Result<QList<SettledEvent>> readEventAnswers(const QJsonObject& body,
                                                           const QList<OutboxEvent>& batch);

} // namespace o2o
