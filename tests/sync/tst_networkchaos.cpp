// Network chaos (issue 16, part 4; docs/reliability.md, section 4): several terminals redeem and sell
// while they sync through the real o2o-sandbox over HTTPS, which makes a random fault of every kind on
// its requests and TLS handshakes (o2o-sandbox fault chaos) until it has made at least 10 000. Then the
// faults stop, every terminal syncs until its outbox is empty, and the platform's ledger must equal the
// terminals' exactly; no request may have outlived its timeout by more than a second.
#include "store/database.h"
#include "tests/support/reliabilitysize.h"
#include "tests/sync/chaosterminal.h"
#include "tests/sync/sandboxserver.h"
#include "tests/sync/timedtransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

namespace {

constexpr int kTerminals = 6;
constexpr double kRate = 0.75; // the share of requests that get a fault (TLS handshakes: a quarter of it)
// The requests' timeout in this test (the product's are 30 s and 60 s), and a stall that outlasts it.
constexpr qint64 kTimeoutMs = 400;
constexpr int kStallMs = 700;
// A stall costs a terminal its whole timeout, the other faults a few milliseconds: a stall is drawn a
// quarter as often as each other kind, so the run fits CI's time budget.
constexpr int kStallWeightPct = 25;

/** event id -> "type subject": the voucher of a redemption, the sale's own id for a sale. */
using Ledger = QHash<QString, QString>;

/** The terminal's ledger as its database holds it: its redemptions and its sales. */
Ledger terminalLedger(const QString& dataDir, qsizetype& rows) {
    Ledger ledger;
    auto db = Database::open(dataDir);
    if (!db)
        return ledger;
    for (const char* sql : {"SELECT event_id, 'redemption ' || voucher_id FROM redemptions",
                            "SELECT event_id, 'sale ' || id FROM sales"}) {
        auto stmt = (*db)->connection().prepare(sql);
        while (stmt && stmt->step() == sql::kRow) {
            ++rows;
            ledger.insert(stmt->text(0), stmt->text(1));
        }
    }
    return ledger;
}

/** How the platform answered the terminal's events, as the terminal recorded it: status -> count. */
QMap<QString, int> terminalAnswers(const QString& dataDir) {
    QMap<QString, int> answers;
    auto db = Database::open(dataDir);
    if (!db)
        return answers;
    auto stmt = (*db)->connection().prepare(
        "SELECT status, first_status FROM event_answers WHERE type IN ('redemption', 'sale')");
    while (stmt && stmt->step() == sql::kRow)
        ++answers[stmt->text(0) == QStringLiteral("duplicate")
                      ? QStringLiteral("duplicate of ") + stmt->text(1)
                      : stmt->text(0)];
    return answers;
}

/** The faults chaos made so far, per kind (o2o-sandbox fault list --json). */
QMap<QString, qint64> injected(const SandboxServer& platform) {
    QMap<QString, qint64> counts;
    const QJsonObject list =
        platform.admin({QStringLiteral("fault"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("injected"))
            .toObject();
    for (auto it = list.begin(); it != list.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

qint64 total(const QMap<QString, qint64>& counts) {
    qint64 sum = 0;
    for (const qint64 n : counts)
        sum += n;
    return sum;
}

/** What the platform has left of a voucher (its own count, independent of the events listed). */
qint64 platformUsesLeft(const SandboxServer& platform, const QString& voucherId) {
    sql::Connection connection;
    if (!connection.openReadOnly(QDir(platform.dataDir()).filePath(QStringLiteral("platform.db")), false))
        return -1;
    auto stmt = connection.prepare("SELECT uses_left FROM vouchers WHERE id = ?1");
    if (!stmt)
        return -1;
    stmt->bind(1, voucherId);
    return stmt->step() == sql::kRow ? stmt->int64(0) : -1;
}

} // namespace

class TestNetworkChaos : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // Tens of thousands of requests: the per-request lines of the platform and of sync stay out of the
        // log (the figures below go in); QProcess hands the rules to the sandbox and the terminal CLI.
        qputenv("QT_LOGGING_RULES", "o2o.sandbox.info=false;o2o.sync.info=false;o2o.sync.warning=false");
        QLoggingCategory::setFilterRules(QStringLiteral("o2o.sandbox.info=false\no2o.sync.info=false\n"
                                                        "o2o.sync.warning=false"));
    }

    void platformLedgerEqualsTerminalsUnderChaos() {
        const qint64 faultTarget = reliabilitySize(10'000, 100'000);
        QElapsedTimer wall;
        wall.start();
        SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform
                     .admin({QStringLiteral("settings"), QStringLiteral("--store"), QStringLiteral("store-1"),
                             QStringLiteral("--offline-max-count"), QStringLiteral("-1"),
                             QStringLiteral("--offline-max-value"), QStringLiteral("-1"),
                             QStringLiteral("--offline-max-hours"), QStringLiteral("-1")})
                     .exitCode,
                 0);
        const QStringList passes = platform.issue(QStringLiteral("multi_use"), kTerminals,
                                                  {QStringLiteral("--uses"), QStringLiteral("65535")});
        QCOMPARE(passes.size(), kTerminals);

        std::vector<std::unique_ptr<SyncTerminal>> terminals;
        QStringList terminalIds;
        for (int i = 0; i < kTerminals; ++i) {
            terminals.push_back(std::make_unique<SyncTerminal>());
            QVERIFY(terminals.back()->enroll(platform));
            QCOMPARE(terminals.back()->syncOnce().exitCode, 0); // the pass is in its cache
            terminalIds.append(terminals.back()->terminalId());
            QVERIFY(!terminalIds.back().isEmpty());
        }
        const qint64 setupMs = wall.elapsed();

        QCOMPARE(platform
                     .admin({QStringLiteral("fault"), QStringLiteral("chaos"), QStringLiteral("--rate"),
                             QString::number(kRate), QStringLiteral("--seed"), QStringLiteral("16"),
                             QStringLiteral("--stall-ms"), QString::number(kStallMs),
                             QStringLiteral("--stall-weight"), QString::number(kStallWeightPct)})
                     .exitCode,
                 0);
        RequestFigures requests;
        std::atomic_bool trading{true};
        std::vector<std::unique_ptr<ChaosTerminal>> running;
        for (int i = 0; i < kTerminals; ++i) {
            running.push_back(std::make_unique<ChaosTerminal>(terminals[std::size_t(i)]->dataDir(),
                                                              passes.at(i), timedCurl(kTimeoutMs, requests),
                                                              quint32(16 + i)));
            running.back()->start(trading);
        }
        // Until the platform has made enough faults; the terminals trade and sync all along.
        const QDeadlineTimer chaosDeadline(std::chrono::minutes(20));
        QMap<QString, qint64> made;
        while (total(made = injected(platform)) < faultTarget && !chaosDeadline.hasExpired())
            QTest::qWait(1000);
        QCOMPARE(platform.admin({QStringLiteral("fault"), QStringLiteral("clear")}).exitCode, 0);
        trading = false;
        const qint64 chaosMs = wall.elapsed() - setupMs;
        for (auto& t : running)
            t->join();
        const qint64 settleMs = wall.elapsed() - setupMs - chaosMs;
        made = injected(platform); // the last faults, made while the clear was on its way

        qint64 events = 0;
        QMap<QString, int> answers;
        int cycles = 0;
        int completed = 0;
        for (int i = 0; i < kTerminals; ++i) {
            const ChaosTerminal::Figures& f = running[std::size_t(i)]->figures();
            QVERIFY2(f.fatal.isEmpty(), qPrintable(f.fatal));
            QVERIFY2(f.settled, qPrintable(QStringLiteral("terminal %1 did not settle").arg(i)));
            QVERIFY(f.redeemed > 0);
            QCOMPARE(f.refused, 0);
            QVERIFY(f.sold > 0);
            cycles += f.cycles;
            completed += f.completedCycles;
            for (auto it = f.cycleErrors.cbegin(); it != f.cycleErrors.cend(); ++it)
                qInfo("terminal %d: %d cycles failed: %s", i, it.value(), qPrintable(it.key()));

            // The terminal's ledger: every redemption and sale it made, each with an event of its own.
            qsizetype rows = 0;
            const Ledger mine = terminalLedger(terminals[std::size_t(i)]->dataDir(), rows);
            QCOMPARE(rows, qsizetype(f.redeemed + f.sold));
            QCOMPARE(mine.size(), rows);
            QCOMPARE(terminals[std::size_t(i)]->pendingEvents(), 0);

            // The platform's: the same events, each once, each accepted.
            Ledger theirs;
            qsizetype entries = 0;
            QString voucherId;
            for (const QJsonValue e : platform.ledger()) {
                if (e[QStringLiteral("terminal")].toString() != terminalIds.at(i))
                    continue;
                const QString type = e[QStringLiteral("type")].toString();
                ++entries;
                QCOMPARE(e[QStringLiteral("outcome")].toString(), QStringLiteral("accepted"));
                theirs.insert(e[QStringLiteral("event_id")].toString(),
                              type + u' ' +
                                  e[type == QStringLiteral("sale") ? QStringLiteral("sale_id")
                                                                   : QStringLiteral("voucher")]
                                      .toString());
                if (type == QStringLiteral("redemption"))
                    voucherId = e[QStringLiteral("voucher")].toString();
            }
            QCOMPARE(entries, rows); // an event held twice would make this larger
            QVERIFY(theirs == mine);
            // And the platform counted each use once: what it has left of the pass says so.
            QCOMPARE(platformUsesLeft(platform, voucherId), qint64(65535 - f.redeemed));

            // Every event was answered, the resends of ambiguous ones as duplicates of an accepted one.
            const QMap<QString, int> answered = terminalAnswers(terminals[std::size_t(i)]->dataDir());
            QCOMPARE(answered.value(QStringLiteral("accepted")) +
                         answered.value(QStringLiteral("duplicate of accepted")),
                     int(rows));
            for (auto it = answered.cbegin(); it != answered.cend(); ++it)
                answers[it.key()] += it.value();
            events += rows;
        }

        for (auto it = made.cbegin(); it != made.cend(); ++it)
            qInfo("faults made: %-20s %lld", qPrintable(it.key()), static_cast<long long>(it.value()));
        const QMap<QString, qint64> outcomes = requests.outcomes();
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            qInfo("requests answered %-6s %lld", qPrintable(it.key()), static_cast<long long>(it.value()));
        qInfo("%d terminals, %lld faults made (%d kinds), %lld requests, %lld events synced (%d answered "
              "accepted, %d as duplicates of accepted), %d cycles (%d completed)",
              kTerminals, static_cast<long long>(total(made)), int(made.size()),
              static_cast<long long>(requests.requests()), static_cast<long long>(events),
              answers.value(QStringLiteral("accepted")),
              answers.value(QStringLiteral("duplicate of accepted")), cycles, completed);
        qInfo("timeout %lld ms: longest request %lld ms, max overrun %lld ms; setup %lld ms, chaos %lld ms, "
              "settling %lld ms",
              static_cast<long long>(kTimeoutMs), static_cast<long long>(requests.longestMs()),
              static_cast<long long>(requests.maxOverrunMs()), static_cast<long long>(setupMs),
              static_cast<long long>(chaosMs), static_cast<long long>(settleMs));

        QVERIFY2(total(made) >= faultTarget, "the platform made too few faults before the deadline");
        QCOMPARE(made.size(), 12); // every kind: 9 on requests, 3 on handshakes
        QCOMPARE(requests.pastTimeoutPlusOneSecond(), 0);
        QVERIFY(requests.maxOverrunMs() <= 1000);
        QVERIFY(answers.value(QStringLiteral("duplicate of accepted")) >
                0); // replies were lost after commits
    }
};

QTEST_GUILESS_MAIN(TestNetworkChaos)
#include "tst_networkchaos.moc"
