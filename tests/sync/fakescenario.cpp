#include "tests/sync/fakescenario.h"

#include "store/redemptionledger.h"

#include <QTest>
#include <limits>

namespace o2o::test {

namespace {

// The five redemptions, in order (faultscenario.cpp): the voucher of step i and the amount it takes.
const VoucherRecord& stepVoucher(const ScenarioVouchers& v, int step) {
    switch (step) {
    case 0:
        return v.singles.at(0);
    case 2:
        return v.card;
    case 3:
        return v.singles.at(1);
    default:
        return v.pass;
    }
}

} // namespace

ScenarioVouchers scenarioVouchers() {
    ScenarioVouchers v;
    v.singles = {voucherRecord(QStringLiteral("SCENARIO-SINGLE-1")),
                 voucherRecord(QStringLiteral("SCENARIO-SINGLE-2"))};
    v.pass = voucherRecord(QStringLiteral("SCENARIO-PASS"), VoucherKind::MultiUse);
    v.pass.voucher.usesTotal = v.pass.voucher.usesLeft = 3;
    v.card = voucherRecord(QStringLiteral("SCENARIO-CARD"), VoucherKind::StoredValue);
    v.card.voucher.faceValueMinor = v.card.voucher.balanceMinor = 1000;
    return v;
}

void pulledScenario(FakePlatform& platform, FakeTerminal& t, ScenarioVouchers& v) {
    v = scenarioVouchers();
    platform.addVouchers(v.all());
    const auto cycle = t.syncOnce(platform);
    QVERIFY2(cycle, cycle ? "" : qPrintable(cycle.error().message));
    QCOMPARE(cycle->download.vouchers, qint64(v.all().size()));
    QCOMPARE(t.cachedVouchers(), qint64(v.all().size()));
}

void redeemSteps(FakeTerminal& t, const ScenarioVouchers& v, int from, int to,
                 QHash<QString, QString>& made) {
    for (int i = from; i < to; ++i) {
        const VoucherRecord& voucher = stepVoucher(v, i);
        const auto outcome = t.redeem(voucher.code, i == 2 ? QStringLiteral("4.00") : QString());
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QVERIFY2(outcome->verdict.accepted(), qPrintable(reasonCode(outcome->verdict.reason)));
        QVERIFY(!outcome->redemptionId.isEmpty());
        QVERIFY(!made.contains(outcome->redemptionId));
        made.insert(outcome->redemptionId, voucher.voucher.id);
    }
}

void redeemedOffline(FakePlatform& platform, FakeTerminal& t, ScenarioVouchers& v,
                     QHash<QString, QString>& made) {
    pulledScenario(platform, t, v);
    if (QTest::currentTestFailed())
        return;
    redeemSteps(t, v, 0, kScenarioSteps, made);
}

void verifyLedgersEqual(const FakePlatform& platform, FakeTerminal& t, const QHash<QString, QString>& made) {
    QCOMPARE(t.pendingEvents(), 0);

    // The terminal's own ledger holds exactly the redemptions made, each once.
    const auto ledger = RedemptionLedger(t.db()).between(0, std::numeric_limits<qint64>::max());
    QVERIFY(ledger);
    QHash<QString, QString> ledgerVouchers;
    for (const LedgerEntry& e : *ledger)
        ledgerVouchers.insert(e.id, e.voucherId);
    QCOMPARE(ledger->size(), made.size());
    QCOMPARE(ledgerVouchers, made);

    // Each redemption's event was answered, once, as accepted the first time it reached the platform.
    TerminalEvents events;
    readTerminalEvents(t.dataDir(), events);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(events.pending.isEmpty());
    QCOMPARE(events.answered.size(), made.size());
    QCOMPARE(valueSet(events.answered), keySet(made));
    for (const QString& answer : std::as_const(events.answers))
        QVERIFY2(answer == QStringLiteral("accepted") || answer == QStringLiteral("duplicate of accepted"),
                 qPrintable(answer));

    // The platform recorded exactly those events, for the same vouchers, all accepted, and every resend
    // was the same event: a terminal that changed an event on the way again would be counted wrong.
    const QHash<QString, FakePlatform::Event> seen = platform.events(t.client());
    QCOMPARE(keySet(seen), keySet(events.answered));
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QCOMPARE(it->voucherId, made.value(events.answered.value(it.key())));
        QCOMPARE(it->status, QStringLiteral("accepted"));
        QVERIFY2(it->sameEveryTime, qPrintable(it.key()));
    }
}

void verifyPlatformCounts(const FakePlatform& platform, const ScenarioVouchers& v) {
    for (const VoucherRecord& single : v.singles)
        QCOMPARE(platform.usesTaken(single.voucher.id), 1);
    QCOMPARE(platform.usesTaken(v.pass.voucher.id), 2);
    QCOMPARE(platform.amountTaken(v.card.voucher.id), qint64(400));
}

} // namespace o2o::test
