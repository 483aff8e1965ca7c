// The reference platform's answers to uploaded events (docs/protocol.md, "Upload: events"), spoken to
// the way a terminal speaks: mutual TLS, JSON, curl as an independent client. Dedup forever, conflicts
// naming the first redemption, voids, stored value, per-event answers and batch rules.
#include "tests/sandbox/platformfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

class TestSandboxEvents : public QObject, private PlatformFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpPlatform(); }
    void cleanupTestCase() { stopServer(); }

    void acceptedThenDuplicateIsOneLedgerEntry() {
        const auto v = issue(QStringLiteral("shop-1"), QStringLiteral("single_use"));
        QCOMPARE(v.size(), 1);
        const QString eventId = newId();
        const QJsonArray batch{redemption(eventId, v[0].id, newId(), 1763467200123)};

        const HttpResult first = postEvents(m_shopA, batch);
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(QStringLiteral("server_time_ms")).toDouble() > 1.6e12);
        QCOMPARE(firstResult(first), (QJsonObject{{QStringLiteral("event_id"), eventId},
                                                  {QStringLiteral("status"), QStringLiteral("accepted")}}));

        const HttpResult replay = postEvents(m_shopA, batch);
        QCOMPARE(replay.status, 200);
        QCOMPARE(firstResult(replay),
                 (QJsonObject{{QStringLiteral("event_id"), eventId},
                              {QStringLiteral("status"), QStringLiteral("duplicate")},
                              {QStringLiteral("first_status"), QStringLiteral("accepted")}}));

        const QList<QJsonObject> entries = ledgerEntries(eventId);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0], (QJsonObject{{QStringLiteral("event_id"), eventId},
                                          {QStringLiteral("type"), QStringLiteral("redemption")},
                                          {QStringLiteral("voucher"), v[0].id},
                                          {QStringLiteral("terminal"), QStringLiteral("terminal-a")},
                                          {QStringLiteral("outcome"), QStringLiteral("accepted")}}));
    }

    void secondTerminalGetsConflictWithTheFirst() {
        const auto v = issue(QStringLiteral("shop-1"), QStringLiteral("single_use"));
        QCOMPARE(v.size(), 1);
        const QString firstRedemption = newId();
        const QString eventA = newId(), eventB = newId();
        QCOMPARE(
            firstResult(postEvents(m_shopA, {redemption(eventA, v[0].id, firstRedemption, 1763467200000)}))
                .value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("accepted"));
        const QJsonObject b =
            firstResult(postEvents(m_shopB, {redemption(eventB, v[0].id, newId(), 1763467260000)}));
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(b.value(QStringLiteral("conflict")).toObject(),
                 (QJsonObject{{QStringLiteral("voucher_id"), v[0].id},
                              {QStringLiteral("first_terminal_id"), QStringLiteral("terminal-a")},
                              {QStringLiteral("first_at_ms"), qint64(1763467200000)},
                              {QStringLiteral("first_redemption_id"), firstRedemption}}));
        QCOMPARE(ledgerEntries(eventB).value(0).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("conflict"));
        QCOMPARE(ledgerEntries(eventB).value(0).value(QStringLiteral("terminal")).toString(),
                 QStringLiteral("terminal-b"));
    }

    void voidGivesTheUseBackOnce() {
        const auto v = issue(QStringLiteral("shop-1"), QStringLiteral("single_use"));
        const QString redeemed = newId();
        const auto status = [&](const Identity& id, const QJsonObject& event) {
            return firstResult(postEvents(id, {event})).value(QStringLiteral("status")).toString();
        };
        const auto voidOf = [](const QString& redemptionId) {
            return QJsonObject{
                {QStringLiteral("event_id"), newId()},
                {QStringLiteral("type"), QStringLiteral("void")},
                {QStringLiteral("created_ms"), qint64(1763467300000)},
                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("redemption_id"), redemptionId},
                                                        {QStringLiteral("reason"), QStringLiteral("oops")}}}};
        };
        QCOMPARE(status(m_shopA, redemption(newId(), v[0].id, redeemed, 1763467200000)),
                 QStringLiteral("accepted"));
        const QJsonObject voided = voidOf(redeemed);
        QCOMPARE(status(m_shopA, voided), QStringLiteral("accepted"));
        QCOMPARE(ledgerEntries(voided.value(QStringLiteral("event_id")).toString())
                     .value(0)
                     .value(QStringLiteral("voucher"))
                     .toString(),
                 v[0].id);
        QCOMPARE(status(m_shopA, voidOf(redeemed)),
                 QStringLiteral("accepted")); // recorded, gives nothing back
        QCOMPARE(status(m_shopB, redemption(newId(), v[0].id, newId(), 1763467400000)),
                 QStringLiteral("accepted"));
        QCOMPARE(status(m_shopB, redemption(newId(), v[0].id, newId(), 1763467500000)),
                 QStringLiteral("conflict"));
        const QJsonObject unknown = firstResult(postEvents(m_shopA, {voidOf(newId())}));
        QCOMPARE(unknown.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(unknown.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_redemption"));
    }

    void storedValueIsDebitedByAmount() {
        const auto card = issue(QStringLiteral("shop-1"), QStringLiteral("stored_value")); // 5.00
        const auto spend = [&](const Identity& id, qint64 amount) {
            return firstResult(postEvents(id, {redemption(newId(), card[0].id, newId(), 1763467200000,
                                                          {{QStringLiteral("amount"), amount}})}))
                .value(QStringLiteral("status"))
                .toString();
        };
        QCOMPARE(spend(m_shopA, 300), QStringLiteral("accepted"));
        QCOMPARE(spend(m_shopB, 300), QStringLiteral("conflict")); // 2.00 left
        QCOMPARE(spend(m_shopB, 200), QStringLiteral("accepted"));
        QCOMPARE(spend(m_shopB, 600), QStringLiteral("rejected")); // more than the card ever held
    }

    void eventAnswers_data() {
        QTest::addColumn<QString>("kind");   // voucher to issue ("" none)
        QTest::addColumn<QString>("store");  // its store
        QTest::addColumn<QString>("type");   // event type
        QTest::addColumn<QString>("status"); // expected answer
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown voucher") << QString() << QString() << "redemption"
                                         << "rejected"
                                         << "unknown_voucher";
        QTest::newRow("other store") << "single_use"
                                     << "shop-2"
                                     << "redemption"
                                     << "rejected"
                                     << "wrong_store";
        QTest::newRow("every store") << "single_use"
                                     << "*"
                                     << "redemption"
                                     << "accepted" << QString();
        QTest::newRow("unknown type") << QString() << QString() << "teleport"
                                      << "rejected"
                                      << "unknown_type";
        QTest::newRow("sale") << QString() << QString() << "sale"
                              << "accepted" << QString();
    }
    void eventAnswers() {
        QFETCH(QString, kind);
        QFETCH(QString, store);
        QFETCH(QString, type);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const QString voucherId = kind.isEmpty() ? newId() : issue(store, kind).value(0).id;
        QVERIFY(!voucherId.isEmpty());
        QJsonObject event = redemption(newId(), voucherId, newId(), 1763467200000);
        event.insert(QStringLiteral("type"), type);
        const QJsonObject answer = firstResult(postEvents(m_shopA, {event}));
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(answer.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(ledgerEntries(event.value(QStringLiteral("event_id")).toString()).size(), 1);
    }

    void dayClosedKeepsTheReportOnceIfItsHashMatches() {
        const QJsonObject report{{QStringLiteral("from"), QStringLiteral("2025-11-18")},
                                 {QStringLiteral("totals"), QJsonObject{{QStringLiteral("redemptions"), 3}}}};
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(report).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        const auto close = [&](const QString& day, const QString& hash, const QJsonValue& body) {
            const QJsonObject event{
                {QStringLiteral("event_id"), newId()},
                {QStringLiteral("type"), QStringLiteral("day_closed")},
                {QStringLiteral("created_ms"), qint64(1763500000000)},
                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("day"), day},
                                                        {QStringLiteral("closed_ms"), qint64(1763500000000)},
                                                        {QStringLiteral("report_sha256"), hash},
                                                        {QStringLiteral("report"), body},
                                                        {QStringLiteral("by"), QStringLiteral("max")}}}};
            const QJsonObject answer = firstResult(postEvents(m_shopA, {event}));
            return answer.value(QStringLiteral("status")).toString() + u'/' +
                   answer.value(QStringLiteral("reason")).toString();
        };
        QCOMPARE(close(QStringLiteral("2025-11-18"), QString(64, u'0'), report),
                 QStringLiteral("rejected/report_mismatch"));
        QCOMPARE(close(QStringLiteral("18.11.2025"), sha, report),
                 QStringLiteral("rejected/malformed_event"));
        QCOMPARE(close(QStringLiteral("2025-11-18"), sha, QJsonValue(QStringLiteral("{}"))),
                 QStringLiteral("rejected/malformed_event"));
        QCOMPARE(close(QStringLiteral("2025-11-18"), sha, report), QStringLiteral("accepted/"));
        QCOMPARE(close(QStringLiteral("2025-11-18"), sha, report), QStringLiteral("rejected/already_closed"));
    }

    void batchRules() {
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("event_id"), newId()},
                                       {QStringLiteral("type"), QStringLiteral("sale")}});
        const HttpResult big = postEvents(m_shopA, tooMany);
        QCOMPARE(big.status, 413);
        QCOMPARE(big.errorCode(), QStringLiteral("too_large"));
        QVERIFY(ledgerEntries(tooMany.at(0)[QStringLiteral("event_id")].toString()).isEmpty());

        // One event without an id fails the whole batch: nothing of it is recorded.
        const QString good = newId();
        const HttpResult noId =
            postEvents(m_shopA, {QJsonObject{{QStringLiteral("event_id"), good},
                                             {QStringLiteral("type"), QStringLiteral("sale")}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("sale")}}});
        QCOMPARE(noId.status, 400);
        QCOMPARE(noId.errorCode(), QStringLiteral("bad_request"));
        QVERIFY(ledgerEntries(good).isEmpty());
        QCOMPARE(m_curl->post(QStringLiteral("/v1/events"), "not json", &m_shopA).status, 400);

        // 500 events are one batch, each answered, the same id twice in it is a duplicate of itself.
        QJsonArray full;
        for (int i = 0; i < 499; ++i)
            full.append(QJsonObject{{QStringLiteral("event_id"), newId()},
                                    {QStringLiteral("type"), QStringLiteral("sale")}});
        full.append(full.at(0));
        const HttpResult ok = postEvents(m_shopA, full);
        QCOMPARE(ok.status, 200);
        const QJsonArray results = ok.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 500);
        QCOMPARE(results.at(499)[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandboxevents.moc"
