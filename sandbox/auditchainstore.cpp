#include "sandbox/auditchainstore.h"

#include "sandbox/jsonfields.h"
#include "store/auditlog.h"

namespace o2o::sandbox {

namespace {
constexpr const char* kColumns =
    "device_id, terminal_id, entries, last_seq, last_hash, first_bad_seq, problem";

AuditChain readChain(const sql::Statement& s) {
    return AuditChain{s.text(0), s.text(1), s.int64(2), s.int64(3), s.blob(4), s.int64(5), s.text(6)};
}

// Why the entry does not extend the chain; empty when it does.
QString breakIn(const AuditChain& chain, const QJsonObject& entry) {
    qint64 seq = 0;
    qint64 atMs = 0;
    if (!readJsonInteger(entry, QStringLiteral("seq"), -1, 1, kMaxJsonInteger, seq) ||
        !readJsonInteger(entry, QStringLiteral("at_ms"), -1, 0, kMaxJsonInteger, atMs))
        return QStringLiteral("an entry without a sequence number or time");
    const QByteArray prevHash =
        QByteArray::fromHex(entry.value(QStringLiteral("prev_hash")).toString().toLatin1());
    const QByteArray hash = QByteArray::fromHex(entry.value(QStringLiteral("hash")).toString().toLatin1());
    if (seq != chain.lastSeq + 1)
        return QStringLiteral("entry %1 arrived where entry %2 was due").arg(seq).arg(chain.lastSeq + 1);
    if (prevHash != chain.lastHash)
        return QStringLiteral("entry %1 does not follow the entry before it").arg(seq);
    const QString text[] = {
        entry.value(QStringLiteral("actor")).toString(), entry.value(QStringLiteral("action")).toString(),
        entry.value(QStringLiteral("subject")).toString(), entry.value(QStringLiteral("detail")).toString()};
    if (hash != AuditLog::entryHash(prevHash, seq, atMs, text[0], text[1], text[2], text[3]))
        return QStringLiteral("entry %1 does not match its hash").arg(seq);
    return {};
}
} // namespace

Result<void> AuditChainStore::extend(const QString& deviceId, const QString& terminalId,
                                     const QJsonObject& entry) {
    auto found = find(deviceId);
    if (!found)
        return Unexpected(found.error());
    AuditChain chain = found->value_or(
        AuditChain{deviceId, terminalId, 0, 0, QByteArray(AuditLog::kHashBytes, '\0'), 0, {}});
    if (chain.firstBadSeq != 0)
        return {}; // broken for good: what follows a break proves nothing
    const QString problem = breakIn(chain, entry);
    if (problem.isEmpty()) {
        ++chain.entries;
        chain.lastSeq = entry.value(QStringLiteral("seq")).toInteger();
        chain.lastHash = QByteArray::fromHex(entry.value(QStringLiteral("hash")).toString().toLatin1());
    } else {
        chain.firstBadSeq =
            std::max<qint64>(1, entry.value(QStringLiteral("seq")).toInteger(chain.lastSeq + 1));
        chain.problem = problem;
    }
    return save(chain);
}

Result<std::optional<AuditChain>> AuditChainStore::find(const QString& terminalOrDevice) {
    auto stmt =
        m_connection.prepare(QByteArray("SELECT ")
                                 .append(kColumns)
                                 .append(" FROM audit_chains WHERE device_id = ?1 OR terminal_id = ?1")
                                 .constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalOrDevice);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<AuditChain>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the audit chains")));
    return std::optional<AuditChain>(readChain(*stmt));
}

Result<void> AuditChainStore::save(const AuditChain& c) {
    auto stmt = m_connection.prepare(
        "INSERT INTO audit_chains(device_id, terminal_id, entries, last_seq, last_hash, first_bad_seq, "
        "problem) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(device_id) DO UPDATE SET terminal_id = "
        "excluded.terminal_id, "
        "entries = excluded.entries, last_seq = excluded.last_seq, last_hash = excluded.last_hash, "
        "first_bad_seq = excluded.first_bad_seq, problem = excluded.problem");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, c.deviceId).bind(2, c.terminalId).bind(3, c.entries).bind(4, c.lastSeq);
    stmt->bindBlob(5, c.lastHash).bind(6, c.firstBadSeq).bind(7, c.problem);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the audit chain")));
    return {};
}

} // namespace o2o::sandbox
