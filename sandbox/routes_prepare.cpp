// POST /v1/redemptions/prepare: reserve a use of an online-only voucher until the terminal's event
// confirms it (docs/protocol.md, "Online-only vouchers: prepare and confirm").
#include "sandbox/eventprocessor.h"
#include "sandbox/httpreply.h"
#include "sandbox/jsonfields.h"
#include "sandbox/redemptionrules.h"
#include "sandbox/routes.h"

#include <QUuid>

namespace o2o::sandbox {

namespace {

void refuse(httplib::Response& res, const QString& reason) {
    replyError(res, 409, QStringLiteral("the voucher cannot be redeemed: %1").arg(reason),
               QJsonObject{{QStringLiteral("reason"), reason}});
}

void replyHold(httplib::Response& res, const Hold& hold) {
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("hold_id"), hold.holdId},
                          {QStringLiteral("expires_ms"), hold.expiresMs}});
}

} // namespace

void routePrepare(RouteContext& context, const httplib::Request&, httplib::Response& res) {
    const auto body = jsonBody(context.body);
    if (!body)
        return replyError(res, 400, QStringLiteral("the body is not a JSON object"));
    Hold hold;
    hold.voucherId = body->value(QStringLiteral("voucher_id")).toString();
    hold.redemptionId = body->value(QStringLiteral("redemption_id")).toString();
    qint64 uses = 1;
    if (hold.voucherId.isEmpty() || hold.redemptionId.isEmpty() || hold.redemptionId.size() > 128 ||
        !readJsonInteger(*body, QStringLiteral("uses"), 1, 1, 1'000'000, uses) ||
        !readJsonInteger(*body, QStringLiteral("amount"), 0, 0, kMaxJsonInteger, hold.amount))
        return replyError(res, 400,
                          QStringLiteral("voucher_id and redemption_id are required; uses and amount are "
                                         "whole numbers"));
    hold.uses = int(uses);
    hold.deviceId = context.device->deviceId;

    sql::Connection& connection = context.store.connection();
    sql::Transaction transaction(connection);
    if (auto r = transaction.begin(); !r)
        return replyStoreError(res, r.error());
    if (auto r = releaseExpiredHolds(connection, context.nowMs); !r)
        return replyStoreError(res, r.error());
    HoldStore holds(connection);
    // A retried prepare (its answer was lost) gets the hold its first attempt made, not a second one.
    auto earlier = holds.byRedemption(hold.deviceId, hold.redemptionId);
    if (!earlier)
        return replyStoreError(res, earlier.error());
    if (*earlier) {
        if ((*earlier)->state == Hold::State::Released)
            return refuse(res, QStringLiteral("hold_expired"));
        return replyHold(res, **earlier);
    }

    VoucherUsageStore usageStore(connection);
    auto usage = usageStore.find(hold.voucherId);
    if (!usage)
        return replyStoreError(res, usage.error());
    if (!*usage)
        return refuse(res, QStringLiteral("unknown_voucher"));
    if (const QString refusal = refusalFor(**usage, context.device->storeId); !refusal.isEmpty())
        return refuse(res, refusal);
    switch (take(**usage, hold.uses, hold.amount)) {
    case TakeResult::Impossible:
        return replyError(res, 400, QStringLiteral("uses or amount is more than the voucher ever held"));
    case TakeResult::NothingLeft:
        return refuse(res, nothingLeftReason((*usage)->kind));
    case TakeResult::Taken:
        break;
    }
    hold.voucherId = (*usage)->id;
    hold.holdId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    hold.createdMs = context.nowMs;
    hold.expiresMs = context.nowMs + HoldStore::kLifetimeMs;
    if (auto r = usageStore.save(**usage); !r)
        return replyStoreError(res, r.error());
    if (auto r = holds.add(hold); !r)
        return replyStoreError(res, r.error());
    if (auto r = transaction.commit(); !r)
        return replyStoreError(res, r.error());
    replyHold(res, hold);
}

} // namespace o2o::sandbox
