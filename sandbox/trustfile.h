#pragma once

#include "core/trustlist.h"
#include "sandbox/platformstore.h"

namespace o2o::sandbox {

/** A signed trust file and the list it holds. */
struct TrustFile {
    TrustList list;
    QByteArray content;
};

/**
 * The platform's current keys and revoked signed vouchers as a trust file with this sequence, signed by
 * the root key (docs/voucher-format.md, "Trust lists"). `keys export` writes it, GET /v1/trust serves it.
 */
[[nodiscard]] Result<TrustFile> buildTrustFile(PlatformStore& store, qint64 sequence, qint64 issuedAt);

} // namespace o2o::sandbox
