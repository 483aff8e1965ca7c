#include "sandbox/redemptionrules.h"

#include <algorithm>

namespace o2o::sandbox {

QString refusalFor(const VoucherUsage& usage, const QString& deviceStoreId) {
    if (usage.revoked)
        return QStringLiteral("revoked");
    if (usage.storeId != QStringLiteral("*") && usage.storeId != deviceStoreId)
        return QStringLiteral("wrong_store");
    return {};
}

TakeResult take(VoucherUsage& usage, qint64 uses, qint64 amount) {
    if (usage.kind == VoucherKind::StoredValue) {
        if (amount <= 0 || amount > usage.valueMinor)
            return TakeResult::Impossible;
        if (amount > usage.balanceLeft)
            return TakeResult::NothingLeft;
        usage.balanceLeft -= amount;
        return TakeResult::Taken;
    }
    if (uses <= 0 || uses > usage.usesTotal)
        return TakeResult::Impossible;
    if (uses > usage.usesLeft)
        return TakeResult::NothingLeft;
    usage.usesLeft -= int(uses);
    return TakeResult::Taken;
}

void giveBack(VoucherUsage& usage, qint64 uses, qint64 amount) {
    if (usage.kind == VoucherKind::StoredValue)
        usage.balanceLeft = std::min(usage.valueMinor, usage.balanceLeft + std::max<qint64>(0, amount));
    else
        usage.usesLeft = int(std::min<qint64>(usage.usesTotal, usage.usesLeft + std::max<qint64>(0, uses)));
}

QString nothingLeftReason(VoucherKind kind) {
    switch (kind) {
    case VoucherKind::MultiUse:
        return QStringLiteral("exhausted");
    case VoucherKind::StoredValue:
        return QStringLiteral("insufficient_balance");
    default:
        return QStringLiteral("already_redeemed");
    }
}

} // namespace o2o::sandbox
