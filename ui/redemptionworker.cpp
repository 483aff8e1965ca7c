#include "ui/redemptionworker.h"

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
    auto outcome = redeem ? redeemWithPlatform(*m_db, *m_service, m_clock, input) : m_service->check(input);
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

} // namespace o2o
