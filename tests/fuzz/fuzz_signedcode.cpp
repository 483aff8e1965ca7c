// libFuzzer target for what a terminal reads from outside: signed voucher codes and wallet codes
// (verifySignedCode, via the scanner or the keyboard wedge), member codes and their wallet codes
// (verifyMemberCode), Base45 and trust files (readTrustList); and what the platform reads from a
// customer's phone: claim codes (readClaimCode, verifyClaimCode).
//
// An input's first byte picks the reader (Reader below); the rest is what that reader gets.
//
// Every key here comes from a fixed seed, so the seed corpus in tests/fuzz/corpus/fuzz_signedcode holds codes
// that this key ring accepts and the fuzzer starts from inputs that get past the signature checks. Regenerate
// it after a format change with
//   build-fuzz/tests/fuzz/fuzz_signedcode --write-seeds=tests/fuzz/corpus/fuzz_signedcode
// (scripts/fuzz does this too, in its temporary corpus, and warns when the committed files are stale).

#include "core/base45.h"
#include "core/claimcode.h"
#include "core/ed25519.h"
#include "core/membercode.h"
#include "core/signedvoucher.h"
#include "core/trustlist.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <utility>
#include <vector>

namespace {

using namespace o2o;

// Inside every key's validity period, and after key B has been retired.
constexpr qint64 kNow = 1'750'000'000;
constexpr qint64 kLater = 2'000'000'000;
constexpr qint64 kKeyBFrom = 1'600'000'000;
constexpr qint64 kKeyBUntil = 1'900'000'000;
constexpr quint32 kMerchant = 4242;

// The seeds include files that are signed but malformed, so that the checks behind the signature check get
// fuzzed too. writeTrustList signs only well-formed lists, hence the trust list's domain tag here
// (docs/voucher-format.md, "Trust list"); voucher bodies have signRawVoucherBody.
constexpr QByteArrayView kTrustTag("O2O-TRUST-LIST-V1\0", 18);
constexpr QByteArrayView kSignatureLine("signature ");
constexpr int kSignatureBytes = Ed25519PublicKey::kSignatureBytes;

void check(bool condition, const char* what) {
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_signedcode: invariant violated: %s\n", what);
    std::abort();
}

Ed25519PrivateKey fixedKey(char seedByte) {
    auto key = Ed25519PrivateKey::fromSeed(QByteArray(Ed25519PrivateKey::kSeedBytes, seedByte));
    check(key.has_value(), "cannot make an Ed25519 key from a fixed seed");
    return std::move(*key);
}

PlatformKey platformKey(const Ed25519PrivateKey& key, qint64 validFrom, qint64 validUntil) {
    const QByteArray raw = key.publicRaw();
    auto publicKey = Ed25519PublicKey::fromRaw(raw);
    check(publicKey.has_value(), "cannot parse a fixed public key");
    return PlatformKey{keyIdOf(raw), std::move(*publicKey), validFrom, validUntil};
}

/** The fixed keys. A function-local static: built once, and still reachable at exit (no leak report). */
struct Fixture {
    Ed25519PrivateKey platformA = fixedKey('A'); // valid forever
    Ed25519PrivateKey platformB = fixedKey('B'); // valid from kKeyBFrom until kKeyBUntil
    Ed25519PrivateKey wallet = fixedKey('W');    // the customer's wallet key in every rotating seed
    Ed25519PrivateKey root = fixedKey('R');      // signs trust lists
    Ed25519PrivateKey stranger = fixedKey('X');  // trusted by nobody
    QByteArray walletRaw = wallet.publicRaw();
    QByteArray rootRaw = root.publicRaw();
    KeyRing ring{platformKey(platformA, 0, 0), platformKey(platformB, kKeyBFrom, kKeyBUntil)};

    const Ed25519PrivateKey* signerOf(quint32 keyId) const {
        if (keyId == ring[0].id)
            return &platformA;
        if (keyId == ring[1].id)
            return &platformB;
        return nullptr;
    }
};

const Fixture& fixture() {
    static const Fixture f;
    return f;
}

void checkCode(QStringView code) {
    const Fixture& f = fixture();
    (void)looksSigned(code);
    const bool walletPrefix = code.startsWith(QLatin1StringView(kWalletCodePrefix));
    const auto bytes = signedCodeBytes(code);
    // Base45 has one spelling per byte string, so any text that decodes must encode back to itself.
    if (bytes)
        check(signedCodeFromBytes(*bytes, walletPrefix) == code,
              "signedCodeBytes and signedCodeFromBytes do not round-trip");

    for (const qint64 now : {kNow, kLater}) {
        const VerifiedCode verified = verifySignedCode(code, f.ring, now);
        if (verified.reason != Reason::None)
            continue;
        check(bytes.has_value(), "an accepted code has no bytes");
        check(verified.walletCode == walletPrefix, "an accepted code changed its kind");
        check(signedCodeFromBytes(*bytes, verified.walletCode) == code,
              "an accepted code does not re-encode");
        // Ed25519 signatures are deterministic and every key in the ring is ours: re-signing the fields
        // that were read must give back the very input. A field the decoder misread or ignored shows here.
        const Ed25519PrivateKey* signer = f.signerOf(verified.voucher.keyId);
        check(signer != nullptr, "accepted a code whose key id is not in the ring");
        const auto plain = encodeSignedVoucher(verified.voucher, *signer);
        check(plain.has_value(), "the fields of an accepted code cannot be encoded again");
        if (!verified.walletCode) {
            check(*plain == code, "re-signing an accepted code gives another code");
            continue;
        }
        check(verified.voucher.rotating, "accepted a wallet code for a voucher that does not rotate");
        check(verified.voucher.walletPublicKey == f.walletRaw, "accepted a wallet code of an unknown wallet");
        const auto wallet = encodeWalletCode(*plain, f.wallet, verified.timeStep);
        check(wallet.has_value() && *wallet == code, "re-signing an accepted wallet code gives another code");
    }
}

// Member codes: the same invariants. An accepted member code re-signs to the very input, and its
// prefix never passes the voucher verifier (nor a voucher's the member verifier).
void checkMemberCode(QStringView code) {
    const Fixture& f = fixture();
    (void)looksLikeMemberCode(code);
    const bool walletPrefix = code.startsWith(QLatin1StringView(kMemberWalletPrefix));
    const auto bytes = memberCodeBytes(code);
    if (bytes)
        check(memberCodeFromBytes(*bytes, walletPrefix) == code,
              "memberCodeBytes and memberCodeFromBytes do not round-trip");
    for (const qint64 now : {kNow, kLater}) {
        const VerifiedMember verified = verifyMemberCode(code, f.ring, now);
        if (verified.reason != Reason::None)
            continue;
        check(bytes.has_value(), "an accepted member code has no bytes");
        check(verified.walletCode == walletPrefix, "an accepted member code changed its kind");
        check(verifySignedCode(code, f.ring, now).reason != Reason::None,
              "a member code passed as a signed voucher");
        check(verified.member.memberId.size() == MemberCode::kIdBytes,
              "accepted a member id of another size");
        check(verified.member.name.toUtf8().size() <= MemberCode::kMaxNameBytes, "accepted a name too long");
        const Ed25519PrivateKey* signer = f.signerOf(verified.member.keyId);
        check(signer != nullptr, "accepted a member code whose key id is not in the ring");
        const auto plain = encodeMemberCode(verified.member, *signer);
        check(plain.has_value(), "the fields of an accepted member code cannot be encoded again");
        if (!verified.walletCode) {
            check(*plain == code, "re-signing an accepted member code gives another code");
            continue;
        }
        check(verified.member.rotating, "accepted a member wallet code for a code that does not rotate");
        check(verified.member.walletPublicKey == f.walletRaw,
              "accepted a member wallet code of an unknown wallet");
        const auto wallet = encodeMemberWalletCode(*plain, f.wallet, verified.timeStep);
        check(wallet.has_value() && *wallet == code,
              "re-signing an accepted member wallet code gives another code");
    }
}

// The decoder takes a view: hand it one that ends where its heap block ends, so that ASan reports any
// read past the last character (a QString keeps a terminator and spare capacity behind it).
void checkCodeExactly(const QString& text) {
    const std::vector<QChar> exact(text.cbegin(), text.cend());
    checkCode(QStringView(exact.data(), qsizetype(exact.size())));
    checkMemberCode(QStringView(exact.data(), qsizetype(exact.size())));
}

// A terminal's P-256 device certificate (the key of tests/core/tst_claimcode.cpp) and a claim code it
// signed once: ECDSA signatures are randomised, so the seed is this fixed code, not one made afresh.
const QByteArray kClaimCertPem = QByteArrayLiteral(R"(-----BEGIN CERTIFICATE-----
MIIBgjCCASegAwIBAgIUZ2W95c+uz+oJfIONErtQM1e26NswCgYIKoZIzj0EAwIw
FTETMBEGA1UEAwwKY2xhaW0tdGVzdDAgFw0yNjEyMDIwNTUzMzVaGA8yMTI2MTEw
ODA1NTMzNVowFTETMBEGA1UEAwwKY2xhaW0tdGVzdDBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABB/8QXJ0xrtjX+jKlVMu8MEQHOq9WRtcXWw+2daCsnQmPOVvdwa4
Syw4+qw/ubICE7Bin+Df7DzaXmJiP77V8mmjUzBRMB0GA1UdDgQWBBQHowBqnUhr
UYmceqSOh/W9yj+8uDAfBgNVHSMEGDAWgBQHowBqnUhrUYmceqSOh/W9yj+8uDAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQDBE/7xxbGp9KFU+uiX
hpCne4dd/g9p6685VPG5j4UtUQIhALhZBMSHbOALzQpvqWtgomGdHAWNsRu5QF6S
PSyV5iJ3
-----END CERTIFICATE-----
)");
const char kClaimSeed[] = "O2OC:W70:Z17X3UF58RDF FQJ3YX7Z0CU "
                          "30S7SIBT9D/:EF%MUTQ+JUY2K976YFMR7NHZA0006G0PIDU%K14C /7TJNU9GV%NSY72UPE*2V"
                          "L9XE0M1KPISDXRODUT9HM-C-CA65I%V6UBJ-%RJKI9A96VV$/0W.MPPGDTER34WQRW-A9.9";

bool sameClaim(const ClaimCode& a, const ClaimCode& b) {
    return a.saleId == b.saleId && a.terminalId == b.terminalId && a.storeScope == b.storeScope &&
           a.currency == b.currency && a.totalMinor == b.totalMinor && a.soldAt == b.soldAt;
}

void checkClaimCode(QStringView code) {
    const auto bytes = claimCodeBytes(code);
    if (bytes)
        check(claimCodeFromBytes(*bytes) == code, "claimCodeBytes and claimCodeFromBytes do not round-trip");
    const auto stated = readClaimCode(code);
    if (stated) {
        // The fields read must be the whole body: encoding them again gives back the bytes signed.
        const auto body = claimCodeBody(*stated);
        check(bytes.has_value() && body.has_value() && bytes->startsWith(*body),
              "the fields of a readable claim code do not encode back to its body");
    }
    ClaimCode verified;
    if (verifyClaimCode(code, kClaimCertPem, &verified) != ClaimCheck::Valid)
        return;
    check(stated.has_value() && sameClaim(*stated, verified), "an accepted claim code reads otherwise");
    check(bytes->size() == 116, "accepted a claim code of another length");
}

void checkClaimCodeExactly(const QString& text) {
    const std::vector<QChar> exact(text.cbegin(), text.cend());
    checkClaimCode(QStringView(exact.data(), qsizetype(exact.size())));
}

void checkBase45(QByteArrayView text) {
    const QByteArray input = text.toByteArray();
    const auto decoded = base45::decode(text);
    if (decoded)
        check(base45::encode(*decoded) == input,
              "base45::decode accepted a text that encode would not write");
    check(base45::decode(base45::encode(input)) == input, "base45 does not round-trip");
}

void checkTrustList(const QByteArray& file) {
    const Fixture& f = fixture();
    for (const QByteArray& pinned : {QByteArray(), f.rootRaw}) {
        const auto list = readTrustList(file, pinned);
        if (!list) {
            check(!list.error().message.isEmpty(), "a refused trust file has no message");
            continue;
        }
        check(pinned.isEmpty() || list->rootKey == pinned, "accepted a trust file of another root key");
        check(list->rootKey.size() == Ed25519PublicKey::kBytes, "accepted a root key of the wrong size");
        check(list->sequence >= 1 && list->issuedAt >= 0, "accepted a trust file without sequence or time");
        check(list->revokedIds.size() % 16 == 0, "revoked ids are not whole");
        for (const TrustedKey& key : list->keys)
            check(key.publicKey.size() == Ed25519PublicKey::kBytes && key.validFrom >= 0 &&
                      (key.validUntil == 0 || key.validUntil > key.validFrom),
                  "accepted a malformed signing key");
    }
}

// The first byte of an input picks the reader the rest goes to: one reader per execution keeps each
// execution short, and the fuzzer moves an input between readers by changing that byte.
enum class Reader : std::uint8_t { CodeLatin1, CodeUtf8, Claim, Base45, Trust, Count };

// ---- Seed corpus ------------------------------------------------------------------------------------

Reader readerOf(const QString& seedName) {
    if (seedName.startsWith(QLatin1StringView("claim-")))
        return Reader::Claim;
    if (seedName.startsWith(QLatin1StringView("base45-")))
        return Reader::Base45;
    if (seedName.startsWith(QLatin1StringView("trust-")))
        return Reader::Trust;
    return Reader::CodeLatin1;
}

QByteArray signature(const Ed25519PrivateKey& key, QByteArrayView tag, QByteArrayView content) {
    auto result = key.sign(tag.toByteArray() + content.toByteArray());
    check(result.has_value(), "cannot sign");
    return *result;
}

/** A plain code whose body is changed and signed again, so that only the field checks can refuse it. */
QString resigned(const QString& code, const Ed25519PrivateKey& key,
                 const std::function<void(QByteArray&)>& change) {
    const auto bytes = signedCodeBytes(code);
    check(bytes.has_value(), "a seed does not decode");
    QByteArray body = bytes->chopped(kSignatureBytes);
    change(body);
    auto result = signRawVoucherBody(body, key);
    check(result.has_value(), "cannot sign a seed body");
    return *result;
}

/** The code with its bytes changed but not signed again. */
QString tampered(const QString& code, const std::function<void(QByteArray&)>& change) {
    auto bytes = signedCodeBytes(code);
    check(bytes.has_value(), "a seed does not decode");
    change(*bytes);
    return signedCodeFromBytes(*bytes, code.startsWith(QLatin1StringView(kWalletCodePrefix)));
}

/** A trust file whose content (everything before the signature line) is changed and signed again. */
QByteArray resignedTrust(const QByteArray& file, const Ed25519PrivateKey& key,
                         const std::function<void(QByteArray&)>& change) {
    QByteArray content = file.left(file.lastIndexOf("\n" + kSignatureLine.toByteArray()) + 1);
    const QByteArray before = content;
    change(content);
    check(content != before, "a trust-file seed change did not apply");
    return content + kSignatureLine.toByteArray() + signature(key, kTrustTag, content).toBase64() + '\n';
}

QString encoded(const SignedVoucher& voucher, const Ed25519PrivateKey& key) {
    auto code = encodeSignedVoucher(voucher, key);
    check(code.has_value(), "cannot encode a seed voucher");
    return *code;
}

SignedVoucher voucher(quint32 keyId, char idByte, VoucherKind kind) {
    SignedVoucher v;
    v.keyId = keyId;
    v.voucherId = QByteArray(SignedVoucher::kIdBytes, idByte);
    v.merchantId = kMerchant;
    v.storeScope = storeScopeOf(QStringLiteral("store-1"));
    v.kind = kind;
    v.valueMinor = 1000;
    return v;
}

QByteArray trustFile(const Ed25519PrivateKey& root, qint64 sequence, const QByteArray& revokedIds) {
    const Fixture& f = fixture();
    TrustList list;
    list.sequence = sequence;
    list.issuedAt = kNow;
    list.merchantId = kMerchant;
    list.keys = {TrustedKey{f.platformA.publicRaw(), 0, 0},
                 TrustedKey{f.platformB.publicRaw(), kKeyBFrom, kKeyBUntil}};
    list.revokedIds = revokedIds;
    auto file = writeTrustList(list, root);
    check(file.has_value(), "cannot write a seed trust file");
    return *file;
}

void replaceOnce(QByteArray& text, const char* from, const char* to) {
    const qsizetype at = text.indexOf(from);
    check(at >= 0, "a trust-file seed does not contain the text to change");
    text.replace(at, qsizetype(std::strlen(from)), to);
}

int writeSeeds(const QString& dir) {
    const Fixture& f = fixture();
    const quint32 idA = f.ring[0].id;
    const quint32 idB = f.ring[1].id;
    QList<std::pair<QString, QByteArray>> seeds;
    QStringList
        accepted; // seeds the key ring must accept at kNow: otherwise the corpus misses the deep paths
    const auto code = [&](const QString& name, const QString& text, bool valid) {
        seeds.append({QStringLiteral("code-") + name, text.toLatin1()});
        if (valid)
            accepted.append(text);
    };

    SignedVoucher single = voucher(idA, '\x01', VoucherKind::SingleUse);
    single.storeScope = QByteArray(SignedVoucher::kScopeBytes, '\0'); // every store of the merchant
    const QString singleCode = encoded(single, f.platformA);
    code(QStringLiteral("single-use"), singleCode, true);

    SignedVoucher multi = voucher(idB, '\x02', VoucherKind::MultiUse);
    multi.uses = 10;
    multi.validFrom = 1'700'000'000;
    multi.validUntil = 1'800'000'000;
    multi.offlineAllowed = false;
    code(QStringLiteral("multi-use-key-b"), encoded(multi, f.platformB), true);

    SignedVoucher stored = voucher(idA, '\x03', VoucherKind::StoredValue);
    stored.currency = QStringLiteral("CHF");
    stored.valueMinor = 0xFFFFFFFFu;
    code(QStringLiteral("stored-value"), encoded(stored, f.platformA), true);
    code(QStringLiteral("pickup"), encoded(voucher(idA, '\x04', VoucherKind::PickupOrder), f.platformA),
         true);
    code(QStringLiteral("ticket"), encoded(voucher(idA, '\x05', VoucherKind::Ticket), f.platformA), true);
    code(QStringLiteral("online-only"), encoded(voucher(idA, '\x06', VoucherKind::OnlineOnly), f.platformA),
         true);

    SignedVoucher rotating = voucher(idA, '\x07', VoucherKind::SingleUse);
    rotating.rotating = true;
    rotating.walletPublicKey = f.walletRaw;
    const QString rotatingCode = encoded(rotating, f.platformA);
    code(QStringLiteral("rotating"), rotatingCode, true);
    auto walletCode = encodeWalletCode(rotatingCode, f.wallet, walletStepAt(kNow));
    check(walletCode.has_value(), "cannot encode the seed wallet code");
    code(QStringLiteral("wallet"), *walletCode, true);

    // Refused before the signature check, or by it.
    code(QStringLiteral("empty"), QString::fromLatin1(kSignedCodePrefix), false);
    code(QStringLiteral("wallet-empty"), QString::fromLatin1(kWalletCodePrefix), false);
    code(QStringLiteral("truncated"), singleCode.chopped(3), false);
    code(QStringLiteral("dangling-char"), singleCode + u'0', false);
    code(QStringLiteral("lower-case"), singleCode.toLower(), false);
    code(QStringLiteral("outside-alphabet"), QString(singleCode).replace(10, 1, u'#'), false);
    code(QStringLiteral("bad-version"), tampered(singleCode, [](QByteArray& b) { b[0] = 2; }), false);
    code(QStringLiteral("bad-signature"), tampered(singleCode, [](QByteArray& b) { b[b.size() - 1] ^= 1; }),
         false);
    code(QStringLiteral("wallet-bad-signature"),
         tampered(*walletCode, [](QByteArray& b) { b[b.size() - 1] ^= 1; }), false);
    code(QStringLiteral("unknown-key"),
         encoded(voucher(keyIdOf(f.stranger.publicRaw()), '\x08', VoucherKind::SingleUse), f.stranger),
         false);
    // Signed, but refused by the field checks (offsets: core/signedvoucher.cpp, readFields).
    const auto fieldSeed = [&](const QString& name, const std::function<void(QByteArray&)>& change) {
        code(QStringLiteral("signed-") + name, resigned(singleCode, f.platformA, change), false);
    };
    fieldSeed(QStringLiteral("bad-kind"), [](QByteArray& b) { b[33] = 9; });
    fieldSeed(QStringLiteral("bad-currency"), [](QByteArray& b) { b[35] = 'u'; });
    fieldSeed(QStringLiteral("zero-uses"), [](QByteArray& b) { b[42] = 0; });
    fieldSeed(QStringLiteral("two-uses"), [](QByteArray& b) { b[42] = 2; });
    fieldSeed(QStringLiteral("unknown-flag"), [](QByteArray& b) { b[51] = char(0x81); });
    fieldSeed(QStringLiteral("rotating-flag-short"), [](QByteArray& b) { b[51] = 0x03; });
    fieldSeed(QStringLiteral("until-before-from"), [](QByteArray& b) {
        b[43] = 0x70; // validFrom 0x70000000
        b[47] = 0x60; // validUntil 0x60000000
    });
    code(QStringLiteral("signed-rotating-flag-cleared"),
         resigned(rotatingCode, f.platformA, [](QByteArray& b) { b[51] = 0x01; }), false);

    const QByteArray revoked = QByteArray(16, '\x01') + QByteArray(16, '\x0a');
    const QByteArray trust = trustFile(f.root, 7, revoked);
    seeds.append({QStringLiteral("trust-list"), trust});
    seeds.append({QStringLiteral("trust-list-empty"), trustFile(f.root, 1, {})});
    seeds.append({QStringLiteral("trust-list-other-root"), trustFile(f.stranger, 3, revoked)});
    seeds.append({QStringLiteral("trust-list-unsigned"), trust.left(trust.indexOf("signature "))});
    QByteArray badSignature = trust;
    const qsizetype signatureAt = trust.indexOf("signature ") + kSignatureLine.size();
    badSignature[signatureAt] = badSignature[signatureAt] == 'A' ? 'B' : 'A';
    seeds.append({QStringLiteral("trust-list-bad-signature"), badSignature});
    const auto trustSeed = [&](const QString& name, const char* from, const char* to) {
        seeds.append({QStringLiteral("trust-list-signed-") + name,
                      resignedTrust(trust, f.root, [&](QByteArray& c) { replaceOnce(c, from, to); })});
    };
    trustSeed(QStringLiteral("count-mismatch"), "\"revoked_count\":2", "\"revoked_count\":3");
    trustSeed(QStringLiteral("sequence-zero"), "\"sequence\":7", "\"sequence\":0");
    trustSeed(QStringLiteral("huge-count"), "\"revoked_count\":2", "\"revoked_count\":9007199254740991");
    trustSeed(QStringLiteral("negative-valid-from"), "\"valid_from\":0", "\"valid_from\":-5");
    trustSeed(QStringLiteral("upper-case-id"), "0a0a0a0a", "0A0A0A0A");
    trustSeed(QStringLiteral("not-an-object"), "{", "[{");

    // Member codes (core/membercode.cpp): plain, named, rotating with its wallet code, and refused ones.
    const auto memberCode = [&](quint32 keyId, char idByte, const QString& name) {
        MemberCode m;
        m.keyId = keyId;
        m.memberId = QByteArray(MemberCode::kIdBytes, idByte);
        m.merchantId = kMerchant;
        m.issuedAt = quint32(kNow);
        m.name = name;
        return m;
    };
    const auto encodedMember = [&](const MemberCode& m, const Ed25519PrivateKey& key) {
        auto text = encodeMemberCode(m, key);
        check(text.has_value(), "cannot encode a seed member code");
        return *text;
    };
    const QString memberPlain = encodedMember(memberCode(idA, '\x21', {}), f.platformA);
    code(QStringLiteral("member"), memberPlain, true);
    code(QStringLiteral("member-named-key-b"),
         encodedMember(memberCode(idB, '\x22', QStringLiteral("Lucía 李")), f.platformB), true);
    MemberCode rotatingMember = memberCode(idA, '\x23', QStringLiteral("Bo"));
    rotatingMember.rotating = true;
    rotatingMember.walletPublicKey = f.walletRaw;
    const QString rotatingMemberCode = encodedMember(rotatingMember, f.platformA);
    code(QStringLiteral("member-rotating"), rotatingMemberCode, true);
    auto memberWallet = encodeMemberWalletCode(rotatingMemberCode, f.wallet, walletStepAt(kNow));
    check(memberWallet.has_value(), "cannot encode the seed member wallet code");
    code(QStringLiteral("member-wallet"), *memberWallet, true);
    code(QStringLiteral("member-empty"), QString::fromLatin1(kMemberCodePrefix), false);
    const auto memberTampered = [&](const QString& text, const std::function<void(QByteArray&)>& change) {
        auto b = memberCodeBytes(text);
        check(b.has_value(), "a member seed does not decode");
        change(*b);
        return memberCodeFromBytes(*b, text.startsWith(QLatin1StringView(kMemberWalletPrefix)));
    };
    code(QStringLiteral("member-bad-signature"),
         memberTampered(memberPlain, [](QByteArray& b) { b[b.size() - 1] ^= 1; }), false);
    code(QStringLiteral("member-name-length"), memberTampered(memberPlain, [](QByteArray& b) { b[30] = 40; }),
         false);
    code(QStringLiteral("member-wallet-bad-signature"),
         memberTampered(*memberWallet, [](QByteArray& b) { b[b.size() - 1] ^= 1; }), false);
    const auto memberResigned = [&](const QString& name, const std::function<void(QByteArray&)>& change) {
        auto body = memberCodeBody(memberCode(idA, '\x24', {}));
        check(body.has_value(), "cannot make a member seed body");
        change(*body);
        auto text = signRawMemberBody(*body, f.platformA);
        check(text.has_value(), "cannot sign a member seed body");
        code(QStringLiteral("member-signed-") + name, *text, false);
    };
    memberResigned(QStringLiteral("unknown-flag"), [](QByteArray& b) { b[29] = char(0x80); });
    memberResigned(QStringLiteral("bad-utf8-name"), [](QByteArray& b) {
        b[30] = 2;
        b.append("\xC3\x28", 2);
    });
    // A voucher's bytes under the member prefix.
    code(QStringLiteral("member-voucher-bytes"), memberCodeFromBytes(*signedCodeBytes(singleCode), false),
         false);

    seeds.append({QStringLiteral("base45-hello"), base45::encode("Hello, terminal!")});

    // Claim codes: the fixed valid one, and refused variants of it.
    const QString claim = QString::fromLatin1(kClaimSeed);
    const auto claimBytes = claimCodeBytes(claim);
    check(claimBytes.has_value(), "the claim seed does not decode");
    const auto claimSeed = [&](const QString& name, const QString& text) {
        seeds.append({QStringLiteral("claim-") + name, text.toLatin1()});
    };
    const auto claimTampered = [&](const std::function<void(QByteArray&)>& change) {
        QByteArray b = *claimBytes;
        change(b);
        return claimCodeFromBytes(b);
    };
    claimSeed(QStringLiteral("valid"), claim);
    claimSeed(QStringLiteral("truncated"), claim.chopped(3));
    claimSeed(QStringLiteral("lower-case"), claim.toLower());
    claimSeed(QStringLiteral("bad-version"), claimTampered([](QByteArray& b) { b[0] = 2; }));
    claimSeed(QStringLiteral("bad-signature"), claimTampered([](QByteArray& b) { b[b.size() - 1] ^= 1; }));
    claimSeed(QStringLiteral("zero-s"),
              claimTampered([](QByteArray& b) { b.replace(84, 32, QByteArray(32, 0)); }));
    claimSeed(QStringLiteral("null-sale"),
              claimTampered([](QByteArray& b) { b.replace(1, 16, QByteArray(16, 0)); }));
    check(verifyClaimCode(claim, kClaimCertPem) == ClaimCheck::Valid, "the claim seed is refused");

    for (const QString& text : std::as_const(accepted))
        check((looksLikeMemberCode(text) ? verifyMemberCode(text, f.ring, kNow).reason
                                         : verifySignedCode(text, f.ring, kNow).reason) == Reason::None,
              "the key ring refuses a valid seed");
    check(readTrustList(trust, f.rootRaw).has_value(), "the seed trust file is refused");

    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "fuzz_signedcode: cannot create %s\n", qPrintable(dir));
        return 1;
    }
    for (const auto& [name, bytes] : std::as_const(seeds)) {
        QFile file(QDir(dir).filePath(name));
        const QByteArray input = char(readerOf(name)) + bytes;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size()) {
            std::fprintf(stderr, "fuzz_signedcode: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    std::printf("fuzz_signedcode: wrote %lld seeds to %s\n", static_cast<long long>(seeds.size()),
                qPrintable(dir));
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // Runs before libFuzzer reads its flags, so the generator mode never starts a fuzzing run.
    const QByteArrayView option("--write-seeds=");
    for (int i = 1; i < *argc; ++i)
        if (QByteArrayView((*argv)[i]).startsWith(option))
            std::exit(writeSeeds(QString::fromLocal8Bit((*argv)[i] + option.size())));
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const auto reader = Reader(data[0] % std::uint8_t(Reader::Count));
    const char* chars = reinterpret_cast<const char*>(data) + 1;
    const auto length = static_cast<qsizetype>(size - 1);
    switch (reader) {
    case Reader::CodeLatin1:
        checkCodeExactly(QString::fromLatin1(chars, length));
        break;
    case Reader::CodeUtf8:
        checkCodeExactly(QString::fromUtf8(chars, length));
        break;
    case Reader::Claim:
        checkClaimCodeExactly(QString::fromLatin1(chars, length));
        break;
    case Reader::Base45:
        checkBase45(QByteArrayView(chars, length));
        break;
    case Reader::Trust:
    case Reader::Count:
        // fromRawData: no copy, so ASan sees any read past the fuzzer's exactly sized buffer.
        checkTrustList(QByteArray::fromRawData(chars, length));
        break;
    }
    return 0;
}
