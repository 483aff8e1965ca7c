#include "store/signedvoucherresolver.h"

#include "core/rules.h"

namespace o2o {

namespace {

ResolvedSignedCode refused(Reason reason) {
    ResolvedSignedCode result;
    result.reason = reason;
    return result;
}

QString signedDescription(const SignedVoucher& v) {
    return QStringLiteral("Signed %1 voucher %2").arg(kindName(v.kind), v.idText().right(4));
}

} // namespace

Result<ResolvedSignedCode> SignedVoucherResolver::resolve(const QString& code,
                                                          const SignedCodeContext& context) {
    // Keys are judged at the trusted time: a clock set back must not revive a retired key.
    const qint64 trustedSecs = std::max(context.nowSecs, context.clockFloorSecs);
    const bool clockBehind = context.nowSecs < context.clockFloorSecs - kClockToleranceSecs;
    const VerifiedCode verified = verifySignedCode(code, *context.keyRing, trustedSecs);
    if (verified.reason != Reason::None)
        return refused(verified.reason);
    const SignedVoucher& v = verified.voucher;

    auto revoked = m_store.isRevoked(v.voucherId);
    if (!revoked)
        return Unexpected(revoked.error());
    if (*revoked)
        return refused(Reason::Revoked);
    const bool anyStore = v.storeScope == QByteArray(SignedVoucher::kScopeBytes, '\0');
    if (qint64(v.merchantId) != context.settings->merchantId ||
        (!anyStore && v.storeScope != storeScopeOf(context.settings->storeId)))
        return refused(Reason::WrongStore);
    // A key's validity window makes the verdict depend on the time, as a voucher's dates do.
    if (clockBehind && verified.keyTimeLimited)
        return refused(Reason::ClockUntrusted);
    if (v.rotating) {
        // The static part of a rotating pass is what a screenshot would hold: only the live code counts.
        if (!verified.walletCode)
            return refused(Reason::StaleCode);
        if (clockBehind)
            return refused(Reason::ClockUntrusted);
        if (std::abs(verified.timeStep - walletStepAt(context.nowSecs)) > 1)
            return refused(Reason::StaleCode);
    }
    if (!v.offlineAllowed && !context.online)
        return refused(Reason::NeedsNetwork);

    auto usage = m_store.usage(v.voucherId);
    if (!usage)
        return Unexpected(usage.error());
    ResolvedSignedCode result;
    result.voucherId = v.voucherId;
    result.voucher.codeHash = m_db.hasher().hash(QStringLiteral("signed:") + v.idText());
    result.voucher.codeTail = v.idText().right(4);
    Voucher& voucher = result.voucher.voucher;
    voucher.id = v.idText();
    voucher.kind = v.kind;
    voucher.description = signedDescription(v);
    voucher.currency = v.currency;
    voucher.faceValueMinor = v.valueMinor;
    voucher.balanceMinor = *usage ? (*usage)->balanceMinor : qint64(v.valueMinor);
    voucher.usesTotal = v.uses;
    voucher.usesLeft = *usage ? (*usage)->usesLeft : v.uses;
    voucher.validFrom = v.validFrom;
    voucher.validUntil = v.validUntil;
    voucher.campaign = v.campaign;
    return result;
}

} // namespace o2o
