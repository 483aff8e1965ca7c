#pragma once

#include "sandbox/claimstore.h"

namespace o2o::sandbox {

/** What a customer's claim came to: the words of `o2o-sandbox claim --json`. */
enum class ClaimResult { Claimed, AlreadyClaimed, Held, BadSignature, UnknownTerminal, Expired };

QString claimResultName(ClaimResult result);

/**
 * Takes a claim code a member scanned in the platform's app (docs/claim-codes.md): checks it against the
 * certificate of the terminal it names, the store's claim window, and the sale's existing claim, then
 * records the claim as claimed (the sale is here) or held (applied when the sale event arrives). One
 * transaction (BEGIN IMMEDIATE), so of two members claiming at once exactly one wins.
 */
class ClaimService {
public:
    explicit ClaimService(sql::Connection& connection)
        : m_connection(connection) {}

    [[nodiscard]] Result<ClaimResult> claim(const QString& code, const QString& memberId, qint64 nowMs);

private:
    sql::Connection& m_connection;
};

/**
 * A sale event was accepted: a claim held for it is applied. Called inside the event batch's
 * transaction, so the claim and the sale meet exactly once whichever came first.
 */
[[nodiscard]] Result<void> applyHeldClaim(sql::Connection& connection, const QString& terminalId,
                                          const QString& saleId, qint64 nowMs);

} // namespace o2o::sandbox
