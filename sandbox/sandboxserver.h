#pragma once

#include "core/error.h"
#include "sandbox/serverlimits.h"

#include <QString>

#include <chrono>

namespace o2o::sandbox {

/** Where `o2o-sandbox serve` listens. */
struct ServeOptions {
    QString dataDir;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443; // 0: any free port
    // limits::kRequestDeadline unless O2O_SANDBOX_REQUEST_DEADLINE_MS says otherwise (commandServe): tests
    // of the deadline wait out a shorter one.
    std::chrono::milliseconds requestDeadline = limits::kRequestDeadline;
};

/**
 * Runs the reference platform server (docs/protocol.md) on the data directory until SIGINT or SIGTERM:
 * HTTPS with mutual TLS, the sync routes, and the faults `o2o-sandbox fault set` stores. Prints
 * "listening on https://HOST:PORT" once it accepts connections. Returns an error when it cannot start.
 */
[[nodiscard]] Result<void> runServer(const ServeOptions& options);

} // namespace o2o::sandbox
