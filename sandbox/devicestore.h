#pragma once

#include "store/sqlite.h"

#include <optional>
#include <vector>

namespace o2o::sandbox {

/** An enrolled terminal, known by the fingerprint of the certificate the platform signed for it. */
struct Device {
    QString deviceId;
    QString storeId;
    QString terminalId; // what the terminal called itself at enrollment (its own UUID)
    QString software;
    QString certFingerprint; // SHA-256 of the certificate's DER, lower-case hex
    qint64 certNotAfter = 0; // Unix seconds
    qint64 enrolledMs = 0;
    qint64 revokedMs = 0; // 0: not revoked

    /** The terminal named in events and conflicts: its own id, else the device id. */
    QString terminal() const { return terminalId.isEmpty() ? deviceId : terminalId; }
};

/** Enrolled devices in platform.db. */
class DeviceStore {
public:
    explicit DeviceStore(sql::Connection& connection)
        : m_connection(connection) {}

    [[nodiscard]] Result<void> add(const Device& device);
    [[nodiscard]] Result<std::optional<Device>> byFingerprint(const QString& fingerprint);
    [[nodiscard]] Result<std::optional<Device>> byId(const QString& deviceId);
    [[nodiscard]] Result<std::vector<Device>> all();
    /** Its certificate is refused from now on (403). False: no such device, or already revoked. */
    [[nodiscard]] Result<bool> revoke(const QString& deviceId, qint64 nowMs);
    /** Deletes the device: its certificate becomes unknown (401), as after a platform reset. */
    [[nodiscard]] Result<bool> forget(const QString& deviceId);

private:
    [[nodiscard]] Result<std::optional<Device>> one(const char* where, const QString& value);

    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
