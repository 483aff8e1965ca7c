// Strict reading of the platform's answers: anything not fully understood settles and applies nothing.
#include "store/changeapply.h"
#include "store/outbox.h"
#include "store/redemptionservice.h"
#include "store/syncstate.h"
#include "sync/changefeed.h"
#include "sync/eventbatch.h"
#include "sync/jsonfields.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

namespace {

// Test JSON is written with single quotes (moc cannot read raw string literals); here they become double.
QByteArray q(QByteArray json) {
    return json.replace('\'', '"');
}

QList<OutboxEvent> batch() {
    QList<OutboxEvent> events;
    for (int i = 1; i <= 3; ++i) {
        OutboxEvent e;
        e.seq = i;
        e.eventId = QStringLiteral("e%1").arg(i);
        e.type = QStringLiteral("redemption");
        e.payload =
            q(QStringLiteral("{'event_id':'e%1','type':'redemption','redemption_id':'r%1','voucher_id':'v%1',"
                             "'terminal_id':'t1','at_ms':%2}")
                  .arg(i)
                  .arg(1000 * i)
                  .toUtf8());
        e.createdMs = 1000 * i;
        events.append(e);
    }
    return events;
}

QJsonObject body(const QByteArray& json) {
    return QJsonDocument::fromJson(q(json)).object();
}

} // namespace

class TestPlatformAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchBodyCarriesThePermanentIds() {
        const QJsonObject b = eventBatchBody(batch());
        const QJsonArray events = b.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 3);
        const QJsonObject first = events.first().toObject();
        QCOMPARE(first.value(QStringLiteral("event_id")).toString(), QStringLiteral("e1"));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("redemption"));
        QCOMPARE(first.value(QStringLiteral("created_ms")).toInteger(), 1000);
        const QJsonObject payload = first.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("redemption_id")).toString(), QStringLiteral("r1"));
        QVERIFY(!payload.contains(QStringLiteral("event_id"))); // beside the payload, not inside it
    }

    void eventAnswers_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("settled"); // -1: the whole answer is refused
        QTest::newRow("all four") << QByteArray(
                                         "{'results':[{'event_id':'e1','status':'accepted'},"
                                         "{'event_id':'e2','status':'duplicate','first_status':'accepted'},"
                                         "{'event_id':'e3','status':'rejected','reason':'unknown_voucher'}]}")
                                  << 3;
        QTest::newRow("conflict")
            << QByteArray("{'results':[{'event_id':'e2','status':'conflict','conflict':{'voucher_id':'v2',"
                          "'first_terminal_id':'t0','first_at_ms':5,'first_redemption_id':'r0'}}]}")
            << 1;
        QTest::newRow("only some answered")
            << QByteArray("{'results':[{'event_id':'e3','status':'accepted'}]}") << 1;
        QTest::newRow("unknown fields ignored")
            << QByteArray("{'results':[{'event_id':'e1','status':'accepted','extra':[1]}],'later':true}")
            << 1;
        QTest::newRow("no results") << QByteArray("{'server_time_ms':1}") << -1;
        QTest::newRow("results not an array") << QByteArray("{'results':{}}") << -1;
        QTest::newRow("unknown status")
            << QByteArray("{'results':[{'event_id':'e1','status':'maybe'}]}") << -1;
        QTest::newRow("event not sent")
            << QByteArray("{'results':[{'event_id':'e9','status':'accepted'}]}") << -1;
        QTest::newRow("answered twice") << QByteArray("{'results':[{'event_id':'e1','status':'accepted'},{'"
                                                      "event_id':'e1','status':'duplicate'}]}")
                                        << -1;
        QTest::newRow("conflict without its first redemption")
            << QByteArray(
                   "{'results':[{'event_id':'e1','status':'conflict','conflict':{'voucher_id':'v1'}}]}")
            << -1;
        QTest::newRow("conflict without details")
            << QByteArray("{'results':[{'event_id':'e1','status':'conflict'}]}") << -1;
        QTest::newRow("rejected without reason")
            << QByteArray("{'results':[{'event_id':'e1','status':'rejected'}]}") << -1;
        QTest::newRow("id not a string")
            << QByteArray("{'results':[{'event_id':1,'status':'accepted'}]}") << -1;
        QTest::newRow("result not an object") << QByteArray("{'results':['e1']}") << -1;
    }
    void eventAnswers() {
        QFETCH(QByteArray, json);
        QFETCH(int, settled);
        auto answers = readEventAnswers(body(json), batch());
        if (settled < 0) {
            QVERIFY(!answers);
            QVERIFY(answers.error().retryable);
            return;
        }
        QVERIFY2(answers, qPrintable(answers ? QString() : answers.error().message));
        QCOMPARE(answers->size(), settled);
    }

    void conflictNamesBothRedemptions() {
        auto answers = readEventAnswers(
            body("{'results':[{'event_id':'e2','status':'conflict','conflict':{'voucher_id':'v2',"
                 "'first_terminal_id':'t0','first_at_ms':5,'first_redemption_id':'r0'}}]}"),
            batch());
        QVERIFY(answers);
        const ConflictRecord& k = *answers->first().conflict;
        QCOMPARE(k.redemptionId, QStringLiteral("r2"));
        QCOMPARE(k.voucherId, QStringLiteral("v2"));
        QCOMPARE(k.terminalId, QStringLiteral("t1"));
        QCOMPARE(k.atMs, 2000);
        QCOMPARE(k.firstTerminalId, QStringLiteral("t0"));
        QCOMPARE(k.firstAtMs, 5);
        QCOMPARE(k.firstRedemptionId, QStringLiteral("r0"));
    }

    void bodies_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("cut short") << QByteArray("{'results':[{'event_id':'e1','sta");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("html") << QByteArray("<html>proxy error</html>");
    }
    void bodies() {
        QFETCH(QByteArray, bytes);
        auto parsed = json::parseObject(q(bytes), QStringLiteral("test"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY(parsed.error().retryable);
    }

    void changePages_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("changes"); // -1: refused
        const QByteArray tail = ",'next_cursor':'9','has_more':false,'server_time_ms':1763467200000}";
        QTest::newRow("every kind") << QByteArray("{'changes':[{'type':'voucher','record':{'code':'ABCD-1234'"
                                                  ",'id':'v1','kind':'single_use'}},"
                                                  "{'type':'voucher_removed','id':'v2'},{'type':'settings','"
                                                  "settings':{'offline_max_count':5,"
                                                  "'offline_max_value':1000,'offline_max_hours':24,'currency'"
                                                  ":'EUR'}},{'type':'trust','sequence':7}]") +
                                           tail
                                    << 4;
        QTest::newRow("later kinds skipped")
            << QByteArray("{'changes':[{'type':'member_tier','id':'x'}]") + tail << 0;
        QTest::newRow("product")
            << QByteArray(
                   "{'changes':[{'type':'product','sku':'TEA','name':'Tea','price':220,'tax_rate_bp':1000,"
                   "'active':true}]") +
                   tail
            << 1;
        QTest::newRow("no limits")
            << QByteArray("{'changes':[{'type':'settings','settings':{'offline_max_count':null}}]") + tail
            << 1;
        QTest::newRow("bad voucher record")
            << QByteArray(
                   "{'changes':[{'type':'voucher','record':{'code':'ABCD','id':'v1','kind':'teleport'}}]") +
                   tail
            << -1;
        QTest::newRow("removal without id")
            << QByteArray("{'changes':[{'type':'voucher_removed'}]") + tail << -1;
        QTest::newRow("trust without sequence") << QByteArray("{'changes':[{'type':'trust'}]") + tail << -1;
        QTest::newRow("settings out of range")
            << QByteArray("{'changes':[{'type':'settings','settings':{'offline_max_count':-5}}]") + tail
            << -1;
        QTest::newRow("fractional limit")
            << QByteArray("{'changes':[{'type':'settings','settings':{'offline_max_value':1.5}}]") + tail
            << -1;
        QTest::newRow("no cursor") << QByteArray("{'changes':[],'has_more':false,'server_time_ms':1}") << -1;
        QTest::newRow("no has_more") << QByteArray("{'changes':[],'next_cursor':'1','server_time_ms':1}")
                                     << -1;
        QTest::newRow("has_more a string")
            << QByteArray("{'changes':[],'next_cursor':'1','has_more':'no','server_time_ms':1}") << -1;
        QTest::newRow("no server time")
            << QByteArray("{'changes':[],'next_cursor':'1','has_more':false}") << -1;
        QTest::newRow("change without type") << QByteArray("{'changes':[{'id':'v1'}]") + tail << -1;
    }
    void changePages() {
        QFETCH(QByteArray, json);
        QFETCH(int, changes);
        auto page = parseChangePage(body(json));
        if (changes < 0) {
            QVERIFY(!page);
            return;
        }
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(int(page->changes.size()), changes);
    }

    // Settling twice (two syncs racing) keeps the first answer and removes each event once.
    void settlingIsIdempotent() {
        TempTerminal t;
        t.add({voucherRecord(QStringLiteral("CODE-0001")), voucherRecord(QStringLiteral("CODE-0002"))});
        FixedClock clock(1'763'467'200'000);
        RedemptionService service(*t.db, clock);
        for (const QString& code : {QStringLiteral("CODE-0001"), QStringLiteral("CODE-0002")}) {
            RedeemInput input;
            input.code = code;
            input.cashier = QStringLiteral("ana");
            QVERIFY(service.redeem(input));
        }
        Outbox outbox(*t.db);
        auto events = outbox.oldest(500);
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QList<SettledEvent> answers;
        answers.append(SettledEvent{events->first(), QStringLiteral("accepted"), {}, {}, std::nullopt});
        QVERIFY(outbox.settle(answers, 1));
        answers.first().status = QStringLiteral("duplicate");
        QVERIFY(outbox.settle(answers, 2));
        QCOMPARE(*outbox.pending(), 1);
        QCOMPARE(*outbox.answered(QStringLiteral("accepted")), 1);
        QCOMPARE(*outbox.answered(QStringLiteral("duplicate")), 0);
        QCOMPARE(outbox.oldest(500)->first().eventId, events->last().eventId);
    }

    // A page is applied with its cursor, or not at all.
    void pageAndCursorTogether() {
        TempTerminal t;
        ChangePage page;
        FeedChange change;
        change.record = voucherRecord(QStringLiteral("CODE-0003"));
        page.changes.push_back(change);
        page.nextCursor = QStringLiteral("42");
        page.serverTimeMs = 1'763'467'200'000;
        // Hold the write lock elsewhere: the page cannot be written, and nothing of it is. (The checkpoint
        // puts the fresh file's header on disk, where a second Database::open inspects it.)
        QVERIFY(t.db->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        auto other = Database::open(t.dataDir());
        QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
        t.db->connection().setBusyTimeout(50);
        QVERIFY((*other)->connection().exec("BEGIN IMMEDIATE"));
        QVERIFY(!applyChangePage(*t.db, page, 1));
        QVERIFY((*other)->connection().exec("ROLLBACK"));
        QCOMPARE(SyncState::load(*t.db)->cursor, QString());
        QCOMPARE(*VoucherCache(*t.db).count(), 0);

        auto applied = applyChangePage(*t.db, page, 1);
        QVERIFY(applied);
        QCOMPARE(applied->vouchers, 1);
        QCOMPARE(SyncState::load(*t.db)->cursor, QStringLiteral("42"));
        QCOMPARE(SyncState::load(*t.db)->vouchersMs, 1);
        QVERIFY(applyChangePage(*t.db, page, 2)); // again: nothing changes but the time
        QCOMPARE(*VoucherCache(*t.db).count(), 1);
        QCOMPARE(TerminalSettings::load(*t.db)->platformTimeMs, page.serverTimeMs);
    }
};

QTEST_GUILESS_MAIN(TestPlatformAnswers)
#include "tst_platformanswers.moc"
