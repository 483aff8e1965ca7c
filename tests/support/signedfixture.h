#pragma once

#include "core/membercode.h"
#include "core/signedvoucher.h"
#include "core/trustlist.h"

#include <QByteArray>
#include <QString>

namespace o2o::test {

/** An Ed25519 key made from a one-letter seed, so that every run signs the same bytes. */
Ed25519PrivateKey fixedKey(char seedLetter);
/** 16 bytes derived from a name: stable voucher ids for vectors. */
QByteArray fixedVoucherId(const QString& name);

/**
 * A platform with fixed keys, as the signed-voucher tests stage it: a root key 'R' and signing keys
 * 'A' (current), 'B' (rotated in), 'O' (retired), 'F' (not yet valid); 'X' is a key no terminal trusts.
 */
struct SignedFixture {
    static constexpr qint64 kNow = 1763467200; // Wednesday 2026-11-18 12:00 UTC
    static constexpr quint32 kMerchant = 4242;
    static inline const QString kStore = QStringLiteral("store-1");

    /** A single-use voucher for kStore signed by key 'A', valid one day either side of kNow. */
    SignedVoucher voucher(const QString& name, char keyLetter = 'A') const;
    QString sign(const SignedVoucher& voucher, char keyLetter = 'A') const;
    /** A rotating voucher (wallet key 'W') and the wallet code for kNow shifted by stepOffset steps. */
    SignedVoucher rotatingVoucher(const QString& name) const;
    QString walletCode(const QString& signedCode, int stepOffset, char walletLetter = 'W') const;

    /** A member of kMerchant signed by key 'A' (member codes, issue 14). */
    MemberCode member(const QString& idName, const QString& displayName = {}, char keyLetter = 'A') const;
    QString signMember(const MemberCode& member, char keyLetter = 'A') const;
    /** A rotating member code (wallet key 'W') and its wallet code for kNow shifted by stepOffset steps. */
    MemberCode rotatingMember(const QString& idName) const;
    QString memberWalletCode(const QString& memberCode, int stepOffset, char walletLetter = 'W') const;

    /** The trust list terminals import: keys A, B, O, F and the revoked ids given. */
    TrustList trustList(qint64 sequence, const QList<QByteArray>& revokedIds) const;
    QByteArray trustFile(qint64 sequence, const QList<QByteArray>& revokedIds = {}) const;
};

} // namespace o2o::test
