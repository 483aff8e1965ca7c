#include "store/memberresolver.h"

#include "core/codeinput.h"
#include "core/rules.h"
#include "store/redemptionledger.h"
#include "store/storelog.h"

namespace o2o {

namespace {
ResolvedMember refused(Reason reason) {
    ResolvedMember result;
    result.reason = reason;
    return result;
}
} // namespace

Result<ResolvedMember> MemberResolver::resolve(const QString& code, const SignedCodeContext& context) {
    // As for signed vouchers: keys are judged at the trusted time, so a clock set back revives none.
    const qint64 trustedSecs = std::max(context.nowSecs, context.clockFloorSecs);
    const bool clockBehind = context.nowSecs < context.clockFloorSecs - kClockToleranceSecs;
    const std::optional<QString> normalized = normalizeCode(code);
    if (!normalized || !looksLikeMemberCode(*normalized))
        return refused(Reason::Malformed);
    const VerifiedMember verified = verifyMemberCode(*normalized, *context.keyRing, trustedSecs);
    if (verified.reason != Reason::None) {
        qCDebug(lcStore, "member code %s: %s", qPrintable(maskCode(*normalized)),
                qPrintable(reasonCode(verified.reason)));
        return refused(verified.reason);
    }
    const MemberCode& m = verified.member;
    auto revoked = m_store.isRevoked(m.memberId);
    if (!revoked)
        return Unexpected(revoked.error());
    if (*revoked)
        return refused(Reason::Revoked);
    if (qint64(m.merchantId) != context.settings->merchantId)
        return refused(Reason::WrongStore);
    if (clockBehind && verified.keyTimeLimited)
        return refused(Reason::ClockUntrusted);
    if (m.rotating) {
        // The static part of a rotating member code is what a screenshot holds: only the live one counts.
        if (!verified.walletCode)
            return refused(Reason::StaleCode);
        if (clockBehind)
            return refused(Reason::ClockUntrusted);
        if (std::abs(verified.timeStep - walletStepAt(context.nowSecs)) > 1)
            return refused(Reason::StaleCode);
    }
    ResolvedMember result;
    result.memberId = m.idText();
    result.name = m.name;
    return result;
}

Result<ResolvedMember> verifyMemberOn(Database& db, const QString& code, qint64 nowSecs, bool online) {
    sql::ReadSnapshot snapshot(db.connection());
    O2O_TRY(snapshot.begin());
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return Unexpected(settings.error());
    SignedVoucherStore keys(db);
    auto ring = keys.loadKeyRing();
    if (!ring)
        return Unexpected(ring.error());
    auto latest = RedemptionLedger(db).latestMs();
    if (!latest)
        return Unexpected(latest.error());
    SignedCodeContext context;
    context.settings = &*settings;
    context.keyRing = &*ring;
    context.nowSecs = nowSecs;
    context.clockFloorSecs = std::max(settings->platformTimeMs, *latest) / 1000;
    context.online = online;
    return MemberResolver(db).resolve(code, context);
}

} // namespace o2o
