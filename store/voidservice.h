#pragma once

#include "core/clock.h"
#include "store/redemptionledger.h"
#include "store/salestore.h"
#include "store/staffstore.h"

namespace o2o {

/** A void as a member of staff asks for it: what, why, who (and their PIN). */
struct VoidRequest {
    QString targetId; // a redemption id or a sale id
    QString reason;
    QString byStaff;
    QString pin;
};

/** Refused (refusal set, one of the reason codes of docs) or done (voidId set). */
struct VoidOutcome {
    QString refusal; // wrong_pin, locked, not_permitted, void_window_passed, already_voided, day_closed,
                     // unknown_entry, has_returns (a sale or handed-over order returned in part)
    QString voidId;
    std::optional<LedgerEntry> entry; // a redemption voided (or refused)
    std::optional<Sale> sale;         // a sale voided (or refused), with every redemption it made
    qint64 lockedUntilMs = 0;
    int attemptsLeft = 0;
};

/**
 * Voids a redemption: the member's PIN, their right to (the cashier who made it within the void window,
 * a manager for any entry of a day not yet closed), then one transaction that gives the uses or balance
 * back, writes the void, queues its `void` event naming the original event, and audits it.
 */
class VoidService {
public:
    VoidService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    [[nodiscard]] Result<VoidOutcome> voidEntry(const VoidRequest& request);

private:
    [[nodiscard]] Result<QString> permission(const StaffMember& by, const QString& madeBy, qint64 madeAtMs,
                                             qint64 nowMs);
    [[nodiscard]] Result<void> giveBack(const LedgerEntry& entry, const QByteArray& codeHash);
    /** Gives back what a redemption took and writes its void and void event; the caller holds the
     * transaction. */
    [[nodiscard]] Result<QString> voidRedemption(const LedgerEntry& entry, const QByteArray& codeHash,
                                                 const VoidRequest& request, const QString& saleId,
                                                 qint64 nowMs);
    [[nodiscard]] Result<VoidOutcome> voidSale(const StaffMember& by, const Sale& sale,
                                               const VoidRequest& request, qint64 nowMs);
    [[nodiscard]] Result<void> recordVoid(const QString& voidId, const QString& targetId, const QString& kind,
                                          const VoidRequest& request, qint64 nowMs, const QString& eventId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace o2o
