#pragma once

#include "store/salestore.h"

namespace o2o {

/**
 * The claim code of an in-store sale (docs/claim-codes.md): its id, store, terminal, total and time,
 * signed with this terminal's device key from enrollment (DATA_DIR/device-key.pem). The same sale
 * always gives a code for the same claim; the platform takes the first claim only. NotEnrolled when the
 * terminal has no device key; InvalidInput for a voided sale or a total no code can carry.
 */
[[nodiscard]] Result<QString> claimCodeForSale(const Sale& sale, const QString& dataDir);

} // namespace o2o
