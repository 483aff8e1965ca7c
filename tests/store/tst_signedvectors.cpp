// The golden-vector suite for signed codes: each row stages a terminal (trust list, store, clock, usage)
// and names the exact verdict a code must get, through the real service and a real SQLite file.
#include "core/clock.h"
#include "store/redemptionservice.h"
#include "store/trustimport.h"
#include "tests/support/signedfixture.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace o2o;
using test::SignedFixture;

namespace {

constexpr qint64 kDay = 86400;

struct Stage {
    QString amount;
    int uses = 1;
    qint64 platformTimeSecs = 0; // raises the trusted clock floor
    int redeemFirst = 0;         // redemptions of the same code before the one judged
    int offlineMaxCount = -1;
};
QByteArray revokedId() {
    return test::fixedVoucherId(QStringLiteral("revoked"));
}
QByteArray revokedRotatingId() {
    return test::fixedVoucherId(QStringLiteral("revoked-rotating"));
}

// Replaces the body of a valid code and signs it again with `key`: fields no encoder would write.
QString resignedBody(const SignedVoucher& v, char key, const std::function<void(QByteArray&)>& change) {
    QByteArray body = *signedVoucherBody(v);
    change(body);
    return *signRawVoucherBody(body, test::fixedKey(key));
}

QString withBytes(const QString& code, const std::function<void(QByteArray&)>& change) {
    QByteArray bytes = *signedCodeBytes(code);
    change(bytes);
    return signedCodeFromBytes(bytes, code.startsWith(QLatin1StringView(kWalletCodePrefix)));
}

} // namespace

Q_DECLARE_METATYPE(Stage)

class TestSignedVectors : public QObject {
    Q_OBJECT

    SignedFixture f;
    int m_rows = 0;

    void row(const char* name, const QString& code, const char* expected, Stage stage = {}) {
        ++m_rows;
        QTest::newRow(name) << code << QString::fromLatin1(expected) << QVariant::fromValue(stage);
    }
    SignedVoucher v(const char* name, char key = 'A') const {
        return f.voucher(QString::fromLatin1(name), key);
    }
    QString signedWith(SignedVoucher voucher, const std::function<void(SignedVoucher&)>& change,
                       char key = 'A') {
        change(voucher);
        return f.sign(voucher, key);
    }

private Q_SLOTS:
    void vectors_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QVariant>("stage");
        const auto kind = [&](VoucherKind k, quint16 uses = 1) {
            return signedWith(v("kind"), [&](SignedVoucher& s) {
                s.kind = k;
                s.uses = uses;
            });
        };
        const QString valid = f.sign(v("valid"));
        Stage amount2;
        amount2.amount = QStringLiteral("2.00");

        // Valid, each kind.
        row("valid single use", valid, "accepted");
        row("valid multi use", kind(VoucherKind::MultiUse, 5), "accepted");
        row("valid stored value", kind(VoucherKind::StoredValue), "accepted", amount2);
        row("valid pickup order", kind(VoucherKind::PickupOrder), "accepted");
        row("valid ticket", kind(VoucherKind::Ticket), "accepted");
        row("online only offline", kind(VoucherKind::OnlineOnly), "needs_network");
        row("offline not allowed",
            signedWith(v("online"), [](SignedVoucher& s) { s.offlineAllowed = false; }), "needs_network");

        // Scope.
        row("every store", signedWith(v("any"), [](SignedVoucher& s) { s.storeScope.fill('\0'); }),
            "accepted");
        row("wrong store",
            signedWith(v("ws"),
                       [](SignedVoucher& s) { s.storeScope = storeScopeOf(QStringLiteral("store-2")); }),
            "wrong_store");
        row("wrong merchant", signedWith(v("wm"), [](SignedVoucher& s) { s.merchantId = 4243; }),
            "wrong_store");
        row("merchant zero", signedWith(v("m0"), [](SignedVoucher& s) { s.merchantId = 0; }), "wrong_store");

        // Validity at its edges (now = kNow).
        const auto times = [&](qint64 from, qint64 until) {
            return signedWith(v("t"), [&](SignedVoucher& s) {
                s.validFrom = quint32(from);
                s.validUntil = quint32(until);
            });
        };
        const qint64 now = SignedFixture::kNow;
        row("expired yesterday", times(now - 2 * kDay, now - kDay), "expired");
        row("expires this second", times(now - kDay, now), "expired");
        row("expires next second", times(now - kDay, now + 1), "accepted");
        row("valid from this second", times(now, now + kDay), "accepted");
        row("valid from next second", times(now + 1, now + kDay), "not_yet_valid");
        row("no time limits", times(0, 0), "accepted");
        row("valid from far future", times(0xFFFFFFF0LL, 0), "not_yet_valid");
        row("valid until end of u32", times(0, 0xFFFFFFFFLL), "accepted");
        row("only valid until past", times(0, now - 1), "expired");

        // Values and uses at their edges.
        const auto value = [&](VoucherKind k, quint32 minor, const char* currency = "EUR") {
            return signedWith(v("value"), [&](SignedVoucher& s) {
                s.kind = k;
                s.valueMinor = minor;
                s.currency = QString::fromLatin1(currency);
            });
        };
        row("value zero", value(VoucherKind::SingleUse, 0), "accepted");
        row("value max", value(VoucherKind::SingleUse, 0xFFFFFFFF), "accepted");
        row("card value max", value(VoucherKind::StoredValue, 0xFFFFFFFF), "accepted", amount2);
        row("card value exactly the amount", value(VoucherKind::StoredValue, 200), "accepted", amount2);
        row("card value below the amount", value(VoucherKind::StoredValue, 199), "insufficient_balance",
            amount2);
        row("card without amount", value(VoucherKind::StoredValue, 1000), "amount_required");
        Stage kwd;
        kwd.amount = QStringLiteral("1.250");
        row("card in KWD", value(VoucherKind::StoredValue, 5000, "KWD"), "accepted", kwd);
        Stage threeUses;
        threeUses.uses = 3;
        row("pass uses max", kind(VoucherKind::MultiUse, 65535), "accepted", threeUses);
        row("pass one use", kind(VoucherKind::MultiUse, 1), "accepted");
        row("pass fewer uses than asked", kind(VoucherKind::MultiUse, 2), "insufficient_uses", threeUses);

        // Signed, yet fields no encoder writes.
        const auto raw = [&](const std::function<void(QByteArray&)>& change) {
            return resignedBody(v("raw"), 'A', change);
        };
        row("unknown kind", raw([](QByteArray& b) { b[33] = 9; }), "malformed");
        row("unknown flag", raw([](QByteArray& b) { b[51] = char(0x81); }), "malformed");
        row("currency not letters", raw([](QByteArray& b) { b[36] = '1'; }), "malformed");
        row("currency lower case", raw([](QByteArray& b) { b[34] = 'e'; }), "malformed");
        row("zero uses", raw([](QByteArray& b) {
                b[41] = 0;
                b[42] = 0;
            }),
            "malformed");
        row("single use with two uses", raw([](QByteArray& b) { b[42] = 2; }), "malformed");
        row("until before from", raw([](QByteArray& b) {
                b[47] = 0;
                b[48] = 0;
                b[49] = 0;
                b[50] = 1;
            }),
            "malformed");
        row("rotating flag without wallet key", raw([](QByteArray& b) { b[51] = 3; }), "malformed");
        row("version 2", raw([](QByteArray& b) { b[0] = 2; }), "malformed");
        row("version 0", raw([](QByteArray& b) { b[0] = 0; }), "malformed");

        // Keys.
        row("rotated-in key B", f.sign(v("key-b", 'B'), 'B'), "accepted");
        row("retired key O", f.sign(v("key-o", 'O'), 'O'), "unknown_key");
        row("key F not valid yet", f.sign(v("key-f", 'F'), 'F'), "unknown_key");
        row("untrusted key X", f.sign(v("key-x", 'X'), 'X'), "unknown_key");
        row("key id A, signed by X", f.sign(v("forged"), 'X'), "bad_signature");
        row("key id B, signed by A", f.sign(v("swapped", 'B'), 'A'), "bad_signature");
        row("signature zeroed",
            withBytes(valid, [](QByteArray& b) { b.replace(52, 64, QByteArray(64, '\0')); }),
            "bad_signature");
        row("value changed after signing", withBytes(valid, [](QByteArray& b) { b[40] = char(b[40] ^ 1); }),
            "bad_signature");
        row("id changed after signing", withBytes(valid, [](QByteArray& b) { b[5] = char(b[5] ^ 0x80); }),
            "bad_signature");
        row("signature of another voucher",
            withBytes(
                valid,
                [&](QByteArray& b) { b.replace(52, 64, signedCodeBytes(f.sign(v("other")))->mid(52)); }),
            "bad_signature");

        // Revocation.
        row("revoked", f.sign(f.voucher(QStringLiteral("revoked"))), "revoked");
        row("revoked, signed by key B", f.sign(f.voucher(QStringLiteral("revoked"), 'B'), 'B'), "revoked");

        // Text and Base45.
        row("truncated one character", valid.chopped(1), "malformed");
        row("truncated one group", valid.chopped(3), "malformed");
        row("extended one byte", valid + QStringLiteral("00"), "malformed");
        row("extended two bytes", valid + QStringLiteral("000"), "malformed");
        row("lower-case Base45", valid.left(10) + valid.mid(10).toLower(), "malformed");
        row("group above 0xFFFF", valid.chopped(3) + QStringLiteral("GGW"), "malformed");
        row("character outside Base45", valid.left(20) + QStringLiteral("#") + valid.mid(21), "malformed");
        row("space inserted", valid.left(50) + QStringLiteral(" ") + valid.mid(50), "malformed");
        row("prefix only", QString::fromLatin1(kSignedCodePrefix), "malformed");
        row("other prefix", QStringLiteral("O2X:") + valid.mid(4), "unknown_code");
        row("lower-case prefix", QStringLiteral("o2o:") + valid.mid(4), "unknown_code");
        row("surrounding blanks", QStringLiteral("  ") + valid + QStringLiteral(" \t"), "accepted");
        row("non-Latin character", valid.left(30) + QStringLiteral("\u00e9") + valid.mid(31), "malformed");

        // Rotating codes.
        const QString rotating = f.sign(f.rotatingVoucher(QStringLiteral("rotating")));
        row("rotating without wallet step", rotating, "stale_code");
        row("wallet code now", f.walletCode(rotating, 0), "accepted");
        row("wallet code one step old", f.walletCode(rotating, -1), "accepted");
        row("wallet code one step ahead", f.walletCode(rotating, 1), "accepted");
        row("wallet code two steps old", f.walletCode(rotating, -2), "stale_code");
        row("wallet code two steps ahead", f.walletCode(rotating, 2), "stale_code");
        row("wallet code a day old", f.walletCode(rotating, -2880), "stale_code");
        row("wallet code signed by another phone", f.walletCode(rotating, 0, 'V'), "bad_signature");
        row("wallet step changed after signing",
            withBytes(f.walletCode(rotating, 0), [](QByteArray& b) { b[150] = char(b[150] ^ 1); }),
            "bad_signature");
        row("wallet prefix on a plain voucher", QString::fromLatin1(kWalletCodePrefix) + valid.mid(4),
            "malformed");
        SignedVoucher revokedRotating = f.rotatingVoucher(QStringLiteral("revoked-rotating"));
        row("wallet code of a revoked voucher", f.walletCode(f.sign(revokedRotating), 0), "revoked");
        SignedVoucher untrustedRotating = f.rotatingVoucher(QStringLiteral("x-rotating"));
        untrustedRotating.keyId = keyIdOf(test::fixedKey('X').publicRaw());
        row("wallet code under an untrusted key", f.walletCode(f.sign(untrustedRotating, 'X'), 0),
            "unknown_key");

        // Trusted time: the platform said it was an hour later than this terminal's clock.
        Stage clockBehind;
        clockBehind.platformTimeSecs = now + 3600;
        row("clock behind the floor", valid, "clock_untrusted", clockBehind);
        row("wallet code, clock behind the floor", f.walletCode(rotating, 0), "clock_untrusted", clockBehind);
        // Key A has a validity window, so even a code without dates depends on the time.
        row("no voucher dates, key with a window, clock behind the floor", times(0, 0), "clock_untrusted",
            clockBehind);
        // Key validity is judged at the trusted time: a clock set back neither revives a retired key
        // nor hides a key that is already valid behind unknown_key.
        Stage keyRetiredByFloor;
        keyRetiredByFloor.platformTimeSecs = now + 366 * kDay;
        row("key retired by the trusted time, clock set back", times(0, 0), "unknown_key", keyRetiredByFloor);
        Stage keyValidByFloor;
        keyValidByFloor.platformTimeSecs = now + 31 * kDay;
        const QString undatedF = signedWith(
            v("undated-f", 'F'), [](SignedVoucher& x) { x.validFrom = x.validUntil = 0; }, 'F');
        row("key valid at the trusted time, clock set back before it", undatedF, "clock_untrusted",
            keyValidByFloor);
        Stage clockSlightlyBehind;
        clockSlightlyBehind.platformTimeSecs = now + 299;
        row("clock within tolerance", valid, "accepted", clockSlightlyBehind);

        // Usage on this terminal.
        Stage usedOnce;
        usedOnce.redeemFirst = 1;
        row("single use used before", valid, "already_redeemed", usedOnce);
        Stage usedTwice;
        usedTwice.redeemFirst = 2;
        row("pass of two used twice", kind(VoucherKind::MultiUse, 2), "exhausted", usedTwice);
        Stage cardUsed = amount2;
        cardUsed.redeemFirst = 2;
        row("card drained by earlier debits", value(VoucherKind::StoredValue, 500), "insufficient_balance",
            cardUsed);
        Stage noBudget;
        noBudget.offlineMaxCount = 0;
        row("offline budget used up", valid, "offline_budget_exceeded", noBudget);
    }

    void vectors() {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QFETCH(QVariant, stage);
        const Stage s = stage.value<Stage>();

        test::TempTerminal terminal;
        terminal.add({}, SignedFixture::kStore);
        QVERIFY(importTrustFile(*terminal.db, f.trustFile(1, {revokedId(), revokedRotatingId()})));
        auto settings = TerminalSettings::load(*terminal.db);
        settings->platformTimeMs = std::max(settings->platformTimeMs, s.platformTimeSecs * 1000);
        settings->offlineMaxCount = s.offlineMaxCount;
        QVERIFY(settings->save(*terminal.db));

        FixedClock clock(SignedFixture::kNow * 1000);
        RedemptionService service(*terminal.db, clock);
        RedeemInput input;
        input.code = code;
        input.amountText = s.amount;
        input.uses = s.uses;
        for (int i = 0; i < s.redeemFirst; ++i)
            QVERIFY(service.redeem(input)->verdict.accepted());

        auto checked = service.check(input);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        const QString got =
            checked->verdict.accepted() ? QStringLiteral("accepted") : reasonCode(checked->verdict.reason);
        QCOMPARE(got, expected);

        // Redeeming gives the same verdict, and only an accepted code reaches the ledger.
        const qint64 before = *service.ledger().pendingEvents();
        auto redeemed = service.redeem(input);
        QVERIFY(redeemed);
        QCOMPARE(redeemed->verdict.reason, checked->verdict.reason);
        QCOMPARE(*service.ledger().pendingEvents(), before + (redeemed->verdict.accepted() ? 1 : 0));
        if (redeemed->verdict.accepted()) {
            const auto id = signedCodeBytes(code.trimmed())->mid(5, 16).toHex();
            QCOMPARE(redeemed->voucher->voucher.id, QString::fromLatin1(id));
        }
    }

    void cleanupTestCase() { QVERIFY2(m_rows >= 60, "the suite promises at least 60 staged cases"); }
};

QTEST_GUILESS_MAIN(TestSignedVectors)
#include "tst_signedvectors.moc"
