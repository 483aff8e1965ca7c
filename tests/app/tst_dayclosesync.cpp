// End of day end to end: a redemption synced, the day closed on the terminal, the day_closed event
// uploaded to the real sandbox over HTTPS, which keeps the Z report (o2o-sandbox days). The platform's
// answers to bad day_closed events are in tests/sandbox/tst_sandboxevents.cpp.
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace o2o;

class TestDayCloseSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSandboxKeepsTheZReport() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(terminal
                     .run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--id"),
                           QStringLiteral("max"), QStringLiteral("--name"), QStringLiteral("Max"),
                           QStringLiteral("--role"), QStringLiteral("manager")})
                     .exitCode,
                 2); // the PIN must come on standard input
        QCOMPARE(test::runTerminal(terminal.dataDir(),
                                   {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--id"),
                                    QStringLiteral("max"), QStringLiteral("--name"), QStringLiteral("Max"),
                                    QStringLiteral("--role"), QStringLiteral("manager")},
                                   "9999\n")
                     .exitCode,
                 0);
        const QStringList codes = platform.issue(QStringLiteral("single_use"), 2);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        for (const QString& code : codes)
            QCOMPARE(
                terminal
                    .run({QStringLiteral("redeem"), code, QStringLiteral("--cashier"), QStringLiteral("max")})
                    .exitCode,
                0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);

        const test::ProcessResult closed =
            test::runTerminal(terminal.dataDir(),
                              {QStringLiteral("close-day"), QStringLiteral("--by"), QStringLiteral("max"),
                               QStringLiteral("--json")},
                              "9999\n");
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.json().value(QStringLiteral("pending_events")).toInt(), 0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);

        const QJsonArray days = platform
                                    .admin({QStringLiteral("days"), QStringLiteral("--store"),
                                            QStringLiteral("store-1"), QStringLiteral("--json")})
                                    .json()
                                    .value(QStringLiteral("days"))
                                    .toArray();
        QCOMPARE(days.size(), 1);
        const QJsonObject day = days.first().toObject();
        QCOMPARE(day.value(QStringLiteral("day")).toString(),
                 closed.json().value(QStringLiteral("day")).toString());
        QCOMPARE(day.value(QStringLiteral("terminal")).toString(), terminal.terminalId());
        QCOMPARE(day.value(QStringLiteral("report_sha256")).toString(),
                 closed.json().value(QStringLiteral("report_sha256")).toString());
        QCOMPARE(day.value(QStringLiteral("totals")).toObject().value(QStringLiteral("redemptions")).toInt(),
                 2);
        QVERIFY(!day.value(QStringLiteral("closed_at")).toString().isEmpty());
        bool accepted = false;
        for (const QJsonValue e : platform.ledger())
            if (e.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("day_closed"))
                accepted =
                    e.toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("accepted");
        QVERIFY(accepted);
        // Another store sees none of it.
        QCOMPARE(platform
                     .admin({QStringLiteral("days"), QStringLiteral("--store"), QStringLiteral("store-2"),
                             QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("days"))
                     .toArray()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDayCloseSync)
#include "tst_dayclosesync.moc"
