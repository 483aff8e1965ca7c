#pragma once

#include "core/error.h"
#include "sync/httpclient.h"

namespace o2o {

/**
 * Where enrollment leaves the terminal's credentials, beside terminal.db in DATA_DIR: the private key
 * (mode 0600, never sent anywhere), the device certificate and the pinned platform CA.
 */
struct DeviceFiles {
    QString key;
    QString certificate;
    QString ca;

    static DeviceFiles in(const QString& dataDir);
    bool present() const;
    /** Mutual TLS with the device certificate, trusting the pinned CA only. */
    TlsSettings tls() const { return TlsSettings{ca, certificate, key}; }
};

/** Replaces path atomically; privateFile: mode 0600 before any byte is written. */
[[nodiscard]] Result<void> writeDeviceFile(const QString& path, const QByteArray& content, bool privateFile);

} // namespace o2o
