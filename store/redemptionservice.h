#pragma once

#include "core/clock.h"
#include "core/rules.h"
#include "store/memberresolver.h"
#include "store/redemptionledger.h"
#include "store/signedvoucherresolver.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"

namespace o2o {

/** What a cashier (or a scanner) asks of a code. Amounts are text in the voucher's currency. */
struct RedeemInput {
    QString code;
    int uses = 1;
    QString amountText; // stored value: what to debit
    QString spendText;  // the purchase, for minimum-spend rules
    QString cashier;
    QString saleId; // a voucher applied during a sale: the sale it belongs to
    // Online-only vouchers (docs/protocol.md, "prepare and confirm"): set by the caller that got the
    // platform's hold. online lifts needs_network and the offline budget; the ledger row and its event
    // get redemptionId (the id the hold was asked for) and holdId.
    bool online = false;
    QString redemptionId;
    QString holdId;
    // A member code scanned with it (docs/voucher-format.md, "Member codes"): verified in the same
    // transaction; a refused one refuses the redemption (memberRefused) and nothing is recorded.
    // memberId instead: a member already verified by the caller (a sale verifies once for all).
    QString memberCode;
    QString memberId;
};

/** The verdict with what the cashier needs to see about the voucher. */
struct RedemptionOutcome {
    Verdict verdict;
    std::optional<CachedVoucher> voucher; // after the redemption when accepted
    QString redemptionId;                 // when a redemption was recorded
    qint64 atMs = 0;
    qint64 valueMinor = 0;
    bool memberRefused = false; // the verdict's refusal is the member code's, not the voucher's
    QString memberId;           // the member attributed (hex), when a member code was given
    QString memberName;
};

/**
 * Checks and redeems codes: cached ones by their hash, signed ones by their signature. A redemption is one
 * BEGIN IMMEDIATE transaction that re-reads the voucher, evaluates the rules, and writes the voucher, the
 * ledger row and the outbox event together: two processes can never both take the last use.
 */
class RedemptionService {
public:
    RedemptionService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
        , m_cache(db)
        , m_ledger(db)
        , m_signed(db) {}

    [[nodiscard]] Result<RedemptionOutcome> check(const RedeemInput& input);
    [[nodiscard]] Result<RedemptionOutcome> redeem(const RedeemInput& input);

    RedemptionLedger& ledger() { return m_ledger; }
    VoucherCache& cache() { return m_cache; }

private:
    /** What every request needs besides the voucher: read once, again only after someone else commits. */
    struct Context {
        TerminalSettings settings;
        qint64 latestLedgerMs = 0;
        OfflineUsage offlineUsage;
        KeyRing keyRing;
    };

    /** The voucher a code stands for, or why it was refused before the rules. */
    struct Lookup {
        Reason refusal = Reason::None;
        std::optional<CachedVoucher> voucher;
        QByteArray signedId; // signed vouchers: their id, under which their usage is kept
    };

    [[nodiscard]] Result<RedemptionOutcome> evaluateCode(const RedeemInput& input, bool write);
    [[nodiscard]] Result<void> refreshContext(bool force);
    [[nodiscard]] Result<Lookup> lookUp(const QString& code, bool online);
    [[nodiscard]] Result<ResolvedMember> resolveMember(const QString& code, bool online);
    [[nodiscard]] Result<void> saveRemaining(const Lookup& lookup, const Voucher& voucher);
    qint64 clockFloorMs() const;
    qint64 clockFloorSecs() const;
    [[nodiscard]] Result<RedemptionRequest> buildRequest(const RedeemInput& input,
                                                         const Voucher& voucher) const;

    Database& m_db;
    const Clock& m_clock;
    VoucherCache m_cache;
    RedemptionLedger m_ledger;
    SignedVoucherResolver m_signed;
    Context m_context;
    qint64 m_contextVersion = -1; // PRAGMA data_version when m_context was read; -1: never
    sql::Statement m_dataVersion;
};

} // namespace o2o
