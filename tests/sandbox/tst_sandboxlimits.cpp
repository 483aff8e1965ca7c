// What one client may cost the reference platform (sandbox/serverlimits.h): slow clients, and many
// connections from one address. Each test speaks from a loopback address of its own (127.0.0.x), so the
// per-address limits of one test do not reach the next.
#include "sandbox/serverlimits.h"
#include "tests/sandbox/platformfixture.h"
#include "tests/sandbox/rawtlsclient.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace o2o;
using namespace o2o::test;
namespace limits = o2o::sandbox::limits;

namespace {

constexpr qint64 kDeadlineMs = std::chrono::milliseconds(limits::kRequestDeadline).count();

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

class TestSandboxLimits : public QObject, private PlatformFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // The raw client writes to connections the server ends on purpose.
        std::signal(SIGPIPE, SIG_IGN);
        setUpPlatform();
    }
    void cleanupTestCase() { stopServer(); }

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
