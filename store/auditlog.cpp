#include "store/auditlog.h"

#include "store/eventqueue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace o2o {

namespace {
constexpr const char* kLast = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
constexpr const char* kInsert =
    "INSERT INTO audit_log(seq, at_ms, actor, action, subject, detail, prev_hash, hash) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr const char* kAll =
    "SELECT seq, at_ms, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY rowid";

AuditEntry readEntry(const sql::Statement& stmt) {
    return AuditEntry{stmt.int64(0), stmt.int64(1), stmt.text(2), stmt.text(3),
                      stmt.text(4),  stmt.text(5),  stmt.blob(6), stmt.blob(7)};
}
} // namespace

namespace {
// A JSON string as QJsonDocument's compact form writes it (UTF-8, the same escapes), built directly:
// building a QJsonDocument per entry made `audit verify` of a million entries take seconds.
void appendJsonString(QByteArray& out, const QString& text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(kHex[u >> 4]);
                out.append(kHex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}
} // namespace

QByteArray AuditLog::canonicalFields(qint64 seq, qint64 atMs, const QString& actor, const QString& action,
                                     const QString& subject, const QString& detail) {
    QByteArray out;
    out.reserve(64 + actor.size() + action.size() + subject.size() + detail.size());
    out.append('[').append(QByteArray::number(seq)).append(',').append(QByteArray::number(atMs));
    for (const QString* field : {&actor, &action, &subject, &detail}) {
        out.append(',');
        appendJsonString(out, *field);
    }
    out.append(']');
    return out;
}

QByteArray AuditLog::entryHash(const QByteArray& prevHash, qint64 seq, qint64 atMs, const QString& actor,
                               const QString& action, const QString& subject, const QString& detail) {
    // One JSON array: an unambiguous encoding of the fields (no separator can be forged inside a field).
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(prevHash);
    sha.addData(canonicalFields(seq, atMs, actor, action, subject, detail));
    return sha.result();
}

Result<AuditEntry> AuditLog::append(const QString& actor, const QString& action, const QString& subject,
                                    const QString& detail, qint64 atMs) {
    auto last = m_db.connection().prepare(kLast);
    if (!last)
        return Unexpected(last.error());
    AuditEntry e;
    e.seq = 1;
    e.prevHash = QByteArray(kHashBytes, '\0');
    if (const int rc = last->step(); rc == sql::kRow) {
        e.seq = last->int64(0) + 1;
        e.prevHash = last->blob(1);
    } else if (rc != sql::kDone) {
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the audit log")));
    }
    e.atMs = atMs;
    e.actor = actor;
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    e.hash = entryHash(e.prevHash, e.seq, e.atMs, e.actor, e.action, e.subject, e.detail);
    auto insert = m_db.connection().prepare(kInsert);
    if (!insert)
        return Unexpected(insert.error());
    insert->bind(1, e.seq)
        .bind(2, e.atMs)
        .bind(3, e.actor)
        .bind(4, e.action)
        .bind(5, e.subject)
        .bind(6, e.detail);
    insert->bindBlob(7, e.prevHash).bindBlob(8, e.hash);
    if (const int rc = insert->step(); rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot write the audit log")));
    const QJsonObject payload{{QStringLiteral("seq"), e.seq},
                              {QStringLiteral("at_ms"), e.atMs},
                              {QStringLiteral("actor"), e.actor},
                              {QStringLiteral("action"), e.action},
                              {QStringLiteral("subject"), e.subject},
                              {QStringLiteral("detail"), e.detail},
                              {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                              {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
    if (auto queued = EventQueue(m_db).queue(QStringLiteral("audit"), payload, atMs); !queued)
        return Unexpected(queued.error());
    return e;
}

Result<QList<AuditEntry>> AuditLog::entries() {
    auto stmt = m_db.connection().prepare(kAll);
    if (!stmt)
        return Unexpected(stmt.error());
    QList<AuditEntry> all;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        all.append(readEntry(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the audit log")));
    return all;
}

Result<AuditCheck> AuditLog::verify() {
    // In storage order (rowid), not by seq: an entry moved to another place in the file shows as a break.
    auto stmt = m_db.connection().prepare(kAll);
    if (!stmt)
        return Unexpected(stmt.error());
    AuditCheck check;
    QByteArray prevHash(kHashBytes, '\0');
    qint64 expectedSeq = 1;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow) {
        const AuditEntry e = readEntry(*stmt);
        ++check.entries;
        const auto broken = [&](const QString& problem) {
            check.intact = false;
            check.firstBadSeq = expectedSeq; // the first place the chain does not go on as it must
            check.problem = problem;
        };
        if (e.seq != expectedSeq)
            broken(QStringLiteral(
                       "entry %1 stands where entry %2 should (an entry was deleted, inserted or moved)")
                       .arg(e.seq)
                       .arg(expectedSeq));
        else if (e.prevHash != prevHash)
            broken(QStringLiteral("entry %1 does not follow the entry before it").arg(e.seq));
        else if (e.hash != entryHash(e.prevHash, e.seq, e.atMs, e.actor, e.action, e.subject, e.detail))
            broken(QStringLiteral("entry %1 was changed after it was written").arg(e.seq));
        if (!check.intact)
            return check;
        prevHash = e.hash;
        ++expectedSeq;
    }
    if (rc != sql::kDone)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the audit log")));
    return check;
}

} // namespace o2o
