#pragma once

#include <QJsonObject>
#include <QString>

namespace o2o::bench {

/** What `o2o-bench sync` is asked to do. */
struct SyncBenchOptions {
    qint64 vouchers = 1'000'000; // issued on the platform, then pulled whole
    int events = 10'000;         // offline redemptions, then uploaded
    int deltaChanges = 1'000;    // changes after the initial pull (half new vouchers, half revocations)
    bool keepWorkDir = false;    // leave the platform and terminal directories (for profiling)
};

/**
 * The sync benchmark against a real `o2o-sandbox serve` on 127.0.0.1 over mutual TLS: the initial pull of
 * N vouchers and a delta pull, each one `o2o-terminal sync --once` process whose own time and peak RSS
 * (wait4) are the figures; then the upload of offline redemptions through the engine's Uploader in this
 * process, timed alone, with the HTTP requests counted from the server's request log.
 */
QJsonObject runSyncBenchmark(const QString& workDir, const SyncBenchOptions& options);

} // namespace o2o::bench
