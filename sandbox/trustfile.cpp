#include "sandbox/trustfile.h"

namespace o2o::sandbox {

Result<TrustFile> buildTrustFile(PlatformStore& store, qint64 sequence, qint64 issuedAt) {
    auto keys = store.signingKeys();
    auto revoked = store.revokedSignedIds();
    if (!keys || !revoked)
        return Unexpected(!keys ? keys.error() : revoked.error());
    TrustFile file;
    file.list.sequence = sequence;
    file.list.issuedAt = issuedAt;
    file.list.merchantId = store.merchantId();
    for (const SigningKey& k : *keys)
        file.list.keys.push_back(TrustedKey{k.publicKey, k.validFrom, k.validUntil});
    file.list.revokedIds = *revoked;
    auto content = writeTrustList(file.list, store.rootKey());
    if (!content)
        return Unexpected(content.error());
    file.content = std::move(*content);
    return file;
}

} // namespace o2o::sandbox
