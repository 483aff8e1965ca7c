#pragma once

#include "store/redemptionservice.h"
#include "sync/platformclient.h"

namespace o2o {

/**
 * Redeems a code, asking the platform first when the voucher may only be redeemed online
 * (docs/protocol.md, "Online-only vouchers"): POST /v1/redemptions/prepare reserves the use under a
 * redemption id made here; only with the hold is the redemption recorded, its outbox event carrying the
 * hold id, which the next upload confirms exactly once. Every other code takes the ordinary offline path.
 * Without an answer from the platform, an online-only voucher stays `needs_network`.
 */
class OnlineRedemption {
public:
    OnlineRedemption(RedemptionService& service, PlatformClient& client)
        : m_service(service)
        , m_client(client) {}

    [[nodiscard]] Result<RedemptionOutcome> redeem(RedeemInput input);

private:
    RedemptionService& m_service;
    PlatformClient& m_client;
};

} // namespace o2o

namespace o2o {

class Clock;

/**
 * The one redeem the command line and the window share: offline first; a voucher refused
 * `needs_network` on an enrolled terminal then goes through the platform (OnlineRedemption). Without a
 * way to reach the platform the offline verdict stands.
 */
[[nodiscard]] Result<RedemptionOutcome> redeemWithPlatform(Database& db, RedemptionService& service,
                                                           const Clock& clock, const RedeemInput& input);

} // namespace o2o
