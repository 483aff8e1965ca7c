#include "tests/sync/faultscenario.h"

#include <QJsonArray>
#include <QTest>

namespace o2o::test {

namespace {

// The five redemptions, in order: the code of step i and its extra redeem options.
QString stepCode(const Vouchers& v, int step) {
    switch (step) {
    case 0:
        return v.singles.value(0);
    case 2:
        return v.card;
    case 3:
        return v.singles.value(1);
    default:
        return v.pass;
    }
}

QStringList stepOptions(int step) {
    return step == 2 ? QStringList{QStringLiteral("--amount"), QStringLiteral("4.00")} : QStringList{};
}

} // namespace

Vouchers issueVouchers(const SandboxServer& platform) {
    Vouchers v;
    v.singles = platform.issue(QStringLiteral("single_use"), 2);
    v.pass = platform.issue(QStringLiteral("multi_use"), 1, {QStringLiteral("--uses"), QStringLiteral("3")})
                 .value(0);
    v.card =
        platform
            .issue(QStringLiteral("stored_value"), 1, {QStringLiteral("--value"), QStringLiteral("10.00")})
            .value(0);
    return v;
}

void redeemOffline(const SyncTerminal& t, const Vouchers& v, int from, int to,
                   QHash<QString, QString>& made) {
    for (int i = from; i < to; ++i) {
        const ProcessResult r = t.run(
            QStringList{QStringLiteral("redeem"), stepCode(v, i), QStringLiteral("--json")} + stepOptions(i));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = r.json();
        QCOMPARE(answer.value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
        const QString id = answer.value(QStringLiteral("redemption_id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!made.contains(id));
        made.insert(id, answer.value(QStringLiteral("voucher"))[QStringLiteral("id")].toString());
    }
}

PlatformEvents platformEvents(const SandboxServer& platform, const QString& terminalId) {
    PlatformEvents p;
    for (const QJsonValue e : platform.ledger()) {
        if (e[QStringLiteral("terminal")].toString() != terminalId)
            continue;
        ++p.entries;
        p.voucherOf.insert(e[QStringLiteral("event_id")].toString(), e[QStringLiteral("voucher")].toString());
        p.outcomes.insert(e[QStringLiteral("outcome")].toString());
    }
    return p;
}

bool faultsUsedUp(const SandboxServer& platform) {
    const ProcessResult r =
        platform.admin({QStringLiteral("fault"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray faults = r.json().value(QStringLiteral("faults")).toArray();
    if (r.exitCode != 0 || faults.isEmpty())
        return false;
    for (const QJsonValue f : faults)
        if (f[QStringLiteral("remaining")].toInt(-1) != 0)
            return false;
    return true;
}

void verifyLedgersEqual(const SandboxServer& platform, const SyncTerminal& t,
                        const QHash<QString, QString>& made) {
    const QJsonObject status = t.status();
    QCOMPARE(status.value(QStringLiteral("pending_events")).toInteger(-1), 0);

    // The terminal's own ledger holds exactly the redemptions made, each once.
    const QJsonArray ledger = t.run({QStringLiteral("ledger"), QStringLiteral("--json")})
                                  .json()
                                  .value(QStringLiteral("redemptions"))
                                  .toArray();
    QHash<QString, QString> ledgerVouchers;
    for (const QJsonValue e : ledger)
        ledgerVouchers.insert(e[QStringLiteral("redemption_id")].toString(),
                              e[QStringLiteral("voucher_id")].toString());
    QCOMPARE(ledger.size(), made.size());
    QCOMPARE(ledgerVouchers, made);

    // Each redemption's event was answered, once, as accepted the first time it reached the platform.
    TerminalEvents events;
    readTerminalEvents(t, events);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(events.pending.isEmpty());
    QCOMPARE(events.answered.size(), made.size());
    QCOMPARE(valueSet(events.answered), keySet(made));
    for (const QString& answer : std::as_const(events.answers))
        QVERIFY2(answer == QStringLiteral("accepted") || answer == QStringLiteral("duplicate of accepted"),
                 qPrintable(answer));

    // The platform holds exactly those events, for the same vouchers, none twice, all accepted.
    QHash<QString, QString> expected;
    for (auto it = events.answered.cbegin(); it != events.answered.cend(); ++it)
        expected.insert(it.key(), made.value(it.value()));
    const PlatformEvents seen = platformEvents(platform, t.terminalId());
    QCOMPARE(seen.entries, seen.voucherOf.size());
    QCOMPARE(seen.voucherOf, expected);
    QCOMPARE(seen.outcomes, QSet<QString>{QStringLiteral("accepted")});
}

void verifyPlatformCounts(const SyncTerminal& observer, const Vouchers& v) {
    QCOMPARE(observer.syncOnce().exitCode, 0);
    const QJsonObject pass = observer.run({QStringLiteral("check"), v.pass, QStringLiteral("--json")})
                                 .json()
                                 .value(QStringLiteral("voucher"))
                                 .toObject();
    QCOMPARE(pass.value(QStringLiteral("uses_left")).toInt(-1), 1);
    const QJsonObject card = observer
                                 .run({QStringLiteral("check"), v.card, QStringLiteral("--amount"),
                                       QStringLiteral("1.00"), QStringLiteral("--json")})
                                 .json()
                                 .value(QStringLiteral("voucher"))
                                 .toObject();
    QCOMPARE(card.value(QStringLiteral("balance")).toString(), QStringLiteral("6.00"));
}

void FaultTestCase::initTestCase() {
    QVERIFY(!qEnvironmentVariableIsEmpty("O2O_SANDBOX"));
    QVERIFY(!qEnvironmentVariableIsEmpty("O2O_TERMINAL"));
    QVERIFY(m_platform.start());
    QCOMPARE(m_platform.admin({QStringLiteral("keys"), QStringLiteral("new")}).exitCode, 0);
    QVERIFY(m_observer.enroll(m_platform));
}

void FaultTestCase::init() {
    QVERIFY(m_platform.start());
    QCOMPARE(m_platform.admin({QStringLiteral("fault"), QStringLiteral("clear")}).exitCode, 0);
}

void FaultTestCase::enrolledTerminal(SyncTerminal& t, Vouchers& v) {
    v = issueVouchers(m_platform);
    QCOMPARE(v.singles.size(), 2);
    QVERIFY(!v.pass.isEmpty() && !v.card.isEmpty());
    QVERIFY(t.enroll(m_platform));
    QCOMPARE(t.syncOnce().exitCode, 0);
}

void FaultTestCase::redeemedOffline(SyncTerminal& t, Vouchers& v, QHash<QString, QString>& made) {
    enrolledTerminal(t, v);
    if (QTest::currentTestFailed())
        return;
    redeemOffline(t, v, 0, kSteps, made);
}

} // namespace o2o::test
