// The counter's day end to end against the real sandbox over HTTPS: the audit chain (a local rewrite
// that recomputes every hash passes `audit verify` but not the platform), voids synced after the fact,
// and the catalog and sales travelling both ways.
#include "store/auditlog.h"
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QTest>

using namespace o2o;

class TestCounterDaySync : public QObject {
    Q_OBJECT

    static QJsonObject platformChain(const test::SandboxServer& platform, const QString& terminal) {
        return platform
            .admin(
                {QStringLiteral("audit"), QStringLiteral("--terminal"), terminal, QStringLiteral("--json")})
            .json();
    }
    static int verifyPin(const test::SyncTerminal& t, const QByteArray& pin) {
        return test::runTerminal(t.dataDir(),
                                 {QStringLiteral("staff"), QStringLiteral("verify"), QStringLiteral("ana")},
                                 pin + '\n')
            .exitCode;
    }

    static int addCashierAna(const test::SyncTerminal& t) {
        return test::runTerminal(t.dataDir(),
                                 {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--id"),
                                  QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana"),
                                  QStringLiteral("--role"), QStringLiteral("cashier")},
                                 "2468\n")
            .exitCode;
    }

private Q_SLOTS:
    void platformHoldsTheChain() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(addCashierAna(terminal), 0);
        QCOMPARE(verifyPin(terminal, "1111"), 1);
        QCOMPARE(verifyPin(terminal, "2468"), 0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        const QString id = terminal.terminalId();
        QJsonObject chain = platformChain(platform, id);
        QCOMPARE(chain.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(chain.value(QStringLiteral("entries")).toInt(), 4); // enroll, staff_add, wrong_pin, sign_in

        // Rewrite entry 2 locally and recompute every hash after it: the local chain holds together...
        {
            auto db = Database::open(terminal.dataDir());
            QVERIFY(db);
            QVERIFY((*db)->connection().exec("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 2"));
            auto entries = AuditLog(**db).entries();
            QByteArray prev = entries->first().hash;
            for (qsizetype i = 1; i < entries->size(); ++i) {
                AuditEntry e = entries->at(i);
                const QByteArray hash =
                    AuditLog::entryHash(prev, e.seq, e.atMs, e.actor, e.action, e.subject, e.detail);
                auto update = (*db)->connection().prepare(
                    "UPDATE audit_log SET prev_hash = ?1, hash = ?2 WHERE seq = ?3");
                update->bindBlob(1, prev).bindBlob(2, hash).bind(3, e.seq);
                QCOMPARE(update->step(), 101);
                prev = hash;
            }
        }
        QCOMPARE(test::runTerminal(terminal.dataDir(), {QStringLiteral("audit"), QStringLiteral("verify")})
                     .exitCode,
                 0);
        // ...but the next entry extends the rewritten chain, not the one the platform holds.
        QCOMPARE(verifyPin(terminal, "2468"), 0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        chain = platformChain(platform, id);
        QCOMPARE(chain.value(QStringLiteral("intact")).toBool(), false);
        QCOMPARE(chain.value(QStringLiteral("first_bad_seq")).toInt(), 5);

        // A plain edit is caught on the terminal itself, naming the entry.
        {
            auto db = Database::open(terminal.dataDir());
            QVERIFY((*db)->connection().exec("UPDATE audit_log SET actor = 'max' WHERE seq = 3"));
        }
        const auto verify =
            test::runTerminal(terminal.dataDir(),
                              {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(verify.exitCode, 1);
        QCOMPARE(verify.json().value(QStringLiteral("first_bad_seq")).toInt(), 3);
    }

    // Redeemed offline, voided, then synced after the fact: the platform applies both, so the voucher
    // is usable again there too, and a second redemption is accepted, not a conflict.
    void voidedOfflineRedemptionAgreesAfterSync() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        const QString code = platform.issue(QStringLiteral("single_use")).value(0);
        QVERIFY(!code.isEmpty());
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(addCashierAna(terminal), 0);

        platform.stop();
        const auto redeemed = terminal.run({QStringLiteral("redeem"), code, QStringLiteral("--cashier"),
                                            QStringLiteral("ana"), QStringLiteral("--json")});
        QCOMPARE(redeemed.exitCode, 0);
        const QString redemptionId = redeemed.json().value(QStringLiteral("redemption_id")).toString();
        const auto voided =
            test::runTerminal(terminal.dataDir(),
                              {QStringLiteral("void"), redemptionId, QStringLiteral("--reason"),
                               QStringLiteral("scanned the wrong phone"), QStringLiteral("--by"),
                               QStringLiteral("ana"), QStringLiteral("--json")},
                              "2468\n");
        QCOMPARE(voided.exitCode, 0);
        QCOMPARE(voided.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("voided"));

        QVERIFY(platform.start());
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        QStringList outcomes;
        for (const QJsonValue e : platform.ledger())
            if (e[QStringLiteral("type")] != QStringLiteral("audit"))
                outcomes.append(e[QStringLiteral("type")].toString() + u':' +
                                e[QStringLiteral("outcome")].toString());
        QCOMPARE(outcomes, (QStringList{"redemption:accepted", "void:accepted"}));

        // Usable again on both sides: redeemed here, accepted there.
        QCOMPARE(
            terminal.run({QStringLiteral("redeem"), code, QStringLiteral("--cashier"), QStringLiteral("ana")})
                .exitCode,
            0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(platform.ledger().last()[QStringLiteral("outcome")].toString(), QStringLiteral("accepted"));
    }

    // The catalog reaches the terminal through the change feed; a sale reaches the platform exactly once.
    void catalogDownSalesUp() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform
                     .admin({QStringLiteral("catalog"), QStringLiteral("add"), QStringLiteral("--store"),
                             QStringLiteral("store-1"), QStringLiteral("--sku"), QStringLiteral("TEA"),
                             QStringLiteral("--name"), QStringLiteral("Green tea"), QStringLiteral("--price"),
                             QStringLiteral("2.20"), QStringLiteral("--tax-rate"), QStringLiteral("10")})
                     .exitCode,
                 0);
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        const QJsonArray products = terminal.run({QStringLiteral("catalog"), QStringLiteral("--json")})
                                        .json()[QStringLiteral("products")]
                                        .toArray();
        QCOMPARE(products.size(), 1);
        QCOMPARE(products[0][QStringLiteral("price")].toString(), QStringLiteral("2.20"));

        const auto sold =
            terminal.run({QStringLiteral("sale"), QStringLiteral("--sku"), QStringLiteral("TEA"),
                          QStringLiteral("--quantity"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(sold.exitCode, 0);
        QCOMPARE(sold.json()[QStringLiteral("total")].toString(), QStringLiteral("7.26"));
        // The answer to the first upload is lost: the resend is a duplicate, the sale counted once.
        QVERIFY(platform.fault(QStringLiteral("reset_mid_response"), QStringLiteral("/v1/events")));
        terminal.syncOnce();
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        int sales = 0;
        for (const QJsonValue e : platform.ledger())
            sales += e[QStringLiteral("type")] == QStringLiteral("sale");
        QCOMPARE(sales, 1);
    }
};

QTEST_GUILESS_MAIN(TestCounterDaySync)
#include "tst_counterdaysync.moc"
