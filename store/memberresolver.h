#pragma once

#include "core/membercode.h"
#include "store/signedvoucherresolver.h"

namespace o2o {

/** A member code as the terminal judged it: the member, or why the code was refused. */
struct ResolvedMember {
    Reason reason = Reason::None;
    QString memberId; // hex of the 16-byte id
    QString name;     // as the platform wrote it into the code; may be empty
};

/**
 * Verifies a member code offline (docs/voucher-format.md, "Member codes"): signatures with the same key
 * ring as signed vouchers, the same revocation list, the merchant of the trust list, and wallet freshness
 * for rotating codes. The caller holds the transaction (or a read snapshot).
 */
class MemberResolver {
public:
    explicit MemberResolver(Database& db)
        : m_store(db) {}

    [[nodiscard]] Result<ResolvedMember> resolve(const QString& code, const SignedCodeContext& context);

private:
    SignedVoucherStore m_store;
};

/** The member code check with everything read from the database at the time given (its own snapshot). */
[[nodiscard]] Result<ResolvedMember> verifyMemberOn(Database& db, const QString& code, qint64 nowSecs,
                                                    bool online);

} // namespace o2o
