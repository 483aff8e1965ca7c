#include "ui/redemptionworker.h"

#include "sync/onlineredemption.h"

#include <QElapsedTimer>

namespace o2o {

RedemptionWorker::RedemptionWorker(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

RedemptionWorker::~RedemptionWorker() = default;

void RedemptionWorker::fillVoucherFigures(VerdictView& view, const Voucher& v) {
    view.found = true;
    view.voucherKind = v.kind;
    view.currency = v.currency;
    if (v.faceValueMinor > 0)
        view.faceValue = v.faceValue().toString();
    if (v.kind == VoucherKind::StoredValue) {
        view.balance = v.balance().toString();
        view.balanceMinor = v.balanceMinor;
    }
    if (v.kind == VoucherKind::MultiUse) {
        view.usesLeft = v.usesLeft;
        view.usesTotal = v.usesTotal;
    }
    view.items = v.items;
    if (v.validFrom != 0)
        view.validFrom = QDateTime::fromSecsSinceEpoch(v.validFrom);
    if (v.validUntil != 0)
        view.validUntil = QDateTime::fromSecsSinceEpoch(v.validUntil);
}

VerdictView RedemptionWorker::viewOf(const RedemptionOutcome& outcome) {
    VerdictView view;
    view.state = outcome.verdict.accepted() ? VerdictView::State::Accepted : VerdictView::State::Refused;
    view.reason = outcome.verdict.reason;
    view.message = outcome.verdict.sentence(); // the facts behind a refusal, in the window's language
    view.redemptionId = outcome.redemptionId;
    if (outcome.voucher) {
        const Voucher& v = outcome.voucher->voucher;
        fillVoucherFigures(view, v);
        view.description = v.description;
        view.kind = kindName(v.kind);
        if (v.kind == VoucherKind::StoredValue)
            view.detail = tr("Balance %1").arg(v.balance().toString());
        else if (v.kind == VoucherKind::MultiUse)
            view.detail = tr("%1 of %2 uses left").arg(v.usesLeft).arg(v.usesTotal);
        if (!v.items.isEmpty())
            view.detail = tr("Hand over: %1").arg(v.items.join(QStringLiteral(", ")));
    }
    return view;
}

void RedemptionWorker::process(quint64 requestId, const QString& code, bool redeem, const QString& amount,
                               int uses) {
    QElapsedTimer timer;
    timer.start();
    if (!m_db) { // opened on first use, on this thread
        auto db = Database::open(m_dataDir);
        if (!db) {
            VerdictView failed = VerdictView::failure(db.error().message);
            failed.serviceMs = double(timer.nsecsElapsed()) / 1e6;
            Q_EMIT finished(requestId, failed);
            return;
        }
        m_db = std::move(*db);
        m_service = std::make_unique<RedemptionService>(*m_db, m_clock);
    }
    RedeemInput input;
    input.code = code;
    input.amountText = amount;
    input.uses = uses;
    input.memberCode = m_memberCode; // verified again in the redemption's own transaction
    input.cashier =
        m_cashier.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("terminal")) : m_cashier;
    auto outcome = redeem ? redeemWithPlatform(*m_db, *m_service, m_clock, input) : m_service->check(input);
    VerdictView view =
        outcome ? viewOf(*outcome) : VerdictView::failure(m_db->explain(outcome.error()).message);
    view.serviceMs = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT finished(requestId, view);
}

} // namespace o2o
