#include "sync/eventbatch.h"

#include "sync/jsonfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace o2o {

namespace {

// The outbox row keeps event_id and type inside its JSON as well; on the wire they sit beside the payload.
QJsonObject payloadOf(const OutboxEvent& e) {
    QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
    payload.remove(QStringLiteral("event_id"));
    payload.remove(QStringLiteral("type"));
    return payload;
}

Unexpected badResult(qsizetype index, const QString& why) {
    return fail(ErrorCode::InvalidInput, QStringLiteral("POST /v1/events: result %1: %2").arg(index).arg(why),
                true);
}

ConflictRecord conflictFor(const OutboxEvent& e, const QJsonObject& conflict) {
    const QJsonObject payload = QJsonDocument::fromJson(e.payload).object();
    ConflictRecord k;
    k.eventId = e.eventId;
    k.redemptionId = payload.value(QLatin1StringView("redemption_id")).toString();
    k.voucherId = conflict.value(QLatin1StringView("voucher_id"))
                      .toString(payload.value(QLatin1StringView("voucher_id")).toString());
    k.terminalId = payload.value(QLatin1StringView("terminal_id")).toString();
    k.atMs = qint64(payload.value(QLatin1StringView("at_ms")).toDouble(double(e.createdMs)));
    k.firstTerminalId = conflict.value(QLatin1StringView("first_terminal_id")).toString();
    k.firstAtMs = qint64(conflict.value(QLatin1StringView("first_at_ms")).toDouble());
    k.firstRedemptionId = conflict.value(QLatin1StringView("first_redemption_id")).toString();
    return k;
}

} // namespace

QJsonObject eventBatchBody(const QList<OutboxEvent>& batch) {
    QJsonArray events;
    for (const OutboxEvent& e : batch)
        events.append(QJsonObject{{QStringLiteral("event_id"), e.eventId},
                                  {QStringLiteral("type"), e.type},
                                  {QStringLiteral("created_ms"), e.createdMs},
                                  {QStringLiteral("payload"), payloadOf(e)}});
    return QJsonObject{{QStringLiteral("events"), events}};
}

Result<QList<SettledEvent>> readEventAnswers(const QJsonObject& body, const QList<OutboxEvent>& batch) {
    json::Reader top(body, QStringLiteral("POST /v1/events"));
    const QJsonArray results = top.array(QLatin1StringView("results"));
    if (!top.ok())
        return top.failure();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < batch.size(); ++i)
        index.insert(batch.at(i).eventId, i);

    QList<SettledEvent> settled;
    QSet<QString> seen;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results.at(i).isObject())
            return badResult(i, QStringLiteral("not an object"));
        json::Reader r(results.at(i).toObject(), QStringLiteral("POST /v1/events: result %1").arg(i));
        SettledEvent s;
        const QString eventId = r.string(QLatin1StringView("event_id"));
        s.status = r.string(QLatin1StringView("status"));
        if (!r.ok())
            return r.failure();
        if (!index.contains(eventId))
            return badResult(i, QStringLiteral("names an event that was not sent"));
        if (seen.contains(eventId))
            return badResult(i, QStringLiteral("answers an event twice"));
        seen.insert(eventId);
        s.event = batch.at(index.value(eventId));
        if (s.status == QStringLiteral("conflict")) {
            json::Reader c(r.object(QLatin1StringView("conflict")),
                           QStringLiteral("POST /v1/events: conflict %1").arg(i));
            if (!r.ok())
                return r.failure();
            c.string(QLatin1StringView("first_terminal_id"));
            c.integer(QLatin1StringView("first_at_ms"));
            c.string(QLatin1StringView("first_redemption_id"));
            if (!c.ok())
                return c.failure();
            s.conflict = conflictFor(
                s.event, results.at(i).toObject().value(QLatin1StringView("conflict")).toObject());
        } else if (s.status == QStringLiteral("rejected")) {
            s.reason = r.string(QLatin1StringView("reason")).left(64);
        } else if (s.status == QStringLiteral("duplicate")) {
            s.firstStatus = r.optionalString(QLatin1StringView("first_status")).left(16);
            // A resend after a lost answer: if the first answer was a conflict, the manager must still see
            // it.
            if (s.firstStatus == QStringLiteral("conflict"))
                s.conflict = conflictFor(
                    s.event, results.at(i).toObject().value(QLatin1StringView("conflict")).toObject());
        } else if (s.status != QStringLiteral("accepted")) {
            return badResult(i, QStringLiteral("unknown status '%1'").arg(s.status.left(32)));
        }
        if (!r.ok())
            return r.failure();
        settled.append(std::move(s));
    }
    return settled;
}

} // namespace o2o
