#pragma once

// The running platform a test talks to: `o2o-sandbox serve` on a free port in a temporary data
// directory, the admin commands on that directory, and the terminal-side helpers (enroll, upload, pull).
// Header-only: the test is one source file (tests/CMakeLists.txt).

#include "tests/sandbox/sandboxclient.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace o2o::test {

inline QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QByteArray eventsBody(const QJsonArray& events) {
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
}

// A redemption event as the terminal's outbox holds it (docs/protocol.md, "Upload: events").
inline QJsonObject redemption(const QString& eventId, const QString& voucherId, const QString& redemptionId,
                              qint64 atMs, const QJsonObject& extra = {}) {
    QJsonObject payload{{QStringLiteral("redemption_id"), redemptionId},
                        {QStringLiteral("voucher_id"), voucherId},
                        {QStringLiteral("uses"), 1},
                        {QStringLiteral("amount"), 500},
                        {QStringLiteral("currency"), QStringLiteral("EUR")},
                        {QStringLiteral("cashier"), QStringLiteral("ana")},
                        {QStringLiteral("terminal_id"), QStringLiteral("not-trusted-from-the-body")},
                        {QStringLiteral("store_id"), QStringLiteral("shop-1")},
                        {QStringLiteral("at_ms"), atMs},
                        {QStringLiteral("online"), false}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("event_id"), eventId},
                       {QStringLiteral("type"), QStringLiteral("redemption")},
                       {QStringLiteral("created_ms"), atMs},
                       {QStringLiteral("payload"), payload}};
}

inline QJsonObject firstResult(const HttpResult& r) {
    return r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
}

/** The server process, its data directory and what the tests need to drive it. */
class PlatformFixture {
protected:
    QTemporaryDir m_platform; // the sandbox's data directory
    QTemporaryDir m_work;     // the terminals' files
    QProcess m_server;
    std::unique_ptr<CurlClient> m_curl;
    quint16 m_port = 0; // where the server listens on 127.0.0.1
    Identity m_shopA;   // two terminals of store shop-1
    Identity m_shopB;
    QStringList m_secrets;    // pairing and voucher codes: none may appear in the server's log
    QStringList m_everywhere; // ids of cached vouchers valid in every store: in every store's feed

    QString serverLog() const { return m_work.filePath(QStringLiteral("server.log")); }

    QJsonObject sandbox(const QStringList& args) {
        const auto r = runSandbox(m_platform.path(), args + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("o2o-sandbox %s failed: %s", qPrintable(args.join(u' ')), r.err.constData());
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }

    struct Issued {
        QString id;
        QString code;
    };
    QList<Issued> issue(const QString& store, const QString& kind, int count = 1,
                        const QStringList& extra = {}) {
        const QJsonObject o =
            sandbox(QStringList{QStringLiteral("issue"), QStringLiteral("--kind"), kind,
                                QStringLiteral("--store"), store, QStringLiteral("--value"),
                                QStringLiteral("5.00"), QStringLiteral("--count"), QString::number(count)} +
                    extra);
        QList<Issued> issued;
        for (const QJsonValue v : o.value(QStringLiteral("vouchers")).toArray()) {
            issued.append({v[QStringLiteral("id")].toString(), v[QStringLiteral("code")].toString()});
            m_secrets.append(issued.last().code);
            if (store == QStringLiteral("*") && !extra.contains(QStringLiteral("--signed")))
                m_everywhere.append(issued.last().id);
        }
        return issued;
    }

    QString pairingCode(const QString& store) {
        const QString code = sandbox({QStringLiteral("pair"), QStringLiteral("--store"), store})
                                 .value(QStringLiteral("pairing_code"))
                                 .toString();
        m_secrets.append(code);
        return code;
    }

    HttpResult enrollRequest(const QString& code, const QByteArray& csr, const QString& terminalId) {
        return m_curl->post(QStringLiteral("/v1/enroll"),
                            QJsonDocument(QJsonObject{{QStringLiteral("pairing_code"), code},
                                                      {QStringLiteral("csr_pem"), QString::fromLatin1(csr)},
                                                      {QStringLiteral("terminal_id"), terminalId},
                                                      {QStringLiteral("software"), QStringLiteral("test 1")}})
                                .toJson());
    }

    // Enrolls a new terminal of store; an empty deviceId means it failed.
    Identity enroll(const QString& store, const QString& terminalId) {
        Identity id;
        auto key = newDeviceKey();
        const HttpResult r = enrollRequest(pairingCode(store), csrPem(key.get()), terminalId);
        if (r.status != 200)
            return id;
        id.keyPath = m_work.filePath(terminalId + QStringLiteral(".key"));
        id.certPath = m_work.filePath(terminalId + QStringLiteral(".crt"));
        QFile keyFile(id.keyPath), certFile(id.certPath);
        if (!keyFile.open(QIODevice::WriteOnly) || !certFile.open(QIODevice::WriteOnly))
            return id;
        keyFile.write(keyPem(key.get()));
        certFile.write(r.json().value(QStringLiteral("device_certificate_pem")).toString().toLatin1());
        id.deviceId = r.json().value(QStringLiteral("device_id")).toString();
        id.terminalId = terminalId;
        return id;
    }

    HttpResult postEvents(const Identity& id, const QJsonArray& events, const QStringList& extra = {}) {
        return m_curl->post(QStringLiteral("/v1/events"), eventsBody(events), &id, extra);
    }

    QList<QJsonObject> ledgerEntries(const QString& eventId) {
        QList<QJsonObject> found;
        for (const QJsonValue e :
             sandbox({QStringLiteral("ledger")}).value(QStringLiteral("events")).toArray())
            if (e[QStringLiteral("event_id")].toString() == eventId)
                found.append(e.toObject());
        return found;
    }

    // Pulls the change feed from cursor to its end in pages of limit; returns the changes, sets cursor.
    QJsonArray pullAll(const Identity& id, QString& cursor, int limit, int* pages = nullptr) {
        QJsonArray all;
        for (int page = 1; page <= 100; ++page) {
            const HttpResult r =
                m_curl->get(QStringLiteral("/v1/changes?cursor=%1&limit=%2").arg(cursor).arg(limit), &id);
            if (r.status != 200)
                return {};
            const QJsonObject o = r.json();
            for (const QJsonValue c : o.value(QStringLiteral("changes")).toArray())
                all.append(c);
            cursor = o.value(QStringLiteral("next_cursor")).toString();
            if (pages)
                *pages = page;
            if (!o.value(QStringLiteral("has_more")).toBool())
                return all;
        }
        return {};
    }

    /** Starts the server and waits for its "listening on" line; returns what went wrong, if anything. */
    /** The server running with a signing key and two enrolled terminals of shop-1 (initTestCase). */
    void setUpPlatform() {
        QVERIFY(!qEnvironmentVariable("O2O_SANDBOX").isEmpty());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(), "curl is not installed");
        const QString started = startServer();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // Admin commands run while the server does, on the same data directory.
        QVERIFY(!sandbox({QStringLiteral("keys"), QStringLiteral("new")}).isEmpty());
        m_shopA = enroll(QStringLiteral("shop-1"), QStringLiteral("terminal-a"));
        m_shopB = enroll(QStringLiteral("shop-1"), QStringLiteral("terminal-b"));
        QVERIFY(!m_shopA.deviceId.isEmpty());
        QVERIFY(!m_shopB.deviceId.isEmpty());
    }

    void stopServer() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }

    QString startServer() {
        m_server.setStandardErrorFile(serverLog());
        m_server.start(qEnvironmentVariable("O2O_SANDBOX"),
                       {QStringLiteral("--data-dir"), m_platform.path(), QStringLiteral("serve"),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (!m_server.waitForStarted())
            return QStringLiteral("o2o-sandbox did not start");
        QByteArray line;
        while (!line.contains('\n') && m_server.waitForReadyRead(30000))
            line += m_server.readAllStandardOutput();
        if (!line.startsWith("listening on https://127.0.0.1:"))
            return QStringLiteral("no 'listening on' line: ") + QString::fromUtf8(line);
        const QString url = QString::fromLatin1(line.trimmed().mid(int(strlen("listening on "))));
        m_port = quint16(QUrl(url).port());
        m_curl =
            std::make_unique<CurlClient>(url, m_platform.filePath(QStringLiteral("ca.crt")), m_work.path());
        return {};
    }
};

} // namespace o2o::test
