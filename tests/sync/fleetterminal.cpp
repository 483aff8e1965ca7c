#include "tests/sync/fleetterminal.h"

#include "core/clock.h"
#include "store/outbox.h"
#include "store/saleservice.h"
#include "sync/enrollment.h"
#include "tests/sync/requestlog.h"

namespace o2o::test {

FleetTerminal::FleetTerminal(int index)
    // 127.0.0.1 stays the probe's and the admin's; 250 terminals to a /24.
    // Each terminal has a disk of its own; on the one disk of a test machine 200 terminals' fsyncs would
    // queue behind each other and measure that disk. tmpfs takes them out; the platform stays on disk.
    : m_dir(QStringLiteral("/dev/shm/o2o-fleet-XXXXXX"))
    , m_address(QStringLiteral("127.0.%1.%2").arg(1 + index / 250).arg(2 + index % 250).toLatin1()) {
    if (auto db = Database::open(m_dir.path()))
        m_db = std::move(*db);
}

QString FleetTerminal::enroll(const QString& platformUrl, const QString& pairingCode) {
    // A connection of the calling thread's own: terminals enroll on several threads at once.
    auto db = Database::open(m_dir.path());
    if (!db)
        return db.error().message;
    SystemClock clock;
    const auto summary = o2o::enroll(**db, EnrollRequest{platformUrl, pairingCode, {}}, clock);
    return summary ? QString() : summary.error().message;
}

bool FleetTerminal::sell(int count) {
    if (!m_db)
        return false;
    SystemClock clock;
    SaleService sales(*m_db, clock);
    SaleInput input;
    SaleLineInput line;
    line.name = QStringLiteral("Tea");
    line.priceText = QStringLiteral("2.20");
    input.lines = {line};
    input.cashier = QStringLiteral("ana");
    for (int i = 0; i < count; ++i) {
        const auto sale = sales.sell(input);
        if (!sale || !sale->sale)
            return false;
    }
    return true;
}

qint64 FleetTerminal::pending() {
    if (!m_db)
        return -1;
    const auto n = Outbox(*m_db).pending();
    return n ? *n : -1;
}

TransportFactory FleetTerminal::transports(RequestLog& log) const {
    return recordingTransports(log, m_address);
}

} // namespace o2o::test
