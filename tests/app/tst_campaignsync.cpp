// Campaigns end to end against the real sandbox over HTTPS (issue 14, section 4): three terminals of one
// store redeem campaign vouchers (cached and signed, on their own and in sales) while the platform is
// down, then sync; the platform's `report campaigns` equals the sum of the three terminals' reports.
#include "tests/sync/sandboxserver.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

using namespace o2o;

namespace {

struct Bucket {
    qint64 redemptions = 0;
    qint64 spendCents = 0;
    bool operator==(const Bucket&) const = default;
};

struct Count {
    qint64 redemptions = 0;
    qint64 spendCents = 0;
    qint64 sales = 0;
    qint64 membersNew = 0;
    qint64 membersReturning = 0;
    QMap<QString, Bucket> days;
    QMap<QString, Bucket> hours;
    bool operator==(const Count&) const = default;
};

qint64 cents(const QJsonValue& amount) {
    // "12.34" in a two-decimal currency: exact, no floating point.
    const QStringList parts = amount.toString().split(u'.');
    return parts.value(0).toLongLong() * 100 + parts.value(1).toLongLong();
}

// Adds a report's campaigns into `into`: the terminals' reports are summed, the platform's read as is.
void addUp(QMap<QString, Count>& into, const QJsonObject& report) {
    for (const QJsonValue c : report.value(QStringLiteral("campaigns")).toArray()) {
        Count& n = into[c[QStringLiteral("campaign")].toString()];
        n.redemptions += c[QStringLiteral("redemptions")].toInteger();
        n.spendCents += cents(c[QStringLiteral("spend")]);
        n.sales += c[QStringLiteral("sales")].toInteger();
        n.membersNew += c[QStringLiteral("members_new")].toInteger();
        n.membersReturning += c[QStringLiteral("members_returning")].toInteger();
        for (const auto& [list, key, map] :
             {std::tuple{QStringLiteral("by_day"), QStringLiteral("day"), &n.days},
              std::tuple{QStringLiteral("by_hour"), QStringLiteral("hour"), &n.hours}})
            for (const QJsonValue b : c[list].toArray()) {
                Bucket& bucket = (*map)[b[key].toString()];
                bucket.redemptions += b[QStringLiteral("redemptions")].toInteger();
                bucket.spendCents += cents(b[QStringLiteral("spend")]);
            }
    }
}

} // namespace

class TestCampaignSync : public QObject {
    Q_OBJECT

    static int addCashierAna(const test::SyncTerminal& t) {
        return test::runTerminal(t.dataDir(),
                                 {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--id"),
                                  QStringLiteral("ana"), QStringLiteral("--name"), QStringLiteral("Ana"),
                                  QStringLiteral("--role"), QStringLiteral("cashier")},
                                 "2468\n")
            .exitCode;
    }
    static int redeem(const test::SyncTerminal& t, const QString& code, const QString& member = {}) {
        QStringList args{QStringLiteral("redeem"), code, QStringLiteral("--cashier"), QStringLiteral("ana"),
                         QStringLiteral("--json")};
        if (!member.isEmpty())
            args << QStringLiteral("--member") << member;
        const auto r = t.run(args);
        if (r.exitCode != 0)
            qWarning("redeem failed: %s %s", r.out.constData(), r.err.constData());
        return r.exitCode;
    }
    static QString redemptionOf(const test::SyncTerminal& t, const QString& code) {
        return t
            .run({QStringLiteral("redeem"), code, QStringLiteral("--cashier"), QStringLiteral("ana"),
                  QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("redemption_id"))
            .toString();
    }
    // Three teas (6.00) with the vouchers applied; returns the sale's total in cents, -1 when refused.
    static qint64 sale(const test::SyncTerminal& t, const QStringList& codes, const QString& member = {}) {
        QStringList args{QStringLiteral("sale"), QStringLiteral("--sku"),
                         QStringLiteral("TEA"),  QStringLiteral("--quantity"),
                         QStringLiteral("3"),    QStringLiteral("--payment"),
                         QStringLiteral("cash"), QStringLiteral("--cashier"),
                         QStringLiteral("ana"),  QStringLiteral("--json")};
        for (const QString& code : codes)
            args << QStringLiteral("--voucher") << code;
        if (!member.isEmpty())
            args << QStringLiteral("--member") << member;
        const auto r = t.run(args);
        if (r.exitCode != 0) {
            qWarning("sale failed: %s %s", r.out.constData(), r.err.constData());
            return -1;
        }
        return cents(r.json().value(QStringLiteral("total")));
    }
    static QJsonObject terminalReport(const test::SyncTerminal& t, const QString& day) {
        return t
            .run({QStringLiteral("report"), QStringLiteral("campaigns"), QStringLiteral("--from"), day,
                  QStringLiteral("--to"), day, QStringLiteral("--format"), QStringLiteral("json")})
            .json();
    }

private Q_SLOTS:
    void platformCountEqualsTheTerminalsSum() {
        test::SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform.admin({QStringLiteral("keys"), QStringLiteral("new")}).exitCode, 0);
        QCOMPARE(platform
                     .admin({QStringLiteral("catalog"), QStringLiteral("add"), QStringLiteral("--store"),
                             QStringLiteral("store-1"), QStringLiteral("--sku"), QStringLiteral("TEA"),
                             QStringLiteral("--name"), QStringLiteral("Green tea"), QStringLiteral("--price"),
                             QStringLiteral("2.00")})
                     .exitCode,
                 0);
        const QStringList value{QStringLiteral("--value"), QStringLiteral("1.00")};
        const QStringList spring =
            platform.issue(QStringLiteral("single_use"), 7, value + QStringList{"--campaign", "SPRING26"});
        const QStringList summer = platform.issue(QStringLiteral("single_use"), 3,
                                                  value + QStringList{"--campaign", "SUMMER", "--signed"});
        const QStringList plain = platform.issue(QStringLiteral("single_use"), 1, value);
        QCOMPARE(spring.size(), 7);
        QCOMPARE(summer.size(), 3);
        QCOMPARE(plain.size(), 1);
        // Two members (branch `members`): their codes are checked offline against the same key ring.
        QStringList members;
        for (const QString& name : {QStringLiteral("Lin"), QStringLiteral("Sara")}) {
            const auto m = platform.admin({QStringLiteral("member"), QStringLiteral("new"),
                                           QStringLiteral("--name"), name, QStringLiteral("--json")});
            QCOMPARE(m.exitCode, 0);
            members.append(m.json().value(QStringLiteral("code")).toString());
            QVERIFY(!members.last().isEmpty());
        }

        test::SyncTerminal terminals[3];
        for (test::SyncTerminal& t : terminals) {
            QVERIFY(t.enroll(platform));
            QCOMPARE(t.syncOnce().exitCode, 0);
            QCOMPARE(addCashierAna(t), 0);
        }

        // Offline from here: every redemption is judged from the cache or the signature alone.
        platform.stop();
        test::SyncTerminal& a = terminals[0];
        test::SyncTerminal& b = terminals[1];
        test::SyncTerminal& c = terminals[2];
        QCOMPARE(redeem(a, spring[0]), 0);
        QCOMPARE(redeem(a, spring[1]), 0);
        QCOMPARE(sale(a, {spring[2]}, members[0]), 500); // 6.00 - 1.00, the sale attributed to Lin
        QCOMPARE(redeem(a, plain[0]), 0);                // no campaign: in no campaign's count
        QCOMPARE(redeem(b, summer[0], members[1]), 0);   // Sara
        QCOMPARE(sale(b, {spring[3], spring[4]}), 400);  // two of one campaign, one sale: its spend once
        QCOMPARE(sale(b, {spring[5], summer[1]}), 400);  // one sale in two campaigns: in each
        QCOMPARE(redeem(c, summer[2], members[0]), 0);   // Lin again, on another terminal, another campaign
        const QString voided = redemptionOf(c, spring[6]);
        QVERIFY(!voided.isEmpty());
        QCOMPARE(
            test::runTerminal(c.dataDir(),
                              {QStringLiteral("void"), voided, QStringLiteral("--reason"),
                               QStringLiteral("wrong phone"), QStringLiteral("--by"), QStringLiteral("ana")},
                              "2468\n")
                .exitCode,
            0);

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QMap<QString, Count> terminalsSum;
        for (const test::SyncTerminal& t : terminals)
            addUp(terminalsSum, terminalReport(t, today));

        // Exact figures: SPRING26 6 redemptions (the seventh voided), sales 5.00 + 4.00 + 4.00; SUMMER
        // 3, 4.00.
        QCOMPARE(terminalsSum.keys(), (QStringList{QStringLiteral("SPRING26"), QStringLiteral("SUMMER")}));
        QCOMPARE(terminalsSum[QStringLiteral("SPRING26")].redemptions, 6);
        QCOMPARE(terminalsSum[QStringLiteral("SPRING26")].sales, 3);
        QCOMPARE(terminalsSum[QStringLiteral("SPRING26")].spendCents, 1300);
        QCOMPARE(terminalsSum[QStringLiteral("SUMMER")].redemptions, 3);
        QCOMPARE(terminalsSum[QStringLiteral("SUMMER")].sales, 1);
        QCOMPARE(terminalsSum[QStringLiteral("SUMMER")].spendCents, 400);
        // Members first seen today: new. (Distinct members do not add up across terminals in general: one
        // member in one campaign at two terminals would count once on the platform; this test avoids it.)
        QCOMPARE(terminalsSum[QStringLiteral("SPRING26")].membersNew, 1);
        QCOMPARE(terminalsSum[QStringLiteral("SUMMER")].membersNew, 2);
        QCOMPARE(terminalsSum[QStringLiteral("SUMMER")].membersReturning, 0);
        QCOMPARE(terminalsSum[QStringLiteral("SPRING26")].days.value(today).redemptions, 6);

        // Nothing reached the platform yet.
        QMap<QString, Count> before;
        addUp(before,
              platform
                  .admin({QStringLiteral("report"), QStringLiteral("campaigns"), QStringLiteral("--from"),
                          today, QStringLiteral("--to"), today, QStringLiteral("--json")})
                  .json());
        QVERIFY(before.isEmpty());

        QVERIFY(platform.start());
        for (const test::SyncTerminal& t : terminals) {
            QCOMPARE(t.syncOnce().exitCode, 0);
            QCOMPARE(t.pendingEvents(), 0);
        }
        for (const QJsonValue e : platform.ledger())
            QVERIFY2(e[QStringLiteral("outcome")].toString() == QStringLiteral("accepted"),
                     qPrintable(e[QStringLiteral("type")].toString()));

        const auto platformReport =
            platform.admin({QStringLiteral("report"), QStringLiteral("campaigns"), QStringLiteral("--from"),
                            today, QStringLiteral("--to"), today, QStringLiteral("--json")});
        QCOMPARE(platformReport.exitCode, 0);
        QMap<QString, Count> platformCount;
        addUp(platformCount, platformReport.json());
        QCOMPARE(platformCount.keys(), terminalsSum.keys());
        for (const QString& campaign : terminalsSum.keys()) {
            const Count& p = platformCount[campaign];
            const Count& t = terminalsSum[campaign];
            QCOMPARE(p.redemptions, t.redemptions);
            QCOMPARE(p.spendCents, t.spendCents);
            QCOMPARE(p.sales, t.sales);
            QCOMPARE(p.membersNew, t.membersNew);
            QCOMPARE(p.membersReturning, t.membersReturning);
            QCOMPARE(p.days, t.days);
            QCOMPARE(p.hours, t.hours);
        }
        // Without dates the platform counts everything it holds: the same here.
        QMap<QString, Count> allTime;
        addUp(
            allTime,
            platform.admin({QStringLiteral("report"), QStringLiteral("campaigns"), QStringLiteral("--json")})
                .json());
        QCOMPARE(allTime.keys(), terminalsSum.keys());
        QCOMPARE(allTime[QStringLiteral("SPRING26")].redemptions, 6);
    }
};

QTEST_GUILESS_MAIN(TestCampaignSync)
#include "tst_campaignsync.moc"
