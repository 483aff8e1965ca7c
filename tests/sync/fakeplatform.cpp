#include "tests/sync/fakeplatform.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace o2o::test {

namespace {

HttpResponse jsonAnswer(QJsonObject body) {
    HttpResponse r;
    r.status = 200;
    r.contentType = "application/json";
    r.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
    body.insert(QStringLiteral("server_time_ms"), r.serverTimeMs);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject result(const QString& eventId, const QString& status) {
    return {{QStringLiteral("event_id"), eventId}, {QStringLiteral("status"), status}};
}

} // namespace

FakePlatform::FakePlatform()
    : m_transport(
          [this](const HttpRequest& request, const QString& client) { return answer(request, client); }) {}

void FakePlatform::addVouchers(const QList<VoucherRecord>& records) {
    std::lock_guard lock(m_mutex);
    for (const VoucherRecord& r : records) {
        m_voucherIds.insert(r.voucher.id);
        m_feed.append({{QStringLiteral("type"), QStringLiteral("voucher")},
                       {QStringLiteral("record"), voucherRecordToJson(r)}});
    }
}

void FakePlatform::removeVoucher(const QString& id) {
    std::lock_guard lock(m_mutex);
    m_voucherIds.remove(id);
    m_feed.append({{QStringLiteral("type"), QStringLiteral("voucher_removed")}, {QStringLiteral("id"), id}});
}

void FakePlatform::setSettings(const QJsonObject& settings) {
    std::lock_guard lock(m_mutex);
    m_feed.append(
        {{QStringLiteral("type"), QStringLiteral("settings")}, {QStringLiteral("settings"), settings}});
}

void FakePlatform::setPageSize(int changes) {
    std::lock_guard lock(m_mutex);
    m_pageSize = std::max(1, changes);
}

QHash<QString, FakePlatform::Event> FakePlatform::events(const QString& client) const {
    std::lock_guard lock(m_mutex);
    QHash<QString, Event> mine;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        if (it->client == client)
            mine.insert(it.key(), *it);
    return mine;
}

int FakePlatform::usesTaken(const QString& voucherId) const {
    std::lock_guard lock(m_mutex);
    int uses = 0;
    for (const Event& e : m_events)
        if (e.voucherId == voucherId && e.status == QStringLiteral("accepted"))
            uses += e.uses;
    return uses;
}

qint64 FakePlatform::amountTaken(const QString& voucherId) const {
    std::lock_guard lock(m_mutex);
    qint64 amount = 0;
    for (const Event& e : m_events)
        if (e.voucherId == voucherId && e.status == QStringLiteral("accepted"))
            amount += e.amount;
    return amount;
}

HttpResponse FakePlatform::answer(const HttpRequest& request, const QString& client) {
    const QUrl url(request.url);
    const QString route = QString::fromLatin1(request.method) + u' ' + url.path();
    if (route == QStringLiteral("GET /v1/changes"))
        return getChanges(url.query());
    if (route == QStringLiteral("POST /v1/events"))
        return postEvents(request.body, client);
    if (route == QStringLiteral("GET /v1/trust"))
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no signing key yet"));
    return errorResponse(404, QStringLiteral("not_found"), route);
}

HttpResponse FakePlatform::getChanges(const QString& query) {
    const QUrlQuery q(query);
    const QString cursor = q.queryItemValue(QStringLiteral("cursor"));
    const int limit = std::clamp(q.queryItemValue(QStringLiteral("limit")).toInt(), 1, 5000);
    bool ok = true;
    const qsizetype from = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
    std::lock_guard lock(m_mutex);
    if (!ok || from < 0 || from > m_feed.size())
        return errorResponse(400, QStringLiteral("bad_request"), QStringLiteral("unknown cursor"));
    const qsizetype to = std::min(m_feed.size(), from + std::min(limit, m_pageSize));
    QJsonArray page;
    for (qsizetype i = from; i < to; ++i)
        page.append(m_feed.at(i));
    return jsonAnswer({{QStringLiteral("changes"), page},
                       {QStringLiteral("next_cursor"), QString::number(to)},
                       {QStringLiteral("has_more"), to < m_feed.size()}});
}

HttpResponse FakePlatform::postEvents(const QByteArray& body, const QString& client) {
    const QJsonArray batch = QJsonDocument::fromJson(body).object().value(QStringLiteral("events")).toArray();
    if (batch.size() > 500)
        return errorResponse(413, QStringLiteral("too_large"), QStringLiteral("at most 500 events"));
    for (const QJsonValue e : batch)
        if (!e[QStringLiteral("event_id")].isString())
            return errorResponse(400, QStringLiteral("bad_request"),
                                 QStringLiteral("an event without event_id"));
    std::lock_guard lock(m_mutex);
    // One transaction on a real platform: the whole batch is applied before anything is answered.
    QJsonArray results;
    for (const QJsonValue value : batch) {
        const QJsonObject e = value.toObject();
        const QString id = e.value(QStringLiteral("event_id")).toString();
        const QByteArray bytes = QJsonDocument(e).toJson(QJsonDocument::Compact);
        auto known = m_events.find(id);
        if (known != m_events.end()) {
            ++known->deliveries;
            known->sameEveryTime = known->sameEveryTime && m_firstBodies.value(id) == bytes;
            QJsonObject r = result(id, QStringLiteral("duplicate"));
            r.insert(QStringLiteral("first_status"), known->status);
            results.append(r);
            continue;
        }
        const QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
        Event recorded;
        recorded.client = client;
        recorded.type = e.value(QStringLiteral("type")).toString();
        recorded.voucherId = payload.value(QStringLiteral("voucher_id")).toString();
        recorded.uses = payload.value(QStringLiteral("uses")).toInt();
        recorded.amount = payload.value(QStringLiteral("amount")).toInteger();
        recorded.deliveries = 1;
        QJsonObject r;
        if (recorded.type == QStringLiteral("redemption") && !m_voucherIds.contains(recorded.voucherId)) {
            recorded.status = QStringLiteral("rejected");
            r = result(id, recorded.status);
            r.insert(QStringLiteral("reason"), QStringLiteral("unknown_voucher"));
        } else {
            recorded.status = QStringLiteral("accepted");
            r = result(id, recorded.status);
        }
        m_events.insert(id, recorded);
        m_firstBodies.insert(id, bytes);
        results.append(r);
    }
    return jsonAnswer({{QStringLiteral("results"), results}});
}

} // namespace o2o::test
