// Returns end to end against the real sandbox over HTTPS: made offline at the counter, synced later; the
// platform refunds the online order (its ledger shows it refunded) and puts a card's refund back on it.
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QTest>

using namespace o2o;

class TestReturnSync : public QObject {
    Q_OBJECT

    static int addStaff(const test::SyncTerminal& t, const QString& id, const QString& role,
                        const QByteArray& pin) {
        return test::runTerminal(t.dataDir(),
                                 {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--id"), id,
                                  QStringLiteral("--name"), id, QStringLiteral("--role"), role},
                                 pin + '\n')
            .exitCode;
    }
    static test::ProcessResult returnIt(const test::SyncTerminal& t, const QStringList& what,
                                        const QString& by = QStringLiteral("ana"),
                                        const QByteArray& pin = "2468") {
        return test::runTerminal(t.dataDir(),
                                 what + QStringList{QStringLiteral("--reason"),
                                                    QStringLiteral("does not fit"), QStringLiteral("--by"),
                                                    by, QStringLiteral("--json")},
                                 pin + '\n');
    }
    static QString balance(const test::SyncTerminal& t, const QString& code) {
        return t.run({QStringLiteral("check"), code, QStringLiteral("--json")})
            .json()[QStringLiteral("voucher")][QStringLiteral("balance")]
            .toString();
    }

private Q_SLOTS:
    void offlineReturnsReachThePlatform() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        const QString order = platform
                                  .issue(QStringLiteral("pickup_order"), 1,
                                         {QStringLiteral("--value"), QStringLiteral("11.80")})
                                  .value(0);
        const QString card = platform
                                 .issue(QStringLiteral("stored_value"), 1,
                                        {QStringLiteral("--value"), QStringLiteral("20.00")})
                                 .value(0);
        QVERIFY(!order.isEmpty() && !card.isEmpty());
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(addStaff(terminal, QStringLiteral("ana"), QStringLiteral("cashier"), "2468"), 0);
        QCOMPARE(addStaff(terminal, QStringLiteral("max"), QStringLiteral("manager"), "1357"), 0);

        platform.stop(); // the internet is down from here on
        // Not handed over yet: refused, with the way out in the reason.
        auto early = returnIt(terminal, {QStringLiteral("return"), order});
        QCOMPARE(early.exitCode, 1);
        QCOMPARE(early.json()[QStringLiteral("reason")].toString(), QStringLiteral("not_handed_over"));
        QVERIFY(early.json()[QStringLiteral("text")].toString().contains(QStringLiteral("cancel")));
        QVERIFY(!early.out.contains(order.toUtf8())); // the code never in clear
        QCOMPARE(
            terminal
                .run({QStringLiteral("redeem"), order, QStringLiteral("--cashier"), QStringLiteral("ana")})
                .exitCode,
            0);
        const auto returned = returnIt(terminal, {QStringLiteral("return"), order});
        QCOMPARE(returned.exitCode, 0);
        QCOMPARE(returned.json()[QStringLiteral("verdict")].toString(), QStringLiteral("returned"));
        QCOMPARE(returned.json()[QStringLiteral("amount")].toString(), QStringLiteral("11.80"));
        QCOMPARE(returned.json()[QStringLiteral("refunds")].toArray()[0][QStringLiteral("method")].toString(),
                 QStringLiteral("online"));

        // A sale paid by the card, returned in part: 5.00 back on the card, offline.
        const auto sold =
            terminal.run({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("Scarf"),
                          QStringLiteral("--price"), QStringLiteral("12.00"), QStringLiteral("--quantity"),
                          QStringLiteral("2"), QStringLiteral("--voucher"), card, QStringLiteral("--cashier"),
                          QStringLiteral("ana"), QStringLiteral("--json")});
        QCOMPARE(sold.exitCode, 0);
        const QString saleId = sold.json()[QStringLiteral("sale_id")].toString();
        QCOMPARE(balance(terminal, card), QStringLiteral("0.00"));
        const auto over = returnIt(terminal, {QStringLiteral("return"), QStringLiteral("--sale"), saleId,
                                              QStringLiteral("--line"), QStringLiteral("Scarf:3")});
        QCOMPARE(over.json()[QStringLiteral("reason")].toString(), QStringLiteral("over_quantity"));
        const auto partial = returnIt(terminal, {QStringLiteral("return"), QStringLiteral("--sale"), saleId,
                                                 QStringLiteral("--line"), QStringLiteral("Scarf:1")});
        QCOMPARE(partial.exitCode, 0);
        QCOMPARE(partial.json()[QStringLiteral("amount")].toString(), QStringLiteral("12.00"));
        const QJsonArray refunds = partial.json()[QStringLiteral("refunds")].toArray();
        QCOMPARE(refunds.size(), 1); // the card paid 20.00 of 24.00: the refund goes back on it first
        QCOMPARE(refunds[0][QStringLiteral("method")].toString(), QStringLiteral("voucher"));
        QCOMPARE(refunds[0][QStringLiteral("amount")].toString(), QStringLiteral("12.00"));
        QCOMPARE(balance(terminal, card), QStringLiteral("12.00"));

        // The day's report shows the refunds by how the money went back.
        const QJsonObject report =
            terminal.run({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")})
                .json();
        QCOMPARE(report[QStringLiteral("refunds")][QStringLiteral("amount")].toString(),
                 QStringLiteral("23.80"));

        QVERIFY(platform.start());
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        QStringList outcomes;
        for (const QJsonValue e : platform.ledger())
            if (e[QStringLiteral("type")] == QStringLiteral("return"))
                outcomes.append(e[QStringLiteral("outcome")].toString());
        QCOMPARE(outcomes, (QStringList{QStringLiteral("accepted"), QStringLiteral("accepted")}));
        const QJsonArray orders = platform.admin({QStringLiteral("ledger"), QStringLiteral("--json")})
                                      .json()[QStringLiteral("refunds")]
                                      .toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0][QStringLiteral("refunded")].toString(), QStringLiteral("11.80"));
        QCOMPARE(orders[0][QStringLiteral("status")].toString(), QStringLiteral("refunded"));
        // The platform put the 12.00 back on the card too: the next sync does not lower it here.
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(balance(terminal, card), QStringLiteral("12.00"));
    }
};

QTEST_GUILESS_MAIN(TestReturnSync)
#include "tst_returnsync.moc"
