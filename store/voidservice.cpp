#include "store/voidservice.h"

#include "store/auditlog.h"
#include "store/businessdays.h"
#include "store/dayclosestore.h"
#include "store/eventqueue.h"
#include "store/returnstore.h"
#include "store/terminalsettings.h"
#include "store/voucherrestore.h"

#include <QJsonObject>
#include <QUuid>

namespace o2o {

namespace {

VoidOutcome refused(const QString& reason) {
    VoidOutcome outcome;
    outcome.refusal = reason;
    return outcome;
}

} // namespace

Result<VoidOutcome> VoidService::voidEntry(const VoidRequest& request) {
    const qint64 nowMs = m_clock.nowMsecs();
    // The PIN first, in its own transactions: a wrong one counts even if the void is refused later.
    auto pin = StaffStore(m_db).checkPin(request.byStaff, request.pin, nowMs);
    if (!pin)
        return Unexpected(pin.error());
    if (const QString refusal = pin->refusalCode(); !refusal.isEmpty()) {
        VoidOutcome outcome = refused(refusal);
        outcome.attemptsLeft = pin->attemptsLeft;
        outcome.lockedUntilMs = pin->lockedUntilMs;
        return outcome;
    }

    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    auto found = RedemptionLedger(m_db).find(request.targetId);
    if (!found)
        return Unexpected(found.error());
    if (!*found) {
        auto sale = SaleStore(m_db).find(request.targetId);
        if (!sale)
            return Unexpected(sale.error());
        if (!*sale)
            return refused(QStringLiteral("unknown_entry"));
        auto outcome = voidSale(*pin->member, **sale, request, nowMs);
        if (outcome && outcome->refusal.isEmpty())
            O2O_TRY(transaction.commit());
        return outcome;
    }
    const auto& [entry, codeHash] = **found;
    VoidOutcome outcome;
    outcome.entry = entry;
    if (entry.voided) {
        outcome.refusal = QStringLiteral("already_voided");
        return outcome;
    }
    // A handed-over order that came back (in part) is settled by its return: a void would refund twice.
    auto returned = ReturnStore(m_db).ofSource(entry.voucherId);
    if (!returned)
        return Unexpected(returned.error());
    if (entry.kind == kindName(VoucherKind::PickupOrder) && !returned->isEmpty()) {
        outcome.refusal = QStringLiteral("has_returns");
        return outcome;
    }
    auto allowed = permission(*pin->member, entry.cashier, entry.atMs, nowMs);
    if (!allowed)
        return Unexpected(allowed.error());
    if (!allowed->isEmpty()) {
        outcome.refusal = *allowed;
        return outcome;
    }
    auto voidId = voidRedemption(entry, codeHash, request, {}, nowMs);
    if (!voidId)
        return Unexpected(voidId.error());
    outcome.voidId = *voidId;
    O2O_TRY(AuditLog(m_db).append(request.byStaff, QStringLiteral("void"), entry.id, request.reason, nowMs));
    O2O_TRY(transaction.commit());
    outcome.entry->voided = true;
    return outcome;
}

Result<QString> VoidService::voidRedemption(const LedgerEntry& entry, const QByteArray& codeHash,
                                            const VoidRequest& request, const QString& saleId, qint64 nowMs) {
    O2O_TRY(giveBack(entry, codeHash));
    const QString voidId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject payload{{QStringLiteral("void_id"), voidId},
                        {QStringLiteral("redemption_id"), entry.id},
                        {QStringLiteral("original_event_id"), entry.eventId},
                        {QStringLiteral("reason"), request.reason},
                        {QStringLiteral("by"), request.byStaff},
                        {QStringLiteral("terminal_id"), entry.terminalId},
                        {QStringLiteral("at_ms"), nowMs}};
    if (!saleId.isEmpty())
        payload.insert(QStringLiteral("sale_id"), saleId);
    auto eventId = EventQueue(m_db).queue(QStringLiteral("void"), payload, nowMs);
    if (!eventId)
        return Unexpected(eventId.error());
    O2O_TRY(recordVoid(voidId, entry.id, QStringLiteral("redemption"), request, nowMs, *eventId));
    return voidId;
}

Result<VoidOutcome> VoidService::voidSale(const StaffMember& by, const Sale& sale, const VoidRequest& request,
                                          qint64 nowMs) {
    VoidOutcome outcome;
    outcome.sale = sale;
    if (sale.voided) {
        outcome.refusal = QStringLiteral("already_voided");
        return outcome;
    }
    auto returned = ReturnStore(m_db).ofSource(sale.id);
    if (!returned)
        return Unexpected(returned.error());
    if (!returned->isEmpty()) {
        outcome.refusal = QStringLiteral("has_returns"); // its returns refunded part of it already
        return outcome;
    }
    auto allowed = permission(by, sale.cashier, sale.atMs, nowMs);
    if (!allowed)
        return Unexpected(allowed.error());
    if (!allowed->isEmpty()) {
        outcome.refusal = *allowed;
        return outcome;
    }
    // Every voucher the sale used comes back first, each with its own void event.
    RedemptionLedger ledger(m_db);
    for (const QString& id : sale.redemptionIds) {
        auto found = ledger.find(id);
        if (!found)
            return Unexpected(found.error());
        if (*found && !(*found)->first.voided) {
            auto done = voidRedemption((*found)->first, (*found)->second, request, sale.id, nowMs);
            if (!done)
                return Unexpected(done.error());
        }
    }
    outcome.voidId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject payload{{QStringLiteral("void_id"), outcome.voidId},
                              {QStringLiteral("sale_id"), sale.id},
                              {QStringLiteral("original_event_id"), sale.eventId},
                              {QStringLiteral("reason"), request.reason},
                              {QStringLiteral("by"), request.byStaff},
                              {QStringLiteral("terminal_id"), sale.terminalId},
                              {QStringLiteral("at_ms"), nowMs}};
    auto eventId = EventQueue(m_db).queue(QStringLiteral("void"), payload, nowMs);
    if (!eventId)
        return Unexpected(eventId.error());
    O2O_TRY(recordVoid(outcome.voidId, sale.id, QStringLiteral("sale"), request, nowMs, *eventId));
    O2O_TRY(AuditLog(m_db).append(request.byStaff, QStringLiteral("void"), sale.id, request.reason, nowMs));
    outcome.sale->voided = true;
    return outcome;
}

Result<void> VoidService::recordVoid(const QString& voidId, const QString& targetId, const QString& kind,
                                     const VoidRequest& request, qint64 nowMs, const QString& eventId) {
    auto insert =
        m_db.connection().prepare("INSERT INTO voids(id, target_id, target_kind, reason, by_staff, at_ms, "
                                  "event_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return Unexpected(insert.error());
    insert->bind(1, voidId).bind(2, targetId).bind(3, kind).bind(4, request.reason).bind(5, request.byStaff);
    insert->bind(6, nowMs).bind(7, eventId);
    if (const int rc = insert->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot record the void")));
    return {};
}

Result<QString> VoidService::permission(const StaffMember& by, const QString& madeBy, qint64 madeAtMs,
                                        qint64 nowMs) {
    // The day the entry is filed under: after a close, the evening belongs to the next day.
    auto day = BusinessDays(m_db, m_clock.timeZone()).dayOf(madeAtMs);
    if (!day)
        return Unexpected(day.error());
    auto closed = DayCloseStore(m_db).isClosed(day->toString(Qt::ISODate));
    if (!closed)
        return Unexpected(closed.error());
    if (*closed)
        return QStringLiteral("day_closed");
    if (by.role == StaffRole::Manager)
        return QString();
    if (by.role != StaffRole::Cashier || madeBy != by.id)
        return QStringLiteral("not_permitted");
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    if (nowMs - madeAtMs > qint64(settings->voidWindowMinutes) * 60'000)
        return QStringLiteral("void_window_passed");
    return QString();
}

Result<void> VoidService::giveBack(const LedgerEntry& entry, const QByteArray& codeHash) {
    return giveBackToVoucher(m_db, entry, codeHash, entry.uses, entry.amountMinor);
}

} // namespace o2o
