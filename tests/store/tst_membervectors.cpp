// The golden-vector suite for member codes: each row stages a terminal (trust list with revocations, clock)
// and names the exact verdict a member code gets through the real redemption service and a real SQLite
// file; a refused member code records nothing, an accepted one puts the member on the ledger row and its
// event.
#include "core/clock.h"
#include "store/memberresolver.h"
#include "store/outbox.h"
#include "store/redemptionservice.h"
#include "store/trustimport.h"
#include "tests/support/signedfixture.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace o2o;
using test::SignedFixture;

namespace {

constexpr qint64 kDay = 86400;

QByteArray revokedMemberId() {
    return test::fixedVoucherId(QStringLiteral("member:revoked"));
}

QString withBytes(const QString& code, const std::function<void(QByteArray&)>& change) {
    QByteArray bytes = *memberCodeBytes(code);
    change(bytes);
    return memberCodeFromBytes(bytes, code.startsWith(QLatin1StringView(kMemberWalletPrefix)));
}

QString resigned(const MemberCode& m, const std::function<void(QByteArray&)>& change) {
    QByteArray body = *memberCodeBody(m);
    change(body);
    return *signRawMemberBody(body, test::fixedKey('A'));
}

} // namespace

class TestMemberVectors : public QObject {
    Q_OBJECT

    SignedFixture f;
    int m_rows = 0;

    void row(const char* name, const QString& code, const char* expected, qint64 platformTimeSecs = 0) {
        ++m_rows;
        QTest::newRow(name) << code << QString::fromLatin1(expected) << platformTimeSecs;
    }
    MemberCode m(const char* name, char key = 'A') const {
        return f.member(QString::fromLatin1(name), {}, key);
    }

private Q_SLOTS:
    void vectors_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<qint64>("platformTimeSecs");
        const QString valid = f.signMember(f.member(QStringLiteral("valid"), QStringLiteral("Ana")));
        const qint64 now = SignedFixture::kNow;

        row("valid", valid, "accepted");
        row("valid without a name", f.signMember(m("anonymous")), "accepted");
        row("name of 32 bytes", f.signMember(f.member(QStringLiteral("long"), QString(32, u'x'))),
            "accepted");
        row("surrounding blanks", QStringLiteral(" ") + valid + QStringLiteral("\t"), "accepted");

        // Keys, as for signed vouchers.
        row("rotated-in key B", f.signMember(m("key-b", 'B'), 'B'), "accepted");
        row("retired key O", f.signMember(m("key-o", 'O'), 'O'), "unknown_key");
        row("key F not valid yet", f.signMember(m("key-f", 'F'), 'F'), "unknown_key");
        row("untrusted key X", f.signMember(m("key-x", 'X'), 'X'), "unknown_key");
        row("key id A, signed by X", f.signMember(m("forged"), 'X'), "bad_signature");
        row("id changed after signing", withBytes(valid, [](QByteArray& b) { b[5] = char(b[5] ^ 1); }),
            "bad_signature");
        row("name changed after signing", withBytes(valid, [](QByteArray& b) { b[31] = 'E'; }),
            "bad_signature");
        row("signature zeroed",
            withBytes(valid, [](QByteArray& b) { b.replace(b.size() - 64, 64, QByteArray(64, 0)); }),
            "bad_signature");

        // Revocation and merchant.
        row("revoked", f.signMember(m("revoked")), "revoked");
        row("revoked, signed by key B", f.signMember(m("revoked", 'B'), 'B'), "revoked");
        MemberCode otherMerchant = m("other-merchant");
        otherMerchant.merchantId = 4243;
        row("another merchant's member", f.signMember(otherMerchant), "wrong_store");

        // Signed, yet fields no encoder writes.
        const MemberCode raw = m("raw");
        row("unknown flag", resigned(raw, [](QByteArray& b) { b[29] = char(0x80); }), "malformed");
        row("rotating flag without wallet key", resigned(raw, [](QByteArray& b) { b[29] = 1; }), "malformed");
        row("version 2", resigned(raw, [](QByteArray& b) { b[0] = 2; }), "malformed");
        row("name not UTF-8",
            resigned(raw,
                     [](QByteArray& b) {
                         b[30] = 2;
                         b.append("\xC3\x28", 2);
                     }),
            "malformed");
        row("name with a control character",
            resigned(raw,
                     [](QByteArray& b) {
                         b[30] = 2;
                         b.append("A\x07", 2);
                     }),
            "malformed");

        // Text.
        row("truncated one character", valid.chopped(1), "malformed");
        row("extended one byte", valid + QStringLiteral("00"), "malformed");
        row("lower-case Base45", valid.left(10) + valid.mid(10).toLower(), "malformed");
        row("prefix only", QString::fromLatin1(kMemberCodePrefix), "malformed");
        row("a voucher code given as the member", f.sign(f.voucher(QStringLiteral("voucher"))), "malformed");
        row("a voucher's bytes under the member prefix",
            memberCodeFromBytes(*signedCodeBytes(f.sign(f.voucher(QStringLiteral("voucher")))), false),
            "malformed");

        // Rotating member codes.
        const QString rotating = f.signMember(f.rotatingMember(QStringLiteral("rotating")));
        row("rotating without wallet step", rotating, "stale_code");
        row("wallet code now", f.memberWalletCode(rotating, 0), "accepted");
        row("wallet code one step old", f.memberWalletCode(rotating, -1), "accepted");
        row("wallet code two steps old", f.memberWalletCode(rotating, -2), "stale_code");
        row("wallet code two steps ahead", f.memberWalletCode(rotating, 2), "stale_code");
        row("wallet code signed by another phone", f.memberWalletCode(rotating, 0, 'V'), "bad_signature");
        row("wallet prefix on a plain member code", QString::fromLatin1(kMemberWalletPrefix) + valid.mid(5),
            "malformed");

        // Trusted time.
        row("clock behind the floor (key with a window)", valid, "clock_untrusted", now + 3600);
        row("clock within tolerance", valid, "accepted", now + 299);
        row("key retired by the trusted time", valid, "unknown_key", now + 366 * kDay);
        row("wallet code, clock behind the floor", f.memberWalletCode(rotating, 0), "clock_untrusted",
            now + 3600);
    }

    void vectors() {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QFETCH(qint64, platformTimeSecs);

        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(QStringLiteral("DEAL-1"))}, SignedFixture::kStore);
        QVERIFY(importTrustFile(*terminal.db, f.trustFile(1, {revokedMemberId()})));
        auto settings = TerminalSettings::load(*terminal.db);
        settings->platformTimeMs = std::max(settings->platformTimeMs, platformTimeSecs * 1000);
        QVERIFY(settings->save(*terminal.db));

        // The member check alone (the window's path).
        auto member = verifyMemberOn(*terminal.db, code, SignedFixture::kNow, false);
        QVERIFY2(member, qPrintable(member ? QString() : member.error().message));
        const QString got =
            member->reason == Reason::None ? QStringLiteral("accepted") : reasonCode(member->reason);
        QCOMPARE(got, expected);

        // Redeeming with it: a refused member refuses the redemption and records nothing.
        FixedClock clock(SignedFixture::kNow * 1000);
        RedemptionService service(*terminal.db, clock);
        RedeemInput input;
        input.code = QStringLiteral("DEAL-1");
        input.memberCode = code;
        auto redeemed = service.redeem(input);
        QVERIFY(redeemed);
        QCOMPARE(redeemed->verdict.reason, member->reason);
        QCOMPARE(redeemed->memberRefused, member->reason != Reason::None);
        QCOMPARE(*service.ledger().pendingEvents(), qint64(member->reason == Reason::None ? 1 : 0));
        if (member->reason != Reason::None) {
            QCOMPARE(*terminal.db->connection().scalar("SELECT count(*) FROM redemptions"), qint64(0));
            return;
        }
        QCOMPARE(redeemed->memberId, member->memberId);
        QCOMPARE(member->memberId.size(), 32);
        const QString id = QString::fromLatin1(memberCodeBytes(code.trimmed())->mid(5, 16).toHex());
        QCOMPARE(member->memberId, id);
        auto entry = service.ledger().find(redeemed->redemptionId);
        QVERIFY(entry && *entry);
        QCOMPARE((*entry)->first.memberId, id);
        auto pending = Outbox(*terminal.db).oldest(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(pending->first().payload).object();
        QCOMPARE(payload.value(QStringLiteral("member_id")).toString(), id);
    }

    void memberCodeIsNeverLoggedWhole() {
        // The code text must not reach the ledger or the outbox: only the member id does.
        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(QStringLiteral("DEAL-2"))}, SignedFixture::kStore);
        QVERIFY(importTrustFile(*terminal.db, f.trustFile(1)));
        const QString code = f.signMember(f.member(QStringLiteral("quiet"), QStringLiteral("Ana")));
        FixedClock clock(SignedFixture::kNow * 1000);
        RedemptionService service(*terminal.db, clock);
        RedeemInput input;
        input.code = QStringLiteral("DEAL-2");
        input.memberCode = code;
        QVERIFY(service.redeem(input)->verdict.accepted());
        auto pending = Outbox(*terminal.db).oldest(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QVERIFY(!pending->first().payload.contains(code.mid(5, 20).toLatin1()));
        QVERIFY(!pending->first().payload.contains(code.right(12).toLatin1()));
    }

    void cleanupTestCase() { QVERIFY2(m_rows >= 35, "the suite promises at least 35 staged cases"); }
};

QTEST_GUILESS_MAIN(TestMemberVectors)
#include "tst_membervectors.moc"
