// What one client may cost the reference platform (sandbox/serverlimits.h): bodies of any size, slow
// clients, many connections from one address, guessed pairing codes. Each test speaks from a loopback
// address of its own (127.0.0.x), so the per-address limits of one test do not reach the next.
#include "sandbox/serverlimits.h"
#include "tests/sandbox/platformfixture.h"
#include "tests/sandbox/rawtlsclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace o2o;
using namespace o2o::test;
namespace limits = o2o::sandbox::limits;

namespace {

// The request deadline the server under test keeps: half of limits::kRequestDeadline
// (O2O_SANDBOX_REQUEST_DEADLINE_MS), so that the slow clients are ended after 5 s instead of 10 s. The same
// watchdog enforces either; what the case proves is that it ends them at the deadline it was given.
constexpr qint64 kDeadlineMs = std::chrono::milliseconds(limits::kRequestDeadline).count() / 2;
constexpr qint64 kMiB = 1024 * 1024;

// How a test request carries its body.
enum class Framing {
    Chunked,      // Transfer-Encoding: chunked, 64 KiB chunks
    Announced,    // Content-Length: the body's size, then the body
    Deflated,     // Content-Encoding: deflate; the body's size is what it inflates to
    EndlessHeader // no body: a header line that never ends
};

/**
 * Sends a request whose body of bodyBytes bytes the server should refuse as it arrives, stopping as soon as
 * the server answers or stops taking it. Returns how much of the body was written, the compressed body for
 * Deflated.
 */
qint64 sendRequest(RawTlsClient& client, const QByteArray& method, const QByteArray& path, Framing framing,
                   qint64 bodyBytes) {
    QByteArray head =
        method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    QByteArray deflated;
    switch (framing) {
    case Framing::Chunked:
        head += "Transfer-Encoding: chunked\r\n\r\n";
        break;
    case Framing::Announced:
        head += "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n\r\n";
        break;
    case Framing::Deflated:
        deflated = qCompress(QByteArray(bodyBytes, '{'), 9).mid(4); // qCompress: a length, then zlib
        head += "Content-Encoding: deflate\r\nContent-Length: " + QByteArray::number(deflated.size()) +
                "\r\n\r\n";
        break;
    case Framing::EndlessHeader:
        head += "X-Padding: ";
        break;
    }
    if (!client.write(head, 3000))
        return 0;
    if (framing == Framing::Deflated)
        return client.write(deflated, 3000) ? deflated.size() : 0;
    const QByteArray piece(64 * 1024, 'x');
    qint64 written = 0;
    while (written < bodyBytes) {
        const QByteArray data = piece.left(qMin<qint64>(piece.size(), bodyBytes - written));
        const QByteArray framed =
            framing == Framing::Chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n" : data;
        if (!client.write(framed, 2000))
            return written;
        written += data.size();
        if (client.read(0) != RawTlsClient::Read::Nothing) // an answer, or the end of the connection
            return written;
    }
    if (framing == Framing::Chunked)
        client.write("0\r\n\r\n", 2000);
    return written;
}

/** How a slow client fared: refused at the handshake, or ended by the server after closedAfterMs. */
struct SlowClient {
    bool admitted = false;
    qint64 closedAfterMs = -1; // -1: still open when the client gave up
};

// Connects from source and sends a request one byte every 500 ms for at most giveUpMs, watching for the
// server to end the connection.
SlowClient runSlowClient(const char* source, quint16 port, const QString& caPath, qint64 giveUpMs,
                         std::atomic_int& connected) {
    SlowClient outcome;
    QElapsedTimer clock;
    clock.start();
    RawTlsClient client;
    outcome.admitted = client.connect(source, port, caPath, 3000);
    ++connected;
    if (!outcome.admitted) {
        outcome.closedAfterMs = clock.elapsed();
        return outcome;
    }
    const QByteArray request =
        "POST /v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 64\r\n\r\n" +
        QByteArray(64, ' ');
    for (qsizetype i = 0; clock.elapsed() < giveUpMs; i = (i + 1) % request.size()) {
        if (!client.write(request.mid(i, 1), 1000) || client.read(500) == RawTlsClient::Read::Closed) {
            outcome.closedAfterMs = clock.elapsed();
            break;
        }
    }
    return outcome;
}

} // namespace

Q_DECLARE_METATYPE(Framing)

class TestSandboxLimits : public QObject, private PlatformFixture {
    Q_OBJECT

private:
    // POST /v1/enroll with a fresh key, from a loopback address of the test's own.
    HttpResult enrollFrom(const char* source, const QString& code) {
        auto key = newDeviceKey();
        return m_curl->post(
            QStringLiteral("/v1/enroll"),
            QJsonDocument(QJsonObject{{QStringLiteral("pairing_code"), code},
                                      {QStringLiteral("csr_pem"), QString::fromLatin1(csrPem(key.get()))},
                                      {QStringLiteral("terminal_id"), newId()}})
                .toJson(),
            nullptr, {QStringLiteral("--interface"), QString::fromLatin1(source)});
    }

    // A wrong code with code's prefix: its last character moved on by i + 1 in the code alphabet.
    static QString nearMiss(const QString& code, int i) {
        static const QString alphabet = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
        const qsizetype last = alphabet.indexOf(code.back());
        return code.chopped(1) + alphabet.at((last + 1 + i) % alphabet.size());
    }

private Q_SLOTS:
    void initTestCase() {
        // The raw client writes to connections the server ends on purpose.
        std::signal(SIGPIPE, SIG_IGN);
        qputenv("O2O_SANDBOX_REQUEST_DEADLINE_MS", QByteArray::number(kDeadlineMs));
        setUpPlatform();
    }
    void cleanupTestCase() { stopServer(); }

    void bodiesAreLimitedAsTheyArrive_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<Framing>("framing");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::addColumn<int>("status");      // 0: the connection ends without an answer
        QTest::addColumn<qint64>("maxTaken"); // the most the server may take before it answers
        constexpr qint64 kLimit = qint64(limits::kMaxBodyBytes);
        // Sockets hold some of what was written but not yet read: the client's (64 KiB asked for) and the
        // server's, which grows while the server reads fast.
        constexpr qint64 kBuffers = 8 * kMiB;
        constexpr qint64 kHuge = 64 * kMiB;
        QTest::newRow("enroll, chunked") << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/enroll")
                                         << Framing::Chunked << kHuge << 413 << kLimit + kBuffers;
        QTest::newRow("enroll, chunked, at the limit") // read whole: the route finds it is not JSON
            << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/enroll") << Framing::Chunked << kLimit
            << 400 << kLimit;
        QTest::newRow("enroll, deflate bomb") << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/enroll")
                                              << Framing::Deflated << kHuge << 413 << kMiB;
        QTest::newRow("events, chunked, no certificate")
            << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/events") << Framing::Chunked << kHuge
            << 401 << kBuffers;
        QTest::newRow("prepare, chunked, no certificate")
            << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/redemptions/prepare") << Framing::Chunked
            << kHuge << 401 << kBuffers;
        QTest::newRow("enroll, Content-Length over the limit")
            << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/enroll") << Framing::Announced << kHuge
            << 413 << kBuffers;
        QTest::newRow("health with a chunked body")
            << QByteArrayLiteral("GET") << QByteArrayLiteral("/v1/health") << Framing::Chunked << kHuge << 400
            << kBuffers;
        QTest::newRow("unknown path, chunked")
            << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/nothing") << Framing::Chunked << kHuge
            << 404 << kBuffers;
        QTest::newRow("PUT, chunked") << QByteArrayLiteral("PUT") << QByteArrayLiteral("/v1/events")
                                      << Framing::Chunked << kHuge << 405 << kBuffers;
        QTest::newRow("a header line without end")
            << QByteArrayLiteral("POST") << QByteArrayLiteral("/v1/enroll") << Framing::EndlessHeader << kHuge
            << 0 << qint64(limits::kMaxRequestBytes) + kBuffers;
    }
    // 200 MB sent chunked took the server to 315 MB before it answered 400 or 401. A body is counted as it
    // arrives (inflated, when it is compressed), a certificate is checked before any body is read, and a
    // body nobody reads is answered at once, the connection closed behind it.
    void bodiesAreLimitedAsTheyArrive() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(Framing, framing);
        QFETCH(qint64, bodyBytes);
        QFETCH(int, status);
        QFETCH(qint64, maxTaken);
        RawTlsClient client;
        QVERIFY(client.connect("127.0.0.3", m_port, m_platform.filePath(QStringLiteral("ca.crt")), 3000));
        const qint64 taken = sendRequest(client, method, path, framing, bodyBytes);
        QCOMPARE(client.awaitAnswer(5000), status);
        QVERIFY2(taken <= maxTaken, qPrintable(QStringLiteral("%1 MiB taken").arg(double(taken) / kMiB)));
        if (status != 0 && status != 200)
            QVERIFY(client.received().contains("\"error\""));
        if (status == 0)
            QCOMPARE(client.read(3000), RawTlsClient::Read::Closed);
    }

    // Chunked bodies are still welcome where they are read.
    void chunkedEventsAreAccepted() {
        const auto v = issue(QStringLiteral("shop-1"), QStringLiteral("single_use"));
        QCOMPARE(v.size(), 1);
        const QJsonArray batch{redemption(newId(), v[0].id, newId(), 1763467200000)};
        const HttpResult r =
            m_curl->post(QStringLiteral("/v1/events"), eventsBody(batch), &m_shopA,
                         {QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked")});
        QCOMPARE(r.status, 200);
        QCOMPARE(firstResult(r).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    }

    // 200 wrong pairing codes in 7 s all got 403. After kEnrollFailures refused codes an address waits:
    // 429 with Retry-After, a right code included. Other addresses enroll as before.
    void guessingPairingCodesIsSlowedDown() {
        const QString code = pairingCode(QStringLiteral("shop-1"));
        // Wrong codes that do not start like the right one, so they do not count against it.
        const QString otherPrefix =
            code.startsWith(QStringLiteral("2222")) ? QStringLiteral("3333") : QStringLiteral("2222");
        for (int i = 0; i < limits::kEnrollFailures; ++i) {
            const HttpResult wrong =
                enrollFrom("127.0.0.4", otherPrefix + QStringLiteral("2345%1").arg(i + 20));
            QCOMPARE(wrong.status, 403);
            QVERIFY(wrong.header("Retry-After").isEmpty());
        }
        const HttpResult waiting = enrollFrom("127.0.0.4", code);
        QCOMPARE(waiting.status, 429);
        QCOMPARE(waiting.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(waiting.json()[QStringLiteral("error")][QStringLiteral("retryable")].toBool(), true);
        const int retryAfter = waiting.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= std::chrono::seconds(limits::kEnrollWindow).count(),
                 waiting.header("Retry-After").constData());
        QCOMPARE(enrollFrom("127.0.0.4", code).status, 429); // waiting does not end by asking again

        QCOMPARE(enrollFrom("127.0.0.5", code).status, 200); // the code is still good, from elsewhere
    }

    // A wrong code that starts like a live code counts against that code: kPairingCodeMisses of them spend
    // it, the right code refused too; fewer leave it good.
    void nearMissesSpendAPairingCode() {
        const QString kept = pairingCode(QStringLiteral("shop-1"));
        const QString spent = pairingCode(QStringLiteral("shop-1"));
        QVERIFY(kept.left(limits::kPairingPrefixLength) != spent.left(limits::kPairingPrefixLength));
        for (int i = 0; i < limits::kPairingCodeMisses - 1; ++i)
            QCOMPARE(enrollFrom("127.0.0.6", nearMiss(kept, i)).status, 403);
        QCOMPARE(enrollFrom("127.0.0.6", kept).status, 200);

        for (int i = 0; i < limits::kPairingCodeMisses; ++i)
            QCOMPARE(enrollFrom("127.0.0.7", nearMiss(spent, i)).status, 403);
        const HttpResult refused = enrollFrom("127.0.0.8", spent);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
    }

    // Twenty clients from one address that finish the handshake and then send a byte a second: the
    // address gets its share of connections, the others are refused at once, every one it got ends at the
    // request deadline, and the platform answers everybody else meanwhile.
    void slowClientsCannotStarveTheServer() {
        constexpr int kClients = 20;
        const qint64 giveUpMs = kDeadlineMs + 5000;
        const QString ca = m_platform.filePath(QStringLiteral("ca.crt"));
        std::atomic_int connected{0};
        std::vector<SlowClient> outcomes(kClients);
        std::vector<std::thread> clients;
        for (int i = 0; i < kClients; ++i)
            clients.emplace_back([&, i] {
                outcomes[size_t(i)] = runSlowClient("127.0.0.2", m_port, ca, giveUpMs, connected);
            });
        const bool allTried = QTest::qWaitFor([&] { return connected == kClients; }, 5000);

        QElapsedTimer health;
        health.start();
        QList<int> statuses;
        for (int i = 0; i < 3; ++i) // from 127.0.0.1; the slow ones are still sending
            statuses.append(m_curl
                                ->get(QStringLiteral("/v1/health"), nullptr,
                                      {QStringLiteral("--max-time"), QStringLiteral("3")})
                                .status);
        const qint64 healthMs = health.elapsed();
        for (std::thread& client : clients)
            client.join();

        QVERIFY(allTried);
        QCOMPARE(statuses, QList<int>({200, 200, 200}));
        QVERIFY2(healthMs < kDeadlineMs - 2000, qPrintable(QString::number(healthMs)));
        int admitted = 0;
        for (const SlowClient& c : outcomes) {
            admitted += c.admitted ? 1 : 0;
            const QString info =
                QStringLiteral("admitted %1, closed after %2 ms").arg(c.admitted).arg(c.closedAfterMs);
            QVERIFY2(c.closedAfterMs >= 0, qPrintable(info));
            if (c.admitted)
                QVERIFY2(c.closedAfterMs >= kDeadlineMs - 1000 && c.closedAfterMs < kDeadlineMs + 3000,
                         qPrintable(info));
            else
                QVERIFY2(c.closedAfterMs < 2000, qPrintable(info));
        }
        QCOMPARE(admitted, limits::kConnectionsPerAddress);
        QCOMPARE(m_curl
                     ->get(QStringLiteral("/v1/health"), nullptr,
                           {QStringLiteral("--interface"), QStringLiteral("127.0.0.2")})
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
