#pragma once

#include "core/voucherrecord.h"
#include "tests/sync/scriptedtransport.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace o2o::test {

/**
 * Just enough platform, in the test process, that the sync logic's tests mean something; o2o-sandbox
 * stays the protocol's reference (docs/protocol.md) and the end-to-end suites run against it. Behind a
 * ScriptedTransport: the change feed (vouchers, removals, settings) in pages of a set size with the
 * position as cursor, GET /v1/trust without a list (404), and POST /v1/events keeping every event id
 * forever, so a resend is `duplicate` with the first status. Terminals are told apart by their
 * connection (the certificate file), as the real platform tells them apart by certificate. Thread-safe.
 */
class FakePlatform {
public:
    /** What the platform recorded for one event id. */
    struct Event {
        QString client;
        QString type;
        QString voucherId;
        int uses = 0;
        qint64 amount = 0;
        QString status;            // the first answer: accepted or rejected
        int deliveries = 0;        // how many times it arrived
        bool sameEveryTime = true; // every delivery carried the same event, byte for byte
    };

    FakePlatform();
    FakePlatform(const FakePlatform&) = delete;
    FakePlatform& operator=(const FakePlatform&) = delete;

    ScriptedTransport& transport() { return m_transport; }
    TransportFactory factory() { return m_transport.factory(); }

    void addVouchers(const QList<VoucherRecord>& records);
    void removeVoucher(const QString& id);
    void setSettings(const QJsonObject& settings);
    /** At most this many changes in one page (the terminal asks for 5 000). */
    void setPageSize(int changes);

    /** The events a terminal sent: event id -> what was recorded, each id once however often it came. */
    QHash<QString, Event> events(const QString& client) const;
    /** Uses and amount (minor units) that accepted redemptions took from a voucher. */
    int usesTaken(const QString& voucherId) const;
    qint64 amountTaken(const QString& voucherId) const;

private:
    HttpResponse answer(const HttpRequest& request, const QString& client);
    HttpResponse getChanges(const QString& query);
    HttpResponse postEvents(const QByteArray& body, const QString& client);

    ScriptedTransport m_transport;
    mutable std::mutex m_mutex;
    QList<QJsonObject> m_feed; // the cursor is a position in it
    QSet<QString> m_voucherIds;
    QHash<QString, Event> m_events;
    QHash<QString, QByteArray> m_firstBodies; // event id -> the event as it first came
    int m_pageSize = 1000;
};

} // namespace o2o::test
