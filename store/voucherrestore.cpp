#include "store/voucherrestore.h"

#include "store/signedvoucherstore.h"
#include "store/vouchercache.h"

namespace o2o {

Result<void> giveBackToVoucher(Database& db, const LedgerEntry& entry, const QByteArray& codeHash, int uses,
                               qint64 amountMinor) {
    VoucherCache cache(db);
    auto cached = cache.findByHash(codeHash);
    if (!cached)
        return Unexpected(cached.error());
    if (*cached) {
        Voucher v = (*cached)->voucher;
        if (v.kind == VoucherKind::StoredValue)
            v.balanceMinor = std::min(v.faceValueMinor, v.balanceMinor + amountMinor);
        else
            v.usesLeft = std::min(v.usesTotal, v.usesLeft + std::max(1, uses));
        return cache.updateRemaining(codeHash, v);
    }
    // A signed voucher: its usage is kept under its id (the ledger's voucher_id, in hex).
    const QByteArray id = QByteArray::fromHex(entry.voucherId.toLatin1());
    SignedVoucherStore signedStore(db);
    auto usage = signedStore.usage(id);
    if (!usage)
        return Unexpected(usage.error());
    if (!*usage)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the voucher of redemption %1 is no longer known here").arg(entry.id));
    SignedUsage u = **usage;
    if (entry.kind == kindName(VoucherKind::StoredValue))
        u.balanceMinor += amountMinor;
    else
        u.usesLeft += std::max(1, uses);
    return signedStore.saveUsage(id, u);
}

} // namespace o2o
