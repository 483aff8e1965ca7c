#include "core/rules.h"

#include <QTest>
#include <functional>
#include <vector>

using namespace o2o;

namespace {

using Setup = std::function<void(Voucher&, RedemptionRequest&)>;
struct Case {
    const char* name;
    Setup setup;
    Reason expected;
};

// Wednesday 2026-11-18 12:00 UTC.
constexpr qint64 kNoon = 1763467200;

Voucher baseVoucher() {
    Voucher v;
    v.id = QStringLiteral("v1");
    v.faceValueMinor = 1000;
    v.stores = {QStringLiteral("store-1")};
    return v;
}

RedemptionRequest baseRequest() {
    RedemptionRequest r;
    r.storeId = QStringLiteral("store-1");
    r.at = RequestTime{kNoon, 3, 12 * 60};
    return r;
}

void storedValue(Voucher& v, qint64 balance) {
    v.kind = VoucherKind::StoredValue;
    v.balanceMinor = balance;
}

void amount(RedemptionRequest& r, qint64 minor, const char* currency = "EUR") {
    r.amountGiven = true;
    r.amountMinor = minor;
    r.amountCurrency = QString::fromLatin1(currency);
}

const std::vector<Case>& cases() {
    static const std::vector<Case> all{
        {"single use accepted", [](Voucher&, RedemptionRequest&) {}, Reason::None},
        {"single use used", [](Voucher& v, RedemptionRequest&) { v.usesLeft = 0; }, Reason::AlreadyRedeemed},
        {"pickup collected",
         [](Voucher& v, RedemptionRequest&) {
             v.kind = VoucherKind::PickupOrder;
             v.usesLeft = 0;
         },
         Reason::AlreadyRedeemed},
        {"ticket admitted",
         [](Voucher& v, RedemptionRequest&) {
             v.kind = VoucherKind::Ticket;
             v.usesLeft = 0;
         },
         Reason::AlreadyRedeemed},
        {"pass exhausted",
         [](Voucher& v, RedemptionRequest&) {
             v.kind = VoucherKind::MultiUse;
             v.usesTotal = 10;
             v.usesLeft = 0;
         },
         Reason::Exhausted},
        {"pass has fewer uses than asked",
         [](Voucher& v, RedemptionRequest& r) {
             v.kind = VoucherKind::MultiUse;
             v.usesTotal = 10;
             v.usesLeft = 2;
             r.uses = 3;
         },
         Reason::InsufficientUses},
        {"pass uses all that is left",
         [](Voucher& v, RedemptionRequest& r) {
             v.kind = VoucherKind::MultiUse;
             v.usesTotal = 10;
             v.usesLeft = 2;
             r.uses = 2;
         },
         Reason::None},
        {"card balance too low",
         [](Voucher& v, RedemptionRequest& r) {
             storedValue(v, 500);
             amount(r, 501);
         },
         Reason::InsufficientBalance},
        {"card takes exact balance",
         [](Voucher& v, RedemptionRequest& r) {
             storedValue(v, 500);
             amount(r, 500);
         },
         Reason::None},
        {"card without amount", [](Voucher& v, RedemptionRequest&) { storedValue(v, 500); },
         Reason::AmountRequired},
        {"card with zero amount",
         [](Voucher& v, RedemptionRequest& r) {
             storedValue(v, 500);
             amount(r, 0);
         },
         Reason::AmountRequired},
        {"card in another currency",
         [](Voucher& v, RedemptionRequest& r) {
             storedValue(v, 500);
             amount(r, 100, "USD");
         },
         Reason::WrongCurrency},
        {"not yet valid", [](Voucher& v, RedemptionRequest&) { v.validFrom = kNoon + 1; },
         Reason::NotYetValid},
        {"valid from this second", [](Voucher& v, RedemptionRequest&) { v.validFrom = kNoon; }, Reason::None},
        {"expired at this second", [](Voucher& v, RedemptionRequest&) { v.validUntil = kNoon; },
         Reason::Expired},
        {"valid one more second", [](Voucher& v, RedemptionRequest&) { v.validUntil = kNoon + 1; },
         Reason::None},
        {"status expired", [](Voucher& v, RedemptionRequest&) { v.status = VoucherStatus::Expired; },
         Reason::Expired},
        {"another store", [](Voucher& v, RedemptionRequest&) { v.stores = {QStringLiteral("store-2")}; },
         Reason::WrongStore},
        {"one of several stores",
         [](Voucher& v, RedemptionRequest&) {
             v.stores = {QStringLiteral("store-2"), QStringLiteral("store-1")};
         },
         Reason::None},
        {"every store", [](Voucher& v, RedemptionRequest&) { v.stores.clear(); }, Reason::None},
        {"terminal without store, voucher for one", [](Voucher&, RedemptionRequest& r) { r.storeId.clear(); },
         Reason::WrongStore},
        {"wrong weekday", [](Voucher& v, RedemptionRequest&) { v.weekdays = weekdayBit(1); },
         Reason::OutsideHours},
        {"right weekday", [](Voucher& v, RedemptionRequest&) { v.weekdays = weekdayBit(3); }, Reason::None},
        {"before opening hours",
         [](Voucher& v, RedemptionRequest&) {
             v.minuteFrom = 13 * 60;
             v.minuteUntil = 15 * 60;
         },
         Reason::OutsideHours},
        {"at closing minute",
         [](Voucher& v, RedemptionRequest&) {
             v.minuteFrom = 9 * 60;
             v.minuteUntil = 12 * 60;
         },
         Reason::OutsideHours},
        {"at opening minute",
         [](Voucher& v, RedemptionRequest&) {
             v.minuteFrom = 12 * 60;
             v.minuteUntil = 13 * 60;
         },
         Reason::None},
        {"night hours, at noon",
         [](Voucher& v, RedemptionRequest&) {
             v.minuteFrom = 22 * 60;
             v.minuteUntil = 2 * 60;
         },
         Reason::OutsideHours},
        {"night hours, after midnight",
         [](Voucher& v, RedemptionRequest& r) {
             v.minuteFrom = 22 * 60;
             v.minuteUntil = 2 * 60;
             r.at.minuteOfDay = 60;
         },
         Reason::None},
        {"below minimum spend",
         [](Voucher& v, RedemptionRequest& r) {
             v.minSpendMinor = 2000;
             r.spendMinor = 1999;
         },
         Reason::BelowMinSpend},
        {"minimum spend met",
         [](Voucher& v, RedemptionRequest& r) {
             v.minSpendMinor = 2000;
             r.spendMinor = 2000;
         },
         Reason::None},
        {"minimum spend, spend not given", [](Voucher& v, RedemptionRequest&) { v.minSpendMinor = 1; },
         Reason::BelowMinSpend},
        {"revoked", [](Voucher& v, RedemptionRequest&) { v.status = VoucherStatus::Revoked; },
         Reason::Revoked},
        {"refunded", [](Voucher& v, RedemptionRequest&) { v.status = VoucherStatus::Refunded; },
         Reason::Refunded},
        {"revoked beats expired",
         [](Voucher& v, RedemptionRequest&) {
             v.status = VoucherStatus::Revoked;
             v.validUntil = kNoon - 10;
         },
         Reason::Revoked},
        {"online-only while offline",
         [](Voucher& v, RedemptionRequest&) { v.kind = VoucherKind::OnlineOnly; }, Reason::NeedsNetwork},
        {"online-only while online",
         [](Voucher& v, RedemptionRequest& r) {
             v.kind = VoucherKind::OnlineOnly;
             r.budget.online = true;
         },
         Reason::None},
        {"offline count used up",
         [](Voucher&, RedemptionRequest& r) {
             r.budget.maxCount = 3;
             r.budget.usedCount = 3;
         },
         Reason::OfflineBudgetExceeded},
        {"offline count has one left",
         [](Voucher&, RedemptionRequest& r) {
             r.budget.maxCount = 3;
             r.budget.usedCount = 2;
         },
         Reason::None},
        {"offline value would pass the limit",
         [](Voucher&, RedemptionRequest& r) {
             r.budget.maxValueMinor = 1500;
             r.budget.usedValueMinor = 501;
         },
         Reason::OfflineBudgetExceeded},
        {"offline value reaches the limit exactly",
         [](Voucher&, RedemptionRequest& r) {
             r.budget.maxValueMinor = 1500;
             r.budget.usedValueMinor = 500;
         },
         Reason::None},
        {"offline too long",
         [](Voucher&, RedemptionRequest& r) {
             r.budget.maxHours = 24;
             r.budget.lastSyncSecs = kNoon - 25 * 3600;
         },
         Reason::OfflineBudgetExceeded},
        {"offline hours limit, never synced", [](Voucher&, RedemptionRequest& r) { r.budget.maxHours = 24; },
         Reason::OfflineBudgetExceeded},
        {"online ignores the offline budget",
         [](Voucher&, RedemptionRequest& r) {
             r.budget.online = true;
             r.budget.maxCount = 0;
         },
         Reason::None},
        {"clock behind the floor, time rules",
         [](Voucher& v, RedemptionRequest& r) {
             v.validUntil = kNoon + 3600;
             r.clockFloorSecs = kNoon + kClockToleranceSecs + 1;
         },
         Reason::ClockUntrusted},
        {"clock behind the floor within tolerance",
         [](Voucher& v, RedemptionRequest& r) {
             v.validUntil = kNoon + 3600;
             r.clockFloorSecs = kNoon + kClockToleranceSecs;
         },
         Reason::None},
        {"clock behind the floor, no time rules",
         [](Voucher&, RedemptionRequest& r) { r.clockFloorSecs = kNoon + 86400; }, Reason::None},
    };
    return all;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data() {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }
    void evaluate() {
        QFETCH(int, index);
        const Case& c = cases()[size_t(index)];
        Voucher v = baseVoucher();
        RedemptionRequest r = baseRequest();
        c.setup(v, r);
        const Verdict verdict = o2o::evaluate(v, r);
        QCOMPARE(reasonCode(verdict.reason), reasonCode(c.expected));
        QCOMPARE(verdict.accepted(), c.expected == Reason::None);
    }

    // The wire names are a contract with scripts and the platform: pin every one.
    void reasonCodes_data() {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("code");
        const std::pair<Reason, const char*> names[] = {
            {Reason::UnknownCode, "unknown_code"},
            {Reason::Malformed, "malformed"},
            {Reason::AlreadyRedeemed, "already_redeemed"},
            {Reason::Exhausted, "exhausted"},
            {Reason::InsufficientBalance, "insufficient_balance"},
            {Reason::NotYetValid, "not_yet_valid"},
            {Reason::Expired, "expired"},
            {Reason::WrongStore, "wrong_store"},
            {Reason::OutsideHours, "outside_hours"},
            {Reason::BelowMinSpend, "below_min_spend"},
            {Reason::Revoked, "revoked"},
            {Reason::NeedsNetwork, "needs_network"},
            {Reason::OfflineBudgetExceeded, "offline_budget_exceeded"},
            {Reason::ClockUntrusted, "clock_untrusted"},
            {Reason::BadSignature, "bad_signature"},
            {Reason::UnknownKey, "unknown_key"},
            {Reason::StaleCode, "stale_code"},
            {Reason::Refunded, "refunded"},
            {Reason::InsufficientUses, "insufficient_uses"},
            {Reason::AmountRequired, "amount_required"},
            {Reason::WrongCurrency, "wrong_currency"},
        };
        for (const auto& [reason, code] : names)
            QTest::newRow(code) << int(reason) << QString::fromLatin1(code);
    }
    void reasonCodes() {
        QFETCH(int, reason);
        QFETCH(QString, code);
        QCOMPARE(reasonCode(Reason(reason)), code);
        QCOMPARE(int(*reasonFromCode(code)), reason);
        QVERIFY(!cashierMessage(Reason(reason)).isEmpty());
        QVERIFY(cashierMessage(Reason(reason)) != cashierMessage(Reason::None));
    }

    void afterRedemption_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("uses");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("usesLeft");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("value");
        QTest::newRow("single use") << int(VoucherKind::SingleUse) << 1 << 0LL << 0 << 0LL << 1000LL;
        QTest::newRow("pass, two uses") << int(VoucherKind::MultiUse) << 2 << 0LL << 3 << 0LL << 2000LL;
        QTest::newRow("card, partial")
            << int(VoucherKind::StoredValue) << 1 << 1250LL << 1 << 8750LL << 1250LL;
        QTest::newRow("pickup") << int(VoucherKind::PickupOrder) << 1 << 0LL << 0 << 0LL << 1000LL;
    }
    void afterRedemption() {
        QFETCH(int, kind);
        QFETCH(int, uses);
        QFETCH(qint64, amount);
        QFETCH(int, usesLeft);
        QFETCH(qint64, balance);
        QFETCH(qint64, value);
        Voucher v = baseVoucher();
        v.kind = VoucherKind(kind);
        v.usesTotal = v.usesLeft = v.kind == VoucherKind::MultiUse ? 5 : 1;
        v.balanceMinor = v.kind == VoucherKind::StoredValue ? 10000 : 0;
        RedemptionRequest r = baseRequest();
        r.uses = uses;
        r.amountMinor = amount;
        QCOMPARE(redemptionValueMinor(v, r), value);
        const Voucher after = o2o::afterRedemption(v, r);
        QCOMPARE(after.usesLeft, usesLeft);
        QCOMPARE(after.balanceMinor, balance);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
