#pragma once

#include "store/database.h"
#include "sync/transport.h"

#include <QTemporaryDir>
#include <memory>

namespace o2o::test {

class RequestLog;

/**
 * One terminal of tst_fleet's simulated fleet, in process: its own data directory and database, enrolled
 * with the real enrollment over HTTPS, selling through the real SaleService, syncing through the real
 * SyncEngine over libcurl from a 127.0.0.0/8 address of its own (a terminal in a store of its own).
 */
class FleetTerminal {
public:
    explicit FleetTerminal(int index);

    QString dataDir() const { return m_dir.path(); }
    QByteArray sourceAddress() const { return m_address; }
    /** Enrolls with this pairing code, on any thread; empty when it worked, else why not. */
    QString enroll(const QString& platformUrl, const QString& pairingCode);
    /** Rings up count cash sales, each a durable commit with its sale event in the outbox (test thread). */
    bool sell(int count);
    /** Events waiting for the platform; -1 when the outbox cannot be read. */
    qint64 pending();
    /** What a sync of this terminal travels over: libcurl from its own address, noted in log. */
    TransportFactory transports(RequestLog& log) const;

private:
    QTemporaryDir m_dir;
    QByteArray m_address;
    std::unique_ptr<Database> m_db;
};

} // namespace o2o::test
