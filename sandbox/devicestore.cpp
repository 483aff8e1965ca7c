#include "sandbox/devicestore.h"

namespace o2o::sandbox {

namespace {

constexpr const char* kColumns =
    "device_id, store_id, terminal_id, software, cert_fingerprint, cert_not_after, "
    "enrolled_ms, coalesce(revoked_ms, 0)";

Device readDevice(const sql::Statement& s) {
    return Device{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.int64(5), s.int64(6), s.int64(7)};
}

} // namespace

Result<void> DeviceStore::add(const Device& d) {
    auto stmt = m_connection.prepare("INSERT INTO devices(device_id, store_id, terminal_id, software, "
                                     "cert_fingerprint, cert_not_after, enrolled_ms) "
                                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, d.deviceId)
        .bind(2, d.storeId)
        .bind(3, d.terminalId)
        .bind(4, d.software)
        .bind(5, d.certFingerprint)
        .bind(6, d.certNotAfter)
        .bind(7, d.enrolledMs);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot save the device")));
    return {};
}

Result<std::optional<Device>> DeviceStore::one(const char* where, const QString& value) {
    const QByteArray sqlText = QByteArrayLiteral("SELECT ") + kColumns + " FROM devices WHERE " + where;
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, value);
    const int rc = stmt->step();
    if (rc == sql::kDone)
        return std::optional<Device>();
    if (rc != sql::kRow)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the devices")));
    return std::optional<Device>(readDevice(*stmt));
}

Result<std::optional<Device>> DeviceStore::byFingerprint(const QString& fingerprint) {
    return one("cert_fingerprint = ?1", fingerprint);
}

Result<std::optional<Device>> DeviceStore::byId(const QString& deviceId) {
    return one("device_id = ?1", deviceId);
}

Result<std::vector<Device>> DeviceStore::all() {
    const QByteArray sqlText = QByteArrayLiteral("SELECT ") + kColumns + " FROM devices ORDER BY enrolled_ms";
    auto stmt = m_connection.prepare(sqlText.constData());
    if (!stmt)
        return Unexpected(stmt.error());
    std::vector<Device> devices;
    int rc = sql::kRow;
    while ((rc = stmt->step()) == sql::kRow)
        devices.push_back(readDevice(*stmt));
    if (rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot read the devices")));
    return devices;
}

Result<bool> DeviceStore::revoke(const QString& deviceId, qint64 nowMs) {
    auto stmt = m_connection.prepare(
        "UPDATE devices SET revoked_ms = ?2 WHERE device_id = ?1 AND revoked_ms IS NULL");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, deviceId).bind(2, nowMs);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot revoke the device")));
    return m_connection.changes() == 1;
}

Result<bool> DeviceStore::forget(const QString& deviceId) {
    auto stmt = m_connection.prepare("DELETE FROM devices WHERE device_id = ?1");
    if (!stmt)
        return Unexpected(stmt.error());
    stmt->bind(1, deviceId);
    if (const int rc = stmt->step(); rc != sql::kDone)
        return Unexpected(m_connection.error(rc, QStringLiteral("cannot delete the device")));
    return m_connection.changes() == 1;
}

} // namespace o2o::sandbox
