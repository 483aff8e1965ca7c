// Member codes end to end (issue 14, section 1): the real sandbox over HTTPS issues members, the terminal
// verifies their codes offline with the trust list it synced, attributes redemptions and sales, and the
// platform's ledger and member totals show them once synced. Refused member codes record nothing.
#include "core/membercode.h"
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QTest>

using namespace o2o;

namespace {

QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

struct NewMember {
    QString id;
    QString code;
};

NewMember newMember(const test::SandboxServer& platform, const QStringList& extra = {}) {
    const auto r = platform.admin(args({"member", "new", "--json"}) + extra);
    if (r.exitCode != 0)
        qWarning("member new failed: %s", r.err.constData());
    return {r.json().value(QStringLiteral("member_id")).toString(),
            r.json().value(QStringLiteral("code")).toString()};
}

// A member code with one bit of its signature flipped.
QString tampered(const QString& code) {
    QByteArray bytes = *memberCodeBytes(code);
    bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
    return memberCodeFromBytes(bytes, false);
}

void verifyNoWholeCode(const test::ProcessResult& r, const QString& code) {
    QVERIFY2(!r.err.contains(code.toLatin1()), "a member code appeared whole on stderr");
    QVERIFY2(!r.err.contains(code.mid(5, 24).toLatin1()), "a member code appeared on stderr");
}

} // namespace

class TestMemberCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memberNewAndShowOnTheSandbox() {
        test::SandboxServer platform;
        QCOMPARE(platform.admin(args({"keys", "new"})).exitCode, 0);
        const auto made = platform.admin(args({"member", "new", "--name", "Lucía", "--json"}));
        QCOMPARE(made.exitCode, 0);
        const QJsonObject m = made.json();
        const QString id = m.value(QStringLiteral("member_id")).toString();
        QCOMPARE(id.size(), 32);
        QVERIFY(m.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("O2OM:")));
        QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("Lucía"));
        const QJsonObject shown = platform.admin(args({"member", "show", "--json"}) + QStringList{id}).json();
        QCOMPARE(shown.value(QStringLiteral("member_id")).toString(), id);
        QCOMPARE(shown.value(QStringLiteral("points")).toInt(-1), 0);
        QCOMPARE(shown.value(QStringLiteral("visits")).toInt(-1), 0);
        QCOMPARE(shown.value(QStringLiteral("events")).toArray().size(), 0);
        // Text output never prints the code whole.
        const auto text = platform.admin(args({"member", "new", "--name", "Bo"}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!text.out.contains("O2OM:"));
        // A name too long for the code, and an unknown member.
        QCOMPARE(platform.admin(args({"member", "new", "--name"}) + QStringList{QString(33, u'x')}).exitCode,
                 2);
        QVERIFY(platform.admin(args({"member", "show"}) + QStringList{QString(32, u'0')}).exitCode != 0);
    }

    void redeemAndSaleOfflineThenSynced() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform.admin(args({"keys", "new"})).exitCode, 0);
        const NewMember ana = newMember(platform, args({"--name", "Ana"}));
        const NewMember gone = newMember(platform);
        QVERIFY(!ana.code.isEmpty() && !gone.code.isEmpty());
        QCOMPARE(platform.admin(args({"member", "revoke"}) + QStringList{gone.id}).exitCode, 0);
        const QStringList vouchers = platform.issue(QStringLiteral("single_use"), 2);
        QCOMPARE(vouchers.size(), 2);

        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(terminal.syncOnce().exitCode, 0); // keys, revocations and vouchers come down

        // A member code from another platform (its own keys): unknown_key.
        QTemporaryDir otherPlatform;
        QCOMPARE(test::runSandbox(otherPlatform.path(), args({"keys", "new"})).exitCode, 0);
        const QString foreign = test::runSandbox(otherPlatform.path(), args({"member", "new", "--json"}))
                                    .json()[QStringLiteral("code")]
                                    .toString();
        QVERIFY(foreign.startsWith(QStringLiteral("O2OM:")));

        platform.stop(); // offline from here on
        const qint64 pendingBefore = terminal.pendingEvents();

        // Refusals first: each exits 1 with its reason and records nothing.
        struct Refusal {
            QString code;
            QString reason;
        };
        const QList<Refusal> refusals{{gone.code, QStringLiteral("revoked")},
                                      {tampered(ana.code), QStringLiteral("bad_signature")},
                                      {foreign, QStringLiteral("unknown_key")},
                                      {QStringLiteral("O2OM:ABCDEF"), QStringLiteral("malformed")}};
        for (const Refusal& r : refusals) {
            const auto redeemed =
                terminal.run(args({"redeem", "--json", "--member"}) + QStringList{r.code, vouchers[0]});
            QCOMPARE(redeemed.exitCode, 1);
            QCOMPARE(redeemed.json()[QStringLiteral("reason")].toString(), r.reason);
            QCOMPARE(redeemed.json()[QStringLiteral("refused_code")].toString(), QStringLiteral("member"));
            const auto sold =
                terminal.run(args({"sale", "--item", "Cake", "--price", "12.50", "--json", "--member"}) +
                             QStringList{r.code});
            QCOMPARE(sold.exitCode, 1);
            QCOMPARE(sold.json()[QStringLiteral("reason")].toString(), r.reason);
            QCOMPARE(sold.json()[QStringLiteral("refused_code")].toString(), QStringLiteral("member"));
            QCOMPARE(sold.json()[QStringLiteral("member_code")].toString(),
                     QString(r.code.size() - 4, u'*') + r.code.right(4));
            QVERIFY(!sold.out.contains(r.code.toLatin1()) || r.code.size() <= 12);
        }
        QCOMPARE(terminal.pendingEvents(), pendingBefore);

        // Accepted offline: the member rides on the redemption and on the sale.
        const auto redeemed =
            terminal.run(args({"redeem", "--json", "--member"}) + QStringList{ana.code, vouchers[0]});
        QCOMPARE(redeemed.exitCode, 0);
        QCOMPARE(redeemed.json()[QStringLiteral("member")].toString(), ana.id);
        QCOMPARE(redeemed.json()[QStringLiteral("member_name")].toString(), QStringLiteral("Ana"));
        verifyNoWholeCode(redeemed, ana.code);
        const auto sold = terminal.run(args({"sale", "--item", "Cake", "--price", "12.50", "--quantity", "2",
                                             "--item", "Tea", "--price", "0.99", "--json", "--member"}) +
                                       QStringList{ana.code});
        QCOMPARE(sold.exitCode, 0);
        QCOMPARE(sold.json()[QStringLiteral("total")].toString(), QStringLiteral("25.99"));
        QCOMPARE(sold.json()[QStringLiteral("member")].toString(), ana.id);
        verifyNoWholeCode(sold, ana.code);
        // A sale without a member carries none.
        const auto plain = terminal.run(args({"sale", "--item", "Tea", "--price", "3.00", "--json"}));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.json().contains(QStringLiteral("member")));
        QCOMPARE(terminal.pendingEvents(), pendingBefore + 3);
        // The terminal's own ledger keeps the member on the redemption.
        const QJsonArray ledger =
            terminal.run(args({"ledger", "--json"})).json()[QStringLiteral("redemptions")].toArray();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger[0][QStringLiteral("member")].toString(), ana.id);

        // Back online: the platform records the member on each attributed event, once.
        QVERIFY(platform.start());
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        int attributed = 0;
        int sales = 0;
        for (const QJsonValue e : platform.ledger()) {
            if (e[QStringLiteral("type")] == QStringLiteral("sale"))
                ++sales;
            if (e[QStringLiteral("member")].toString() == ana.id)
                ++attributed;
            else
                QVERIFY(!e.toObject().contains(QStringLiteral("member")));
        }
        QCOMPARE(sales, 2);
        QCOMPARE(attributed, 2);
        QCOMPARE(terminal.syncOnce().exitCode, 0); // nothing twice
        const QJsonObject shown =
            platform.admin(args({"member", "show", "--json"}) + QStringList{ana.id}).json();
        QCOMPARE(shown.value(QStringLiteral("points")).toInt(-1), 25); // 25.99: 25 whole euros
        QCOMPARE(shown.value(QStringLiteral("visits")).toInt(-1), 2);  // a redemption and a sale
        const QJsonArray events = shown.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][QStringLiteral("type")].toString(), QStringLiteral("redemption"));
        QCOMPARE(events[1][QStringLiteral("type")].toString(), QStringLiteral("sale"));
        QCOMPARE(events[1][QStringLiteral("points")].toInt(), 25);
        QCOMPARE(events[1][QStringLiteral("terminal")].toString(), terminal.terminalId());
        const QJsonObject revoked =
            platform.admin(args({"member", "show", "--json"}) + QStringList{gone.id}).json();
        QCOMPARE(revoked.value(QStringLiteral("revoked")).toBool(), true);
        QCOMPARE(revoked.value(QStringLiteral("visits")).toInt(-1), 0);
    }

    // A voided sale earns its member nothing: the platform takes its points and its visit back, once.
    void voidedSaleTakesItsPointsBack() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform.admin(args({"keys", "new"})).exitCode, 0);
        const NewMember ana = newMember(platform, args({"--name", "Ana"}));
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(test::runTerminal(
                     terminal.dataDir(),
                     args({"staff", "add", "--id", "ana", "--name", "Ana", "--role", "cashier"}), "2468\n")
                     .exitCode,
                 0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        const auto sold = terminal.run(args({"sale", "--item", "Cake", "--price", "12.50", "--quantity", "2",
                                             "--cashier", "ana", "--json", "--member"}) +
                                       QStringList{ana.code});
        QCOMPARE(sold.exitCode, 0);
        const QString saleId = sold.json()[QStringLiteral("sale_id")].toString();
        const auto receipt = terminal.run(args({"sale", "receipt"}) + QStringList{saleId});
        QCOMPARE(receipt.exitCode, 0);
        QVERIFY(receipt.out.contains(QStringLiteral("…%1").arg(ana.id.right(8)).toUtf8()));
        QVERIFY(!receipt.out.contains(ana.id.toLatin1())); // the tail only
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        const auto show = [&] {
            return platform.admin(args({"member", "show", "--json"}) + QStringList{ana.id}).json();
        };
        QCOMPARE(show().value(QStringLiteral("points")).toInt(-1), 25);
        QCOMPARE(show().value(QStringLiteral("visits")).toInt(-1), 1);

        const auto voided = test::runTerminal(
            terminal.dataDir(),
            args({"void", "--reason", "rung up twice", "--by", "ana", "--json"}) + QStringList{saleId},
            "2468\n");
        QCOMPARE(voided.exitCode, 0);
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        QCOMPARE(terminal.pendingEvents(), 0);
        const QJsonObject after = show();
        QCOMPARE(after.value(QStringLiteral("points")).toInt(-1), 0);
        QCOMPARE(after.value(QStringLiteral("visits")).toInt(-1), 0);
        const QJsonArray events = after.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1][QStringLiteral("type")].toString(), QStringLiteral("void"));
        QCOMPARE(events[1][QStringLiteral("points")].toInt(), -25);
    }

    void rotatingMemberCodeOnlyLive() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform.admin(args({"keys", "new"})).exitCode, 0);
        const NewMember bo = newMember(platform, args({"--rotating"}));
        const QString voucher = platform.issue(QStringLiteral("single_use")).value(0);
        test::SyncTerminal terminal;
        QVERIFY(terminal.enroll(platform));
        QCOMPARE(terminal.syncOnce().exitCode, 0);
        // The static code is what a screenshot holds: stale_code. The live one is accepted.
        const auto stale =
            terminal.run(args({"redeem", "--json", "--member"}) + QStringList{bo.code, voucher});
        QCOMPARE(stale.exitCode, 1);
        QCOMPARE(stale.json()[QStringLiteral("reason")].toString(), QStringLiteral("stale_code"));
        const QString old =
            platform.admin(args({"member", "wallet", "--at-offset", "-300", "--json"}) + QStringList{bo.id})
                .json()[QStringLiteral("code")]
                .toString();
        QVERIFY(old.startsWith(QStringLiteral("O2OMW:")));
        QCOMPARE(terminal.run(args({"redeem", "--json", "--member"}) + QStringList{old, voucher})
                     .json()[QStringLiteral("reason")]
                     .toString(),
                 QStringLiteral("stale_code"));
        const QString live = platform.admin(args({"member", "wallet", "--json"}) + QStringList{bo.id})
                                 .json()[QStringLiteral("code")]
                                 .toString();
        const auto redeemed =
            terminal.run(args({"redeem", "--json", "--member"}) + QStringList{live, voucher});
        QCOMPARE(redeemed.exitCode, 0);
        QCOMPARE(redeemed.json()[QStringLiteral("member")].toString(), bo.id);
    }
};

QTEST_GUILESS_MAIN(TestMemberCli)
#include "tst_membercli.moc"
