#pragma once

#include "core/clock.h"
#include "store/database.h"
#include "store/redemptionservice.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>
#include <memory>

namespace o2o::test {

class FakePlatform;

/**
 * A terminal data directory that counts as enrolled with a FakePlatform without enrolling (tst_enrollment
 * enrolls against o2o-sandbox): the platform address, a device id, the store, and placeholder device
 * files, since the fake platform knows a terminal by its certificate file's path and reads nothing in
 * it. Redeems in process, as the window does; its database is this thread's connection. Kept in
 * /dev/shm when there is one.
 */
class FakeTerminal {
public:
    FakeTerminal();

    QString dataDir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    /** What the fake platform knows this terminal by. */
    QString client() const;

    /** Redeems a code offline (amount: stored value, in the voucher's currency). */
    [[nodiscard]] Result<RedemptionOutcome> redeem(const QString& code, const QString& amount = {});
    /** One cycle with an engine of its own, as `sync --once` makes one. */
    [[nodiscard]] Result<CycleReport> syncOnce(FakePlatform& platform);

    qint64 cachedVouchers();
    qint64 pendingEvents();
    bool online();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
};

} // namespace o2o::test
