#pragma once

#include "store/signedvoucherstore.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"

namespace o2o {

/** What the terminal knows at the moment a signed code is presented. */
struct SignedCodeContext {
    const TerminalSettings* settings = nullptr;
    const KeyRing* keyRing = nullptr;
    qint64 nowSecs = 0;
    qint64 clockFloorSecs = 0;
    bool online = false;
};

/** A signed code turned into a voucher the rules can judge, or the reason it was refused first. */
struct ResolvedSignedCode {
    Reason reason = Reason::None;
    CachedVoucher voucher;
    QByteArray voucherId; // 16 bytes
};

/**
 * Verifies a signed code (signatures, revocation, merchant and store, wallet freshness) and builds the
 * voucher with what is left of it on this terminal. Time, uses and balance are left to the rules.
 */
class SignedVoucherResolver {
public:
    explicit SignedVoucherResolver(Database& db)
        : m_db(db)
        , m_store(db) {}

    [[nodiscard]] Result<ResolvedSignedCode> resolve(const QString& code, const SignedCodeContext& context);
    SignedVoucherStore& store() { return m_store; }

private:
    Database& m_db;
    SignedVoucherStore m_store;
};

} // namespace o2o
