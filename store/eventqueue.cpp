#include "store/eventqueue.h"

#include <QJsonDocument>
#include <QUuid>

namespace o2o {

namespace {
constexpr const char* kInsert =
    "INSERT INTO outbox(event_id, type, payload, created_ms) VALUES(?1, ?2, ?3, ?4)";
}

Result<QString> EventQueue::queue(const QString& type, QJsonObject payload, qint64 createdMs) {
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payload.insert(QStringLiteral("event_id"), eventId);
    payload.insert(QStringLiteral("type"), type);
    auto insert = m_db.connection().reuse(m_insert, kInsert);
    if (!insert)
        return Unexpected(insert.error());
    (*insert)
        ->bind(1, eventId)
        .bind(2, type)
        .bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(4, createdMs);
    if (const int rc = (*insert)->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot queue the %1 event").arg(type)));
    return eventId;
}

} // namespace o2o
