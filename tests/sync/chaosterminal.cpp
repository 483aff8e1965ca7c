#include "tests/sync/chaosterminal.h"

#include "core/clock.h"
#include "store/outbox.h"
#include "store/redemptionservice.h"
#include "store/saleservice.h"
#include "sync/backoff.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <chrono>

namespace o2o::test {

namespace {

// Enough of a message to tell failures apart without the details that make each one unique.
QString failureKind(const QString& message) {
    return message.section(u' ', 0, 5);
}

} // namespace

void ChaosTerminal::start(const std::atomic_bool& trading) {
    m_thread = std::thread([this, &trading] { run(trading); });
}

void ChaosTerminal::join() {
    if (m_thread.joinable())
        m_thread.join();
}

void ChaosTerminal::run(const std::atomic_bool& trading) {
    auto db = Database::open(m_dataDir);
    if (!db) {
        m_figures.fatal = db.error().message;
        return;
    }
    SystemClock clock;
    RedemptionService redemptions(**db, clock);
    SaleService sales(**db, clock);
    SyncEngine engine(**db, clock, m_transports);
    QRandomGenerator random(m_seed);
    Backoff backoff([&random] { return random.generateDouble() * kBackoffTimeScale; });
    const auto cycle = [&]() -> Result<CycleReport> {
        ++m_figures.cycles;
        auto report = engine.runCycle();
        if (report) {
            ++m_figures.completedCycles;
            backoff.reset();
        } else {
            ++m_figures.cycleErrors[failureKind(report.error().message)];
            std::this_thread::sleep_for(
                std::chrono::milliseconds(backoff.nextDelayMs(engine.retryAfterSecs())));
        }
        return report;
    };

    while (trading.load()) {
        // A redemption and a sale every third cycle: enough to keep uploads going, without the fsyncs of
        // ten thousand more commits crowding out the requests on a CI machine.
        if (m_figures.cycles % kCyclesPerTrade != 0) {
            (void)cycle();
            continue;
        }
        RedeemInput redeem;
        redeem.code = m_passCode;
        auto redeemed = redemptions.redeem(redeem);
        if (!redeemed) {
            m_figures.fatal = redeemed.error().message;
            return;
        }
        ++(redeemed->verdict.accepted() ? m_figures.redeemed : m_figures.refused);
        SaleInput sale;
        sale.lines.append(SaleLineInput{{}, QStringLiteral("Tea"), QStringLiteral("2.50"), 1});
        auto sold = sales.sell(sale);
        if (!sold || !sold->sale) {
            m_figures.fatal = sold ? QStringLiteral("a sale was refused") : sold.error().message;
            return;
        }
        ++m_figures.sold;
        (void)cycle();
    }

    // The faults have stopped: sync until a cycle completes with nothing left to send.
    const QDeadlineTimer deadline(std::chrono::minutes(1));
    while (!deadline.hasExpired()) {
        auto report = cycle();
        auto pending = Outbox(**db).pending();
        if (report && pending && *pending == 0) {
            m_figures.settled = true;
            return;
        }
    }
}

} // namespace o2o::test
