#pragma once

#include "store/sqlite.h"

#include <QJsonObject>
#include <optional>

namespace o2o::sandbox {

/** A terminal's audit chain as the platform holds it. */
struct AuditChain {
    QString deviceId;
    QString terminalId;
    qint64 entries = 0;
    qint64 lastSeq = 0;
    QByteArray lastHash;    // 32 bytes; zeros before the first entry
    qint64 firstBadSeq = 0; // 0: every entry so far extended the chain
    QString problem;
};

/**
 * The audit chains of platform.db. Each `audit` event must extend its terminal's chain: the next sequence
 * number, the previous entry's hash, and a hash that matches its fields. The first entry that does not
 * marks the chain broken for good (docs/protocol.md, "Audit").
 */
class AuditChainStore {
public:
    explicit AuditChainStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** Adds one entry (an audit event's payload) to the device's chain; the caller holds the transaction. */
    [[nodiscard]] Result<void> extend(const QString& deviceId, const QString& terminalId,
                                      const QJsonObject& entry);
    /** The chain of a terminal, by its terminal id or its device id. */
    [[nodiscard]] Result<std::optional<AuditChain>> find(const QString& terminalOrDevice);

private:
    [[nodiscard]] Result<void> save(const AuditChain& chain);

    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
