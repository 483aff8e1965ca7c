#include "ui/redemptionworker.h"

#include "store/syncstate.h"
#include "sync/enrolledclient.h"
#include "sync/onlineredemption.h"

#include <QElapsedTimer>

namespace o2o {

RedemptionWorker::RedemptionWorker(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

RedemptionWorker::~RedemptionWorker() = default;

void RedemptionWorker::process(quint64 requestId, const QString& code, bool redeem, const QString& amount,
                               int uses) {
    QElapsedTimer timer;
    timer.start();
    QVariantMap result;
    if (!m_db) { // opened on first use, on this thread
        auto db = Database::open(m_dataDir);
        if (!db) {
            result[QStringLiteral("error")] = db.error().message;
            Q_EMIT finished(requestId, result);
            return;
        }
        m_db = std::move(*db);
        m_service = std::make_unique<RedemptionService>(*m_db, m_clock);
    }
    RedeemInput input;
    input.code = code;
    input.amountText = amount;
    input.uses = uses;
    input.cashier = qEnvironmentVariable("USER", QStringLiteral("terminal"));
    auto outcome = redeem ? redeemCode(input) : m_service->check(input);
    if (!outcome) {
        result[QStringLiteral("error")] = m_db->explain(outcome.error()).message;
    } else {
        result[QStringLiteral("verdict")] = outcome->verdict.name();
        result[QStringLiteral("reason")] = reasonCode(outcome->verdict.reason);
        result[QStringLiteral("message")] = cashierMessage(outcome->verdict.reason);
        result[QStringLiteral("redeemed")] = !outcome->redemptionId.isEmpty();
        if (outcome->voucher) {
            const Voucher& v = outcome->voucher->voucher;
            result[QStringLiteral("description")] = v.description;
            result[QStringLiteral("kind")] = kindName(v.kind);
            QString detail;
            if (v.kind == VoucherKind::StoredValue)
                detail = tr("Balance %1").arg(v.balance().toString());
            else if (v.kind == VoucherKind::MultiUse)
                detail = tr("%1 of %2 uses left").arg(v.usesLeft).arg(v.usesTotal);
            if (!v.items.isEmpty())
                detail = tr("Hand over: %1").arg(v.items.join(QStringLiteral(", ")));
            result[QStringLiteral("detail")] = detail;
        }
    }
    result[QStringLiteral("ms")] = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT finished(requestId, result);
}

Result<RedemptionOutcome> RedemptionWorker::redeemCode(const RedeemInput& input) {
    auto outcome = m_service->redeem(input);
    if (!outcome || outcome->verdict.reason != Reason::NeedsNetwork)
        return outcome;
    auto state = SyncState::load(*m_db);
    if (!state || !state->enrolled())
        return outcome;
    auto client = enrolledClient(*m_db, *state, m_clock);
    if (!client)
        return outcome; // no way to reach the platform: it stays needs_network
    OnlineRedemption online(*m_service, **client);
    auto onlineOutcome = online.redeem(input);
    (void)saveRequestOutcomes(*m_db,
                              (*client)->outcomes()); // the online indicator; not the verdict's business
    return onlineOutcome;
}

} // namespace o2o
