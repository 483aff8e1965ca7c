// Claim codes end to end against the real sandbox over HTTPS: a sale without a member gets a code signed
// with the terminal's device key; a member claims it exactly once, whether the claim comes before the
// sale's sync (held, then applied), after it, twice, or from two members at the same moment.
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace o2o;

namespace {

struct SaleMade {
    QString id;
    QString claimCode;
};

SaleMade sell(const test::SyncTerminal& t, const QString& price = QStringLiteral("7.26")) {
    const auto r = t.run({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("Lunch"),
                          QStringLiteral("--price"), price, QStringLiteral("--json")});
    return SaleMade{r.json().value(QStringLiteral("sale_id")).toString(),
                    r.json().value(QStringLiteral("claim_code")).toString()};
}

QString claim(const test::SandboxServer& platform, const QString& code, const QString& member) {
    return platform
        .admin({QStringLiteral("claim"), code, QStringLiteral("--member"), member, QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("result"))
        .toString();
}

/** The sale events of the platform's ledger by sale id. */
QHash<QString, QJsonObject> saleEvents(const test::SandboxServer& platform) {
    QHash<QString, QJsonObject> sales;
    for (const QJsonValue e : platform.ledger())
        if (e[QStringLiteral("type")] == QStringLiteral("sale"))
            sales.insert(e[QStringLiteral("sale_id")].toString(), e.toObject());
    return sales;
}

QJsonArray claims(const test::SandboxServer& platform) {
    return platform.admin({QStringLiteral("ledger"), QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("claims"))
        .toArray();
}

/** A member the platform issued a code to (the claim's customer); its id. */
QString newMember(const test::SandboxServer& platform, const QString& name) {
    platform.admin({QStringLiteral("keys"), QStringLiteral("new")}); // member codes are signed: a key first
    return platform
        .admin({QStringLiteral("member"), QStringLiteral("new"), QStringLiteral("--name"), name,
                QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("member_id"))
        .toString();
}

/** The member's points as the platform's app shows them. */
qint64 pointsOf(const test::SandboxServer& platform, const QString& memberId) {
    return platform
        .admin({QStringLiteral("member"), QStringLiteral("show"), memberId, QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("points"))
        .toInteger(-1);
}

} // namespace

class TestClaimSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claimAfterSyncOnceOnly() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        const SaleMade sale = sell(terminal);
        QVERIFY(!sale.id.isEmpty());
        QVERIFY(sale.claimCode.startsWith(QStringLiteral("O2OC:")));
        QCOMPARE(sale.claimCode.size(), 179);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        const QString ana = newMember(platform, QStringLiteral("Ana"));
        const QString bo = newMember(platform, QStringLiteral("Bo"));
        QCOMPARE(ana.size(), 32);

        QCOMPARE(claim(platform, sale.claimCode, ana), QStringLiteral("claimed"));
        QCOMPARE(claim(platform, sale.claimCode, ana), QStringLiteral("already_claimed"));
        QCOMPARE(claim(platform, sale.claimCode, bo), QStringLiteral("already_claimed"));
        // The sale's points (1 per whole unit of 7.26) go to the member who claimed it, once.
        QCOMPARE(pointsOf(platform, ana), 7);
        QCOMPARE(pointsOf(platform, bo), 0);

        const QJsonObject onSale =
            saleEvents(platform).value(sale.id).value(QStringLiteral("claim")).toObject();
        QCOMPARE(onSale.value(QStringLiteral("member")).toString(), ana);
        QCOMPARE(onSale.value(QStringLiteral("state")).toString(), QStringLiteral("claimed"));
        QCOMPARE(onSale.value(QStringLiteral("total")).toInteger(), 726);
        QCOMPARE(claims(platform).size(), 1);

        // The command gives the same code for the sale, and a QR code of it that decodes to that text.
        const QString png = terminal.dataDir() + QStringLiteral("/claim.png");
        const auto again = terminal.run({QStringLiteral("sale"), QStringLiteral("claim-code"), sale.id,
                                         QStringLiteral("--png"), png, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("sale_id")).toString(), sale.id);
        // ECDSA signs afresh each time: another spelling, the same claim, still claimed once.
        const QString code2 = again.json().value(QStringLiteral("claim_code")).toString();
        QCOMPARE(claim(platform, code2, QStringLiteral("member-bo")), QStringLiteral("already_claimed"));
        const auto decoded = terminal.run({QStringLiteral("decode"), QStringLiteral("--json"), png});
        QCOMPARE(decoded.exitCode, 0);
        QVERIFY2(decoded.out.contains(code2.toUtf8()), decoded.out.constData());

        // The receipt names the claim code.
        const auto receipt = terminal.run({QStringLiteral("sale"), QStringLiteral("receipt"), sale.id});
        QCOMPARE(receipt.exitCode, 0);
        QVERIFY(receipt.out.contains("Claim code:"));
        QVERIFY(receipt.out.contains("O2OC:"));
        const QString pdf = terminal.dataDir() + QStringLiteral("/receipt.pdf");
        QCOMPARE(terminal
                     .run({QStringLiteral("sale"), QStringLiteral("receipt"), sale.id,
                           QStringLiteral("--out"), pdf})
                     .exitCode,
                 0);
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
    }

    // A claimed sale voided at the counter: the platform takes the claim's points back, once; a claim of a
    // sale voided before it earns nothing.
    void voidTakesTheClaimsPointsBack() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        // Both sales first: once staff exist, a sale needs its cashier.
        const SaleMade first = sell(terminal, QStringLiteral("9.99"));
        const SaleMade second = sell(terminal, QStringLiteral("5.00"));
        QVERIFY(!first.claimCode.isEmpty() && !second.claimCode.isEmpty());
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        const QString member = newMember(platform, QStringLiteral("Ana"));
        QCOMPARE(claim(platform, first.claimCode, member), QStringLiteral("claimed"));
        QCOMPARE(pointsOf(platform, member), 9);

        QCOMPARE(test::runTerminal(terminal.dataDir(),
                                   {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--id"),
                                    QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana"),
                                    QStringLiteral("--role"), QStringLiteral("manager")},
                                   "2468\n")
                     .exitCode,
                 0);
        const auto voidSale = [&](const QString& saleId) {
            return test::runTerminal(terminal.dataDir(),
                                     {QStringLiteral("void"), saleId, QStringLiteral("--reason"),
                                      QStringLiteral("rung up twice"), QStringLiteral("--by"),
                                      QStringLiteral("ana")},
                                     "2468\n")
                .exitCode;
        };
        QCOMPARE(voidSale(first.id), 0);
        QCOMPARE(voidSale(second.id), 0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        QCOMPARE(pointsOf(platform, member), 0); // the claim's 9 points taken back

        // Claimed after its void reached the platform: it earns nothing.
        QCOMPARE(claim(platform, second.claimCode, member), QStringLiteral("claimed"));
        QCOMPARE(pointsOf(platform, member), 0);
    }

    void claimBeforeSyncIsHeldThenApplied() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        platform.stop(); // the terminal sells offline; the customer claims on the phone at once
        const SaleMade sale = sell(terminal, QStringLiteral("12.50"));
        QVERIFY(!sale.claimCode.isEmpty());
        const QString ana = newMember(platform, QStringLiteral("Ana"));

        QCOMPARE(claim(platform, sale.claimCode, ana), QStringLiteral("held"));
        QCOMPARE(pointsOf(platform, ana), 0); // nothing until the sale arrives
        QCOMPARE(claim(platform, sale.claimCode, QStringLiteral("member-bo")),
                 QStringLiteral("already_claimed"));
        QJsonArray held = claims(platform);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0][QStringLiteral("state")].toString(), QStringLiteral("held"));
        QCOMPARE(held[0][QStringLiteral("sale_id")].toString(), sale.id);
        QVERIFY(held[0][QStringLiteral("applied_ms")].isNull());

        // Back online; the first answer is lost, so the sale arrives twice: applied once.
        QVERIFY(platform.start());
        QVERIFY(platform.fault(QStringLiteral("reset_mid_response"), QStringLiteral("/v1/events")));
        terminal.syncOnce();
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        const QJsonObject onSale =
            saleEvents(platform).value(sale.id).value(QStringLiteral("claim")).toObject();
        QCOMPARE(onSale.value(QStringLiteral("member")).toString(), ana);
        QCOMPARE(pointsOf(platform, ana), 12); // 12.50: applied once though the sale arrived twice
        QCOMPARE(onSale.value(QStringLiteral("state")).toString(), QStringLiteral("claimed"));
        QCOMPARE(onSale.value(QStringLiteral("total")).toInteger(), 1250);
        QVERIFY(onSale.value(QStringLiteral("applied_ms")).toInteger() > 0);
        QCOMPARE(claims(platform).size(), 1);
        QCOMPARE(claim(platform, sale.claimCode, ana), QStringLiteral("already_claimed"));
        QCOMPARE(pointsOf(platform, ana), 12);
    }

    void twoMembersAtOnce_data() {
        QTest::addColumn<bool>("synced");
        QTest::newRow("sale on the platform") << true;
        QTest::newRow("sale not arrived") << false;
    }
    void twoMembersAtOnce() {
        QFETCH(bool, synced);
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QList<SaleMade> sales;
        for (int i = 0; i < 4; ++i)
            sales.append(sell(terminal));
        if (synced)
            QCOMPARE(terminal.syncOnce().exitCode, 0);
        for (const SaleMade& sale : sales) {
            // Two phones, two processes, the same code at the same moment.
            QProcess first;
            QProcess second;
            const QString program = qEnvironmentVariable("O2O_SANDBOX");
            const auto args = [&](const QString& member) {
                return QStringList{QStringLiteral("--data-dir"), platform.dataDir(),
                                   QStringLiteral("claim"),      sale.claimCode,
                                   QStringLiteral("--member"),   member,
                                   QStringLiteral("--json")};
            };
            first.start(program, args(QStringLiteral("member-ana")));
            second.start(program, args(QStringLiteral("member-bo")));
            QVERIFY(first.waitForFinished(30000));
            QVERIFY(second.waitForFinished(30000));
            QStringList results{
                QJsonDocument::fromJson(first.readAllStandardOutput())[QStringLiteral("result")].toString(),
                QJsonDocument::fromJson(second.readAllStandardOutput())[QStringLiteral("result")].toString()};
            results.sort();
            QCOMPARE(results, (QStringList{QStringLiteral("already_claimed"),
                                           synced ? QStringLiteral("claimed") : QStringLiteral("held")}));
        }
        QCOMPARE(claims(platform).size(), 4);
        if (!synced)
            QCOMPARE(terminal.syncOnce().exitCode, 0);
        int claimed = 0;
        for (const QJsonObject& e : saleEvents(platform))
            claimed += e.value(QStringLiteral("claim"))[QStringLiteral("state")] == QStringLiteral("claimed");
        QCOMPARE(claimed, 4);
    }

    void refusals() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        const SaleMade sale = sell(terminal);
        QCOMPARE(terminal.syncOnce().exitCode, 0);

        // One character changed: the signature no longer holds. Not a claim code at all: the same.
        QString altered = sale.claimCode;
        altered[20] = altered[20] == u'A' ? u'B' : u'A';
        QCOMPARE(claim(platform, altered, QStringLiteral("member-ana")), QStringLiteral("bad_signature"));
        QCOMPARE(claim(platform, QStringLiteral("O2OC:HELLO"), QStringLiteral("member-ana")),
                 QStringLiteral("bad_signature"));

        // A terminal enrolled with another platform: its certificate is not known here.
        test::SandboxServer otherPlatform;
        QVERIFY(otherPlatform.start());
        test::SyncTerminal stranger;
        QVERIFY(stranger.enroll(otherPlatform));
        QCOMPARE(claim(platform, sell(stranger).claimCode, QStringLiteral("member-ana")),
                 QStringLiteral("unknown_terminal"));

        // The store's claim window closed (0 hours); opened again, the same code is taken.
        const auto closed = platform.admin({QStringLiteral("settings"), QStringLiteral("--store"),
                                            QStringLiteral("store-1"), QStringLiteral("--claim-window-hours"),
                                            QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.json().value(QStringLiteral("claim_window_hours")).toInteger(), 0);
        QCOMPARE(claim(platform, sale.claimCode, QStringLiteral("member-ana")), QStringLiteral("expired"));
        QVERIFY(claims(platform).isEmpty());
        QCOMPARE(platform
                     .admin({QStringLiteral("settings"), QStringLiteral("--store"), QStringLiteral("store-1"),
                             QStringLiteral("--claim-window-hours"), QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(claim(platform, sale.claimCode, QStringLiteral("member-ana")), QStringLiteral("claimed"));

        // The terminal refuses a code for a sale it does not have, and is usage-checked.
        QCOMPARE(terminal.run({QStringLiteral("sale"), QStringLiteral("claim-code"), QStringLiteral("nope")})
                     .exitCode,
                 1);
        QCOMPARE(terminal.run({QStringLiteral("sale"), QStringLiteral("claim-code")}).exitCode, 2);
        QCOMPARE(platform.admin({QStringLiteral("claim"), sale.claimCode}).exitCode, 2); // no --member
    }

    // Not enrolled: the sale is made and its receipt printed, without a claim code.
    void notEnrolledSellsWithoutACode() {
        test::SyncTerminal terminal;
        const auto r =
            terminal.run({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("Tea"),
                          QStringLiteral("--price"), QStringLiteral("2.00"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json().contains(QStringLiteral("claim_code")));
        const QString id = r.json().value(QStringLiteral("sale_id")).toString();
        QCOMPARE(terminal.run({QStringLiteral("sale"), QStringLiteral("claim-code"), id}).exitCode, 2);
        const auto receipt = terminal.run({QStringLiteral("sale"), QStringLiteral("receipt"), id});
        QCOMPARE(receipt.exitCode, 0);
        QVERIFY(!receipt.out.contains("Claim code"));
    }
};

QTEST_GUILESS_MAIN(TestClaimSync)
#include "tst_claimsync.moc"
