#include "sandbox/daysstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace o2o::sandbox {

QByteArray DaysStore::canonical(const QJsonObject& report) {
    return QJsonDocument(report).toJson(QJsonDocument::Compact); // QJsonObject keeps its keys sorted
}

QString DaysStore::sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<void> DaysStore::add(const ClosedDay& d) {
    auto stmt = m_connection.prepare(
        "INSERT INTO closed_days(device_id, terminal_id, store_id, day, closed_ms, by_staff, "
        "override_reason, "
        "report, report_sha256, event_id, received_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, d.deviceId).bind(2, d.terminalId).bind(3, d.storeId).bind(4, d.day).bind(5, d.closedMs);
    stmt->bind(6, d.byStaff).bind(7, d.overrideReason).bindUtf8(8, d.report).bind(9, d.reportSha256);
    stmt->bind(10, d.eventId).bind(11, d.receivedMs);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot record the closed day")));
    return {};
}

Result<bool> DaysStore::has(const QString& terminalId, const QString& day) {
    auto stmt = m_connection.prepare("SELECT 1 FROM closed_days WHERE terminal_id = ?1 AND day = ?2");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, terminalId).bind(2, day);
    const int rc = stmt->step();
    if (rc != sql::kRow && rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the closed days")));
    return rc == sql::kRow;
}

Result<std::vector<ClosedDay>> DaysStore::ofStore(const QString& storeId) {
    auto stmt = m_connection.prepare(
        "SELECT device_id, terminal_id, store_id, day, closed_ms, by_staff, override_reason, report, "
        "report_sha256, event_id, received_ms FROM closed_days WHERE store_id = ?1 ORDER BY day, "
        "terminal_id");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, storeId);
    std::vector<ClosedDay> days;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        days.push_back(ClosedDay{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->int64(4),
                                 stmt->text(5), stmt->text(6), stmt->text(7).toUtf8(), stmt->text(8),
                                 stmt->text(9), stmt->int64(10)});
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the closed days")));
    return days;
}

} // namespace o2o::sandbox
