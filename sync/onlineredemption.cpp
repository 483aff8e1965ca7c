#include "sync/onlineredemption.h"

#include "store/syncstate.h"
#include "sync/enrolledclient.h"
#include "sync/jsonfields.h"
#include "sync/synclog.h"

#include <QUuid>

namespace o2o {

namespace {

RedemptionOutcome refusedWith(RedemptionOutcome outcome, Reason reason) {
    outcome.verdict = Verdict::refuse(reason);
    outcome.redemptionId.clear();
    return outcome;
}

// The uses a redemption takes, as the ledger records them (stored value: none, only an amount).
int usesOf(const Voucher& v, int asked) {
    return v.kind == VoucherKind::MultiUse ? asked : v.kind == VoucherKind::StoredValue ? 0 : 1;
}

// The platform's refusal reasons (docs/protocol.md), in the terminal's words for the cashier.
Reason prepareRefusal(const QString& reason) {
    if (reason == QStringLiteral("unknown_voucher"))
        return Reason::UnknownCode;
    if (reason == QStringLiteral("hold_expired"))
        return Reason::NeedsNetwork; // the hold lapsed while we waited: trying again may work
    return reasonFromCode(reason).value_or(Reason::AlreadyRedeemed);
}

} // namespace

Result<RedemptionOutcome> OnlineRedemption::redeem(RedeemInput input) {
    input.online = false;
    auto offline = m_service.redeem(input);
    if (!offline || offline->verdict.reason != Reason::NeedsNetwork)
        return offline;

    // Judge it as the platform would let us (no offline budget), before asking for a hold.
    input.online = true;
    auto check = m_service.check(input);
    if (!check || !check->verdict.accepted() || !check->voucher)
        return check;
    const Voucher& voucher = check->voucher->voucher;
    input.redemptionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body{{QStringLiteral("voucher_id"), voucher.id},
                           {QStringLiteral("uses"), usesOf(voucher, input.uses)},
                           {QStringLiteral("amount"), check->valueMinor},
                           {QStringLiteral("redemption_id"), input.redemptionId}};
    auto hold = m_client.postJson(QStringLiteral("/v1/redemptions/prepare"), body);
    if (!hold) {
        if (hold.error().status == 409)
            return refusedWith(*check, prepareRefusal(hold.error().reason));
        qCInfo(lcSync) << "prepare failed:" << hold.error().error.message;
        return refusedWith(*check, Reason::NeedsNetwork);
    }
    json::Reader r(*hold, QStringLiteral("POST /v1/redemptions/prepare"));
    input.holdId = r.string(QLatin1StringView("hold_id"));
    if (!r.ok() || input.holdId.isEmpty() || input.holdId.size() > 128) {
        m_client.noteFailure(QStringLiteral("POST /v1/redemptions/prepare: no usable hold_id"));
        return refusedWith(*check, Reason::NeedsNetwork);
    }
    auto outcome = m_service.redeem(input);
    if (outcome && !outcome->verdict.accepted())
        // Something changed here between the check and now; the unconfirmed hold lapses on the platform.
        qCWarning(lcSync) << "hold" << input.holdId << "not used:" << reasonCode(outcome->verdict.reason);
    return outcome;
}

} // namespace o2o

namespace o2o {

Result<RedemptionOutcome> redeemWithPlatform(Database& db, RedemptionService& service, const Clock& clock,
                                             const RedeemInput& input) {
    auto outcome = service.redeem(input);
    if (!outcome || outcome->verdict.reason != Reason::NeedsNetwork)
        return outcome;
    auto state = SyncState::load(db);
    if (!state || !state->enrolled())
        return outcome;
    auto client = enrolledClient(db, *state, clock);
    if (!client)
        return outcome;
    OnlineRedemption online(service, **client);
    auto onlineOutcome = online.redeem(input);
    (void)saveRequestOutcomes(db, (*client)->outcomes()); // the online indicator; not the verdict's business
    return onlineOutcome;
}

} // namespace o2o
