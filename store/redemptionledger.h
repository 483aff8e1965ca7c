#pragma once

#include "core/refusalfacts.h"
#include "store/database.h"

#include <QList>
#include <optional>
#include <utility>

namespace o2o {

/** One accepted redemption as the ledger keeps it. */
struct LedgerEntry {
    QString id; // permanent UUID
    QString voucherId;
    QString codeTail;
    QString kind;
    QString description;
    int uses = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString cashier;
    QString terminalId;
    QString storeId;
    qint64 atMs = 0;   // trusted time: the later of this clock and the trusted floor; the ledger's order
    qint64 wallMs = 0; // this machine's clock at the redemption (differs when it was set back)
    bool online = false;
    bool voided = false; // read from the voids table; never written with the entry
    QString eventId;     // the redemption event's id, read back (record() makes it)
    QString saleId;      // when the voucher was applied during a sale
    QString memberId;    // the member it was attributed to (verified member code), hex; empty: none
    QString campaign;    // the campaign the voucher came from; empty: none
    QString holdId; // online-only vouchers: the platform's hold, confirmed by the event (not a ledger column)
};

struct OfflineUsage {
    int count = 0;
    qint64 valueMinor = 0;
};

/** The redemption ledger and its outbox: every accepted redemption and the event that reports it. */
class RedemptionLedger {
public:
    explicit RedemptionLedger(Database& db)
        : m_db(db) {}

    /** Writes the ledger row and its outbox event; the caller holds the transaction. */
    [[nodiscard]] Result<void> record(const LedgerEntry& entry, const QByteArray& codeHash);
    /** Redemptions with fromMs <= at < toMs, oldest first. */
    [[nodiscard]] Result<QList<LedgerEntry>> between(qint64 fromMs, qint64 toMs);
    /** The latest trusted time recorded: a redemption, a sale or the close of a day. */
    [[nodiscard]] Result<qint64> latestMs();
    [[nodiscard]] Result<OfflineUsage> offlineUsageSince(qint64 ms);
    [[nodiscard]] Result<qint64> pendingEvents();
    /** One redemption by its id, with the code hash it was found by; nullopt when there is none. */
    [[nodiscard]] Result<std::optional<std::pair<LedgerEntry, QByteArray>>> find(const QString& id);
    /**
     * The latest redemption of a code not voided, with its cashier's name (when staff) and whether its
     * event still waits in the outbox; nullopt when the ledger has none. Read inside the caller's
     * transaction, so it is the redemption the verdict saw.
     */
    [[nodiscard]] Result<std::optional<PriorRedemption>> latestOf(const QByteArray& codeHash,
                                                                  const QString& thisTerminalId);

private:
    Database& m_db;
    sql::Statement m_insert;
    sql::Statement m_event;
    sql::Statement m_latest;
    sql::Statement m_latestOf;
};

} // namespace o2o
