// POST /v1/events: a batch of outbox events, answered per event in one transaction
// (docs/protocol.md, "Upload: events").
#include "sandbox/eventprocessor.h"
#include "sandbox/httpreply.h"
#include "sandbox/routes.h"

#include <QJsonArray>

namespace o2o::sandbox {

namespace {
constexpr qsizetype kMaxBatch = 500;
} // namespace

void routeEvents(RouteContext& context, const httplib::Request&, httplib::Response& res) {
    const auto body = jsonBody(context.body);
    if (!body || !body->value(QStringLiteral("events")).isArray())
        return replyError(res, 400, QStringLiteral("the body must be {\"events\": [...]}"));
    const QJsonArray events = body->value(QStringLiteral("events")).toArray();
    if (events.size() > kMaxBatch)
        return replyError(res, 413, QStringLiteral("at most %1 events per batch").arg(kMaxBatch));
    // An event without an id cannot be answered, and a batch is answered whole or not at all.
    for (const QJsonValue event : events)
        if (!hasUsableEventId(event))
            return replyError(res, 400, QStringLiteral("every event needs an event_id (a string)"));

    sql::Connection& connection = context.store.connection();
    sql::Transaction transaction(connection);
    if (auto r = transaction.begin(); !r)
        return replyStoreError(res, r.error());
    if (auto r = releaseExpiredHolds(connection, context.nowMs); !r)
        return replyStoreError(res, r.error());
    EventProcessor processor(connection, *context.device, context.nowMs);
    QJsonArray results;
    for (const QJsonValue event : events) {
        auto answer = processor.process(event.toObject());
        if (!answer)
            return replyStoreError(res, answer.error()); // rolls back: no event of the batch counts
        results.append(*answer);
    }
    if (auto r = transaction.commit(); !r)
        return replyStoreError(res, r.error());
    replyJson(res, 200, QJsonObject{{QStringLiteral("results"), results}});
}

} // namespace o2o::sandbox
