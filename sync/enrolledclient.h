#pragma once

#include "core/clock.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/platformclient.h"

#include <memory>

namespace o2o {

/**
 * A client for the platform this terminal enrolled with: mutual TLS with the device key and certificate,
 * trusting the CA pinned at enrollment. Refused when the terminal is not enrolled or a file is missing.
 * transports: what carries the requests (tests: an in-process platform); empty: libcurl.
 */
[[nodiscard]] Result<std::unique_ptr<PlatformClient>> enrolledClient(const Database& db,
                                                                     const SyncState& state,
                                                                     const Clock& clock,
                                                                     const TransportFactory& transports = {});

/** Stores how the client's requests went (the online indicator), keeping later outcomes already stored. */
[[nodiscard]] Result<void> saveRequestOutcomes(Database& db, const RequestOutcomes& outcomes);

} // namespace o2o
