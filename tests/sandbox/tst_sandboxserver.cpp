// The reference platform end to end: `o2o-sandbox serve` on a free port, spoken to the way a terminal
// speaks (mutual TLS, JSON; curl as an independent client), with the admin commands run beside it on the
// same data directory. docs/protocol.md is the contract checked here.
#include "core/trustlist.h"
#include "core/voucherrecord.h"
#include "tests/sandbox/platformfixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace o2o;
using namespace o2o::test;

class TestSandboxServer : public QObject, private PlatformFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpPlatform(); }
    void cleanupTestCase() { stopServer(); }

    void healthNeedsNoCertificate() {
        const HttpResult r = m_curl->get(QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(r.json().value(QStringLiteral("server_time_ms")).toDouble() > 1.6e12);
    }

    void enrollmentGivesACertificateOnce() {
        const QString code = pairingCode(QStringLiteral("shop-1"));
        QCOMPARE(code.size(), 10);
        auto key = test::newDeviceKey();

        // A CSR that does not parse is 400 and leaves the code unspent.
        const HttpResult bad = enrollRequest(code, "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n", newId());
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("bad_request"));

        const HttpResult first =
            enrollRequest(code.toLower(), test::csrPem(key.get()), QStringLiteral("t-x"));
        QCOMPARE(first.status, 200);
        const QJsonObject o = first.json();
        const QString deviceId = o.value(QStringLiteral("device_id")).toString();
        QVERIFY(deviceId.startsWith(QStringLiteral("dev-")));
        QCOMPARE(o.value(QStringLiteral("store_id")).toString(), QStringLiteral("shop-1"));
        const QJsonObject keys = sandbox({QStringLiteral("keys"), QStringLiteral("list")});
        QCOMPARE(o.value(QStringLiteral("merchant_id")).toInteger(),
                 keys.value(QStringLiteral("merchant_id")).toInteger());
        QCOMPARE(
            o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("offline_max_count")).toInt(),
            50);
        QVERIFY(o.value(QStringLiteral("server_time_ms")).toDouble() > 1.6e12);

        // The certificate names the device, holds the terminal's key and is signed by the CA it was sent.
        auto cert =
            test::readCertificate(o.value(QStringLiteral("device_certificate_pem")).toString().toLatin1());
        auto ca = test::readCertificate(o.value(QStringLiteral("ca_certificate_pem")).toString().toLatin1());
        QVERIFY(cert && ca);
        QCOMPARE(test::commonName(cert.get()), deviceId);
        QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(ca.get())), 1);
        QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()), 1);
        QCOMPARE(test::certPem(ca.get()), test::fileBytes(m_platform.filePath(QStringLiteral("ca.crt"))));
        int dayCount = 0, seconds = 0;
        QVERIFY(ASN1_TIME_diff(&dayCount, &seconds, X509_get0_notBefore(cert.get()),
                               X509_get0_notAfter(cert.get())));
        QVERIFY(dayCount >= 365 && dayCount <= 366);

        // One enrollment per code.
        const HttpResult again = enrollRequest(code, test::csrPem(test::newDeviceKey().get()), newId());
        QCOMPARE(again.status, 403);
        QCOMPARE(again.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(enrollRequest(QStringLiteral("2222222222"), test::csrPem(key.get()), newId()).status, 403);
    }

    void certificatesAreCheckedOnEveryRoute_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("events") << QStringLiteral("/v1/events");
        QTest::newRow("changes") << QStringLiteral("/v1/changes");
        QTest::newRow("trust") << QStringLiteral("/v1/trust");
        QTest::newRow("prepare") << QStringLiteral("/v1/redemptions/prepare");
    }
    void certificatesAreCheckedOnEveryRoute() {
        QFETCH(QString, path);
        const bool post = path != QStringLiteral("/v1/changes") && path != QStringLiteral("/v1/trust");
        const auto call = [&](const Identity* id) {
            return post ? m_curl->post(path, "{\"events\":[]}", id) : m_curl->get(path, id);
        };
        const HttpResult none = call(nullptr);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(
            none.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("retryable")).toBool(),
            false);

        // A certificate from another CA: unknown, 401 (not a TLS failure the terminal cannot interpret).
        auto key = test::newDeviceKey();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto foreign =
            test::makeCertificate(key.get(), "dev-foreign", now - 60, now + 86400, nullptr, nullptr);
        Identity stranger{m_work.filePath(QStringLiteral("foreign.key")),
                          m_work.filePath(QStringLiteral("foreign.crt")),
                          {},
                          {}};
        QFile k(stranger.keyPath), c(stranger.certPath);
        QVERIFY(k.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
        k.write(test::keyPem(key.get()));
        c.write(test::certPem(foreign.get()));
        k.close();
        c.close();
        QCOMPARE(call(&stranger).status, 401);

        // Signed by the platform's CA but expired: 403.
        auto caCert = test::readCertificate(test::fileBytes(m_platform.filePath(QStringLiteral("ca.crt"))));
        auto caKey = test::readKey(test::fileBytes(m_platform.filePath(QStringLiteral("ca.key"))));
        QVERIFY(caCert && caKey);
        auto expired = test::makeCertificate(key.get(), qPrintable(m_shopA.deviceId), now - 3 * 86400,
                                             now - 86400, caCert.get(), caKey.get());
        QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
        c.write(test::certPem(expired.get()));
        c.close();
        const HttpResult old = call(&stranger);
        QCOMPARE(old.status, 403);
        QCOMPARE(old.errorCode(), QStringLiteral("forbidden"));

        // A valid, enrolled device passes (whatever the route then says about the body).
        QVERIFY(call(&m_shopA).status != 401 && call(&m_shopA).status != 403);
    }

    void revokedAndForgottenDevices() {
        const Identity revoked = enroll(QStringLiteral("shop-1"), QStringLiteral("terminal-revoked"));
        const Identity forgotten = enroll(QStringLiteral("shop-1"), QStringLiteral("terminal-forgotten"));
        QVERIFY(!revoked.deviceId.isEmpty() && !forgotten.deviceId.isEmpty());
        QCOMPARE(m_curl->get(QStringLiteral("/v1/changes"), &revoked).status, 200);
        QVERIFY(sandbox({QStringLiteral("devices"), QStringLiteral("revoke"), revoked.deviceId})
                    .value(QStringLiteral("revoked"))
                    .toBool());
        QVERIFY(sandbox({QStringLiteral("devices"), QStringLiteral("forget"), forgotten.deviceId})
                    .value(QStringLiteral("forgotten"))
                    .toBool());
        const HttpResult r403 = postEvents(revoked, {});
        QCOMPARE(r403.status, 403);
        QCOMPARE(r403.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(postEvents(forgotten, {}).status, 401);

        const QJsonArray devices =
            sandbox({QStringLiteral("devices")}).value(QStringLiteral("devices")).toArray();
        int revokedCount = 0;
        for (const QJsonValue d : devices) {
            QVERIFY(d[QStringLiteral("device_id")].toString() != forgotten.deviceId);
            revokedCount += d[QStringLiteral("revoked")].toBool() ? 1 : 0;
        }
        QCOMPARE(revokedCount, 1);
    }

    void changeFeedPagesEveryVoucherOnceAndResumes() {
        const Identity feed = enroll(QStringLiteral("feed-store"), QStringLiteral("terminal-feed"));
        QVERIFY(!feed.deviceId.isEmpty());
        const auto ours = issue(QStringLiteral("feed-store"), QStringLiteral("multi_use"), 7,
                                {QStringLiteral("--uses"), QStringLiteral("3")});
        const auto theirs = issue(QStringLiteral("elsewhere"), QStringLiteral("single_use"), 2);
        const auto signedOne = issue(QStringLiteral("feed-store"), QStringLiteral("single_use"), 1,
                                     {QStringLiteral("--signed")});
        const auto everywhere = issue(QStringLiteral("*"), QStringLiteral("single_use"));
        QCOMPARE(ours.size(), 7);
        QCOMPARE(signedOne.size(), 1);
        QCOMPARE(everywhere.size(), 1);

        QString cursor;
        int pages = 0;
        const QJsonArray first = pullAll(feed, cursor, 3, &pages);
        QVERIFY(pages >= 3);
        QMap<QString, int> seen;
        int settings = 0, trust = 0;
        for (const QJsonValue c : first) {
            const QString type = c[QStringLiteral("type")].toString();
            if (type == QStringLiteral("voucher")) {
                const QJsonObject record = c[QStringLiteral("record")].toObject();
                // Every record is one `o2o-terminal cache import` accepts.
                auto parsed = parseVoucherRecord(QJsonDocument(record).toJson(QJsonDocument::Compact));
                QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
                ++seen[record.value(QStringLiteral("id")).toString()];
            }
            settings += type == QStringLiteral("settings");
            trust += type == QStringLiteral("trust");
        }
        // This store's and every store's cached vouchers, once each; not another store's, not signed ones.
        QSet<QString> expected(m_everywhere.begin(), m_everywhere.end());
        for (const auto& v : ours)
            expected.insert(v.id);
        QCOMPARE(QSet<QString>(seen.keyBegin(), seen.keyEnd()), expected);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(settings, 1);
        QCOMPARE(trust, 1);
        QCOMPARE(theirs.size(), 2); // issued for another store: absent from the exact set above

        // Resuming from the cursor: only what changed since, each once, in its latest state.
        const auto more = issue(QStringLiteral("feed-store"), QStringLiteral("single_use"), 2);
        QVERIFY(!sandbox({QStringLiteral("revoke"), ours[0].id}).isEmpty());
        for (int i = 0; i < 2; ++i) // a voucher used twice since the cursor appears once
            QCOMPARE(firstResult(postEvents(feed, {redemption(newId(), ours[1].id, newId(), 1763467200000)}))
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("accepted"));
        QVERIFY(!sandbox({QStringLiteral("settings"), QStringLiteral("--store"), QStringLiteral("feed-store"),
                          QStringLiteral("--offline-max-count"), QStringLiteral("7")})
                     .isEmpty());
        const QJsonArray next = pullAll(feed, cursor, 2);
        QCOMPARE(next.size(), 5);
        QSet<QString> newIds{more[0].id, more[1].id};
        for (const QJsonValue c : next) {
            const QString type = c[QStringLiteral("type")].toString();
            const QJsonObject record = c[QStringLiteral("record")].toObject();
            if (type == QStringLiteral("voucher_removed"))
                QCOMPARE(c[QStringLiteral("id")].toString(), ours[0].id);
            else if (type == QStringLiteral("settings"))
                QCOMPARE(c[QStringLiteral("settings")][QStringLiteral("offline_max_count")].toInt(), 7);
            else if (record.value(QStringLiteral("id")).toString() == ours[1].id)
                QCOMPARE(record.value(QStringLiteral("uses_left")).toInt(), 1);
            else
                QVERIFY(newIds.remove(record.value(QStringLiteral("id")).toString()));
        }
        QVERIFY(newIds.isEmpty());
        QCOMPARE(pullAll(feed, cursor, 2).size(), 0); // at the end: nothing new
        QCOMPARE(m_curl->get(QStringLiteral("/v1/changes?cursor=abc"), &feed).status, 400);
    }

    void trustListIsServedWhenNewer() {
        QString cursor;
        qint64 sequence = 0;
        for (const QJsonValue c : pullAll(m_shopA, cursor, 5000))
            if (c[QStringLiteral("type")].toString() == QStringLiteral("trust"))
                sequence = c[QStringLiteral("sequence")].toInteger();
        QVERIFY(sequence > 0);

        const HttpResult full = m_curl->get(QStringLiteral("/v1/trust?have=0"), &m_shopA);
        QCOMPARE(full.status, 200);
        auto list = readTrustList(full.body, QByteArray());
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list->sequence, sequence);
        QCOMPARE(qint64(list->merchantId), sandbox({QStringLiteral("keys"), QStringLiteral("list")})
                                               .value(QStringLiteral("merchant_id"))
                                               .toInteger());

        const HttpResult current = m_curl->get(QStringLiteral("/v1/trust?have=%1").arg(sequence), &m_shopA);
        QCOMPARE(current.status, 304);
        QVERIFY(current.body.isEmpty());

        // Revoking a signed voucher makes a newer list, announced in the feed and served again.
        const auto v =
            issue(QStringLiteral("shop-1"), QStringLiteral("single_use"), 1, {QStringLiteral("--signed")});
        QVERIFY(!sandbox({QStringLiteral("revoke"), v[0].id}).isEmpty());
        qint64 newer = 0;
        for (const QJsonValue c : pullAll(m_shopA, cursor, 5000))
            if (c[QStringLiteral("type")].toString() == QStringLiteral("trust"))
                newer = c[QStringLiteral("sequence")].toInteger();
        QVERIFY(newer > sequence);
        const HttpResult again = m_curl->get(QStringLiteral("/v1/trust?have=%1").arg(sequence), &m_shopA);
        QCOMPARE(again.status, 200);
        auto revoked = readTrustList(again.body, list->rootKey);
        QVERIFY(revoked);
        QCOMPARE(revoked->sequence, newer);
        QCOMPARE(revoked->revokedIds, QByteArray::fromHex(v[0].id.toLatin1()));
    }

    void prepareHoldsAUse() {
        const auto v = issue(QStringLiteral("shop-1"), QStringLiteral("online_only"));
        const QString redemptionId = newId();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("voucher_id"), v[0].id},
                                                          {QStringLiteral("uses"), 1},
                                                          {QStringLiteral("amount"), 0},
                                                          {QStringLiteral("redemption_id"), redemptionId}})
                                    .toJson();
        const HttpResult held = m_curl->post(QStringLiteral("/v1/redemptions/prepare"), body, &m_shopA);
        QCOMPARE(held.status, 200);
        const QString holdId = held.json().value(QStringLiteral("hold_id")).toString();
        QVERIFY(!holdId.isEmpty());
        QVERIFY(held.json().value(QStringLiteral("expires_ms")).toDouble() >
                held.json().value(QStringLiteral("server_time_ms")).toDouble());
        // The same prepare again (its answer was lost) gets the same hold.
        QCOMPARE(m_curl->post(QStringLiteral("/v1/redemptions/prepare"), body, &m_shopA)
                     .json()
                     .value(QStringLiteral("hold_id"))
                     .toString(),
                 holdId);

        const HttpResult refused =
            m_curl->post(QStringLiteral("/v1/redemptions/prepare"),
                         QJsonDocument(QJsonObject{{QStringLiteral("voucher_id"), v[0].id},
                                                   {QStringLiteral("redemption_id"), newId()}})
                             .toJson(),
                         &m_shopB);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(refused.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("already_redeemed"));

        // The event confirms the hold: accepted, not a conflict with its own reservation.
        const QJsonObject event =
            redemption(newId(), v[0].id, redemptionId, 1763467200000, {{QStringLiteral("hold_id"), holdId}});
        QCOMPARE(firstResult(postEvents(m_shopA, {event})).value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
    }

    void faultsAreReal_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("curlOptions");
        QTest::addColumn<int>("status");    // 0: no status line at all
        QTest::addColumn<bool>("complete"); // curl got the whole HTTP message
        QTest::addColumn<bool>("json");     // ... and it is JSON
        QTest::addColumn<bool>("applied");  // the platform recorded the batch anyway
        QTest::newRow("reset_before")
            << "reset_before" << QStringList() << QStringList() << 0 << false << false << false;
        QTest::newRow("reset_mid_response")
            << "reset_mid_response" << QStringList() << QStringList() << 200 << false << false << true;
        QTest::newRow("stall") << "stall" << QStringList{"--seconds", "6"} << QStringList{"--max-time", "2"}
                               << 0 << false << false << true;
        QTest::newRow("status_500") << "status_500" << QStringList() << QStringList() << 500 << true << true
                                    << false;
        QTest::newRow("status_503") << "status_503" << QStringList{"--retry-after", "7"} << QStringList()
                                    << 503 << true << true << false;
        QTest::newRow("status_429") << "status_429" << QStringList{"--retry-after", "3"} << QStringList()
                                    << 429 << true << true << false;
        QTest::newRow("truncated_json")
            << "truncated_json" << QStringList() << QStringList() << 200 << true << false << true;
        QTest::newRow("malformed_json")
            << "malformed_json" << QStringList() << QStringList() << 200 << true << false << false;
    }
    void faultsAreReal() {
        QFETCH(QString, kind);
        QFETCH(QStringList, options);
        QFETCH(QStringList, curlOptions);
        QFETCH(int, status);
        QFETCH(bool, complete);
        QFETCH(bool, json);
        QFETCH(bool, applied);
        const auto v = issue(QStringLiteral("shop-1"), QStringLiteral("single_use"));
        const QString eventId = newId();
        const QJsonArray batch{redemption(eventId, v[0].id, newId(), 1763467200000)};
        QVERIFY(!sandbox(QStringList{QStringLiteral("fault"), QStringLiteral("set"), kind,
                                     QStringLiteral("--path"), QStringLiteral("/v1/events")} +
                         options)
                     .isEmpty());

        const HttpResult hit = postEvents(m_shopA, batch, curlOptions);
        QCOMPARE(hit.status, status);
        QCOMPARE(hit.curlExit == 0, complete);
        if (kind == QStringLiteral("stall"))
            QCOMPARE(hit.curlExit, 28); // curl gave up waiting
        if (complete)
            QCOMPARE(hit.isJson(), json);
        if (status >= 400) {
            QCOMPARE(hit.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("retryable"))
                         .toBool(),
                     true);
            QCOMPARE(hit.errorCode(), status == 500   ? QStringLiteral("internal")
                                      : status == 503 ? QStringLiteral("unavailable")
                                                      : QStringLiteral("rate_limited"));
        }
        if (!options.isEmpty() && options.first() == QStringLiteral("--retry-after"))
            QCOMPARE(hit.header("Retry-After"), options.last().toLatin1());
        QCOMPARE(ledgerEntries(eventId).size(), applied ? 1 : 0);

        // The fault is spent: the terminal's resend gets an answer, and the event is still there once.
        const QJsonObject retry = firstResult(postEvents(m_shopA, batch));
        QCOMPARE(retry.value(QStringLiteral("status")).toString(),
                 applied ? QStringLiteral("duplicate") : QStringLiteral("accepted"));
        if (applied)
            QCOMPARE(retry.value(QStringLiteral("first_status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(ledgerEntries(eventId).size(), 1);
    }

    void faultsCountAndMatchPaths() {
        QVERIFY(!sandbox({QStringLiteral("fault"), QStringLiteral("set"), QStringLiteral("status_500"),
                          QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--path"),
                          QStringLiteral("/v1/events")})
                     .isEmpty());
        QCOMPARE(m_curl->get(QStringLiteral("/v1/changes"), &m_shopA).status, 200); // another path
        QCOMPARE(postEvents(m_shopA, {}).status, 500);
        QCOMPARE(postEvents(m_shopA, {}).status, 500);
        QCOMPARE(postEvents(m_shopA, {}).status, 200);
        QCOMPARE(sandbox({QStringLiteral("fault"), QStringLiteral("list")})
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .at(0)[QStringLiteral("remaining")]
                     .toInt(),
                 0);
        QVERIFY(!sandbox({QStringLiteral("fault"), QStringLiteral("set"), QStringLiteral("status_503")})
                     .isEmpty());
        QVERIFY(!sandbox({QStringLiteral("fault"), QStringLiteral("clear")}).isEmpty());
        QCOMPARE(m_curl->get(QStringLiteral("/v1/health")).status, 200);
    }

    void serverLogHoldsNoSecrets() {
        const QByteArray log = test::fileBytes(serverLog());
        QVERIFY(log.contains("POST /v1/events 200"));
        for (const QString& secret : std::as_const(m_secrets))
            QVERIFY2(!log.contains(secret.toLatin1()), "a code appears in the server log");
    }

    void stopsCleanlyOnSigterm() {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
