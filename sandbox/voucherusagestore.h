#pragma once

#include "core/voucher.h"
#include "store/sqlite.h"

#include <optional>

namespace o2o::sandbox {

/** What the platform knows is left of a voucher, and what decides whether a terminal may take from it. */
struct VoucherUsage {
    QString id;
    VoucherKind kind = VoucherKind::SingleUse;
    QString storeId; // "*": every store
    bool isSigned = false;
    bool revoked = false;
    int usesTotal = 1;
    int usesLeft = 1;
    qint64 valueMinor = 0; // stored value: the card's initial value
    qint64 balanceLeft = 0;
};

/** Reads and writes the remaining uses and balance of issued vouchers (cached and signed alike). */
class VoucherUsageStore {
public:
    explicit VoucherUsageStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** By the platform's voucher id: a UUID for cached vouchers, 32 hex digits for signed ones. */
    [[nodiscard]] Result<std::optional<VoucherUsage>> find(const QString& voucherId);
    /** Stores usesLeft and balanceLeft; a cached voucher's change reaches the change feed (trigger). */
    [[nodiscard]] Result<void> save(const VoucherUsage& usage);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
