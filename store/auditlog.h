#pragma once

#include "store/database.h"

#include <QList>

namespace o2o {

/** One entry of the audit log: who did what to what, chained to the entry before it. */
struct AuditEntry {
    qint64 seq = 0; // 1, 2, 3, ... without gaps
    qint64 atMs = 0;
    QString actor;       // a staff id, or "local:USER" for the machine's administrator
    QString action;      // sign_in, wrong_pin, lockout, staff_add, staff_pin, staff_disable, void, ...
    QString subject;     // what it acted on: a staff id, a redemption id, a business day
    QString detail;      // a reason or a few words; never a PIN or a code
    QByteArray prevHash; // 32 bytes: the previous entry's hash (zeros for the first)
    QByteArray hash;     // SHA-256 over prevHash and the fields above
};

/** What verify() found. */
struct AuditCheck {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // the first entry that does not extend the chain; 0 when intact
    QString problem;
};

/**
 * The tamper-evident audit log. Each entry is SHA-256-chained to the one before and written in the
 * transaction of the change it records, with an `audit` outbox event, so the platform holds the chain
 * too and notices an entry modified, deleted, inserted or reordered here (docs/protocol.md, "Audit").
 */
class AuditLog {
public:
    explicit AuditLog(Database& db)
        : m_db(db) {}

    /** Appends an entry and queues its event; the caller holds the transaction. */
    [[nodiscard]] Result<AuditEntry> append(const QString& actor, const QString& action,
                                            const QString& subject, const QString& detail, qint64 atMs);
    [[nodiscard]] Result<QList<AuditEntry>> entries();
    /** Walks the whole chain: every hash recomputed, every link and sequence number checked. */
    [[nodiscard]] Result<AuditCheck> verify();

    /** The compact JSON array [seq, at_ms, actor, action, subject, detail] the hash covers. */
    static QByteArray canonicalFields(qint64 seq, qint64 atMs, const QString& actor, const QString& action,
                                      const QString& subject, const QString& detail);
    static QByteArray entryHash(const QByteArray& prevHash, qint64 seq, qint64 atMs, const QString& actor,
                                const QString& action, const QString& subject, const QString& detail);
    static constexpr qsizetype kHashBytes = 32;

private:
    Database& m_db;
};

} // namespace o2o
