#pragma once

// One terminal of the network chaos test (tests/sync/tst_networkchaos.cpp): its own thread, its own
// database, the real RedemptionService, SaleService and SyncEngine over libcurl.
#include "sync/transport.h"

#include <QMap>
#include <QString>
#include <atomic>
#include <thread>

namespace o2o::test {

/**
 * Redeems a multi-use pass and rings up a sale before every third sync cycle, over and over while trading
 * is set, retrying failed cycles after the product's Backoff (full jitter) with its time scaled down to
 * milliseconds so the run fits in CI. Once trading stops it syncs until a cycle completes with the
 * outbox empty (settled), or gives up after a minute.
 */
class ChaosTerminal {
public:
    /** What the thread did; read after join(). */
    struct Figures {
        int redeemed = 0;
        int refused = 0;
        int sold = 0;
        int cycles = 0;
        int completedCycles = 0;
        bool settled = false;
        QString fatal;                  // a local failure that stopped the thread
        QMap<QString, int> cycleErrors; // why cycles failed (the message's first words)
    };

    // The product's Backoff draws from [0, 1 s * 2^attempt] capped at 300 s; the test draws from a
    // ten-thousandth of that (0.1 ms doubling to 30 ms): the same jitter on the scale of this run, where
    // most cycles fail.
    static constexpr double kBackoffTimeScale = 0.0001;
    static constexpr int kCyclesPerTrade = 3;

    ChaosTerminal(QString dataDir, QString passCode, TransportFactory transports, quint32 seed)
        : m_dataDir(std::move(dataDir))
        , m_passCode(std::move(passCode))
        , m_transports(std::move(transports))
        , m_seed(seed) {}
    ~ChaosTerminal() { join(); }
    ChaosTerminal(const ChaosTerminal&) = delete;
    ChaosTerminal& operator=(const ChaosTerminal&) = delete;

    void start(const std::atomic_bool& trading);
    void join();
    const Figures& figures() const { return m_figures; }

private:
    void run(const std::atomic_bool& trading);

    QString m_dataDir;
    QString m_passCode;
    TransportFactory m_transports;
    quint32 m_seed;
    Figures m_figures;
    std::thread m_thread;
};

} // namespace o2o::test
