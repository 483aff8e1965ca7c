#include "tests/bench/benchverify.h"

#include "core/clock.h"
#include "core/membercode.h"
#include "core/signedvoucher.h"
#include "core/trustlist.h"
#include "store/memberresolver.h"
#include "store/redemptionservice.h"
#include "store/trustimport.h"
#include "tests/bench/benchutil.h"

#include <QDir>
#include <QRandomGenerator>

namespace o2o::bench {

namespace {

constexpr qint64 kNow = 1763467200; // a fixed Wednesday noon

Ed25519PrivateKey key(char letter) {
    return std::move(*Ed25519PrivateKey::fromSeed(QByteArray(32, letter)));
}

QByteArray randomId(QRandomGenerator& random) {
    QByteArray id(16, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(id.data()), 4);
    return id;
}

SignedVoucher voucherFor(QRandomGenerator& random, quint32 merchant, bool rotating) {
    SignedVoucher v;
    v.keyId = keyIdOf(key('A').publicRaw());
    v.voucherId = randomId(random);
    v.merchantId = merchant;
    v.storeScope = storeScopeOf(QStringLiteral("bench-store"));
    v.kind = rotating ? VoucherKind::Ticket : VoucherKind::SingleUse;
    v.valueMinor = 500;
    v.validFrom = quint32(kNow - 86400);
    v.validUntil = quint32(kNow + 86400);
    v.rotating = rotating;
    if (rotating)
        v.walletPublicKey = key('W').publicRaw();
    return v;
}

struct Timings {
    std::vector<double> ms;
    double seconds = 0;
    qint64 accepted = 0;
};

Timings checkAll(RedemptionService& service, const QStringList& codes) {
    Timings t;
    t.ms.reserve(size_t(codes.size()));
    t.seconds = secondsOf([&] {
        RedeemInput input;
        for (const QString& code : codes) {
            input.code = code;
            QElapsedTimer one;
            one.start();
            auto outcome = service.check(input);
            t.ms.push_back(double(one.nsecsElapsed()) / 1e6);
            must(bool(outcome), "check");
            t.accepted += outcome->verdict.accepted();
        }
    });
    return t;
}

MemberCode memberFor(QRandomGenerator& random, quint32 merchant) {
    MemberCode m;
    m.keyId = keyIdOf(key('A').publicRaw());
    m.memberId = randomId(random);
    m.merchantId = merchant;
    m.issuedAt = quint32(kNow - 86400);
    m.name = QStringLiteral("Member %1").arg(random.bounded(100000));
    return m;
}

// The member check as `redeem --member`, `sale --member` and the sale screen make it: settings, key ring
// and clock floor read in a snapshot, both signatures (none for a plain code), the revocation probe.
Timings checkMembers(Database& db, const QStringList& codes, qint64& revokedSeen) {
    Timings t;
    t.ms.reserve(size_t(codes.size()));
    t.seconds = secondsOf([&] {
        for (const QString& code : codes) {
            QElapsedTimer one;
            one.start();
            auto member = verifyMemberOn(db, code, kNow, false);
            t.ms.push_back(double(one.nsecsElapsed()) / 1e6);
            must(bool(member), "member check");
            t.accepted += member->reason == Reason::None;
            revokedSeen += member->reason == Reason::Revoked;
        }
    });
    return t;
}

} // namespace

QJsonObject runVerifyBenchmark(const QString& workDir, qint64 revoked, int checks) {
    QDir(workDir).removeRecursively();
    QRandomGenerator random(7);
    constexpr quint32 kMerchant = 77;

    TrustList list;
    list.sequence = 1;
    list.issuedAt = kNow - 3600;
    list.merchantId = kMerchant;
    list.keys = {TrustedKey{key('A').publicRaw(), kNow - 86400 * 365, kNow + 86400 * 365}};
    // Member codes share the revocation list: some of the members checked below are on it.
    QStringList members;
    const int memberChecks = std::max(100, checks / 2);
    const int revokedMembers = memberChecks / 100;
    list.revokedIds.reserve((revoked + revokedMembers) * 16);
    for (int i = 0; i < memberChecks; ++i) {
        const MemberCode m = memberFor(random, kMerchant);
        if (i % 100 == 0)
            list.revokedIds.append(m.memberId);
        members.append(*encodeMemberCode(m, key('A')));
    }
    for (qint64 i = 0; i < revoked; ++i)
        list.revokedIds.append(randomId(random));
    const QByteArray file = *writeTrustList(list, key('R'));
    list.revokedIds.clear();

    auto db = Database::open(QDir(workDir).filePath(QStringLiteral("terminal")));
    must(bool(db), "open terminal database");
    auto settings = TerminalSettings::load(**db);
    settings->storeId = QStringLiteral("bench-store");
    must(bool(settings->save(**db)), "save settings");
    const double importSeconds = secondsOf([&] { must(bool(importTrustFile(**db, file)), "trust import"); });

    QStringList plain;
    QStringList wallet;
    for (int i = 0; i < checks; ++i)
        plain.append(*encodeSignedVoucher(voucherFor(random, kMerchant, false), key('A')));
    for (int i = 0; i < checks / 4; ++i) {
        const QString code = *encodeSignedVoucher(voucherFor(random, kMerchant, true), key('A'));
        wallet.append(*encodeWalletCode(code, key('W'), walletStepAt(kNow)));
    }

    FixedClock clock(kNow * 1000);
    RedemptionService service(**db, clock);
    const Timings p = checkAll(service, plain);
    const Timings w = checkAll(service, wallet);
    must(p.accepted == plain.size() && w.accepted == wallet.size(), "every benchmark code is accepted");
    qint64 membersRevoked = 0;
    const Timings m = checkMembers(**db, members, membersRevoked);
    must(membersRevoked == revokedMembers && m.accepted == members.size() - revokedMembers,
         "exactly the revoked members are refused");
    QJsonObject result{
        {QStringLiteral("revoked_ids"), revoked},
        {QStringLiteral("checks"), qint64(plain.size())},
        {QStringLiteral("check_per_s"), qRound64(double(plain.size()) / p.seconds)},
        {QStringLiteral("check_p50_ms"), percentile(p.ms, 0.50)},
        {QStringLiteral("check_p99_ms"), percentile(p.ms, 0.99)},
        {QStringLiteral("wallet_check_per_s"), qRound64(double(wallet.size()) / w.seconds)},
        {QStringLiteral("wallet_check_p99_ms"), percentile(w.ms, 0.99)},
        {QStringLiteral("member_checks"), qint64(members.size())},
        {QStringLiteral("member_revoked_refused"), membersRevoked},
        {QStringLiteral("member_check_per_s"), qRound64(double(members.size()) / m.seconds)},
        {QStringLiteral("member_check_p50_ms"), percentile(m.ms, 0.50)},
        {QStringLiteral("member_check_p99_ms"), percentile(m.ms, 0.99)},
        {QStringLiteral("trust_import_s"), importSeconds},
        {QStringLiteral("trust_file_mb"), double(file.size()) / (1024.0 * 1024.0)},
        {QStringLiteral("peak_rss_mb"), peakRssMb()},
    };
    db->reset();
    QDir(workDir).removeRecursively();
    return result;
}

} // namespace o2o::bench
