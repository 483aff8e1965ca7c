#pragma once

#include "sandbox/tlsutil.h"

#include <QString>

#include <memory>

namespace o2o::sandbox {

/** A device certificate the CA signed at enrollment. */
struct DeviceCertificate {
    QByteArray pem;
    QString fingerprint;
    qint64 notAfter = 0; // Unix seconds
};

/**
 * The platform's own certificate authority (DATA_DIR/ca.key, ca.crt): it signs the server's certificate
 * and every device certificate, and it is the only issuer the server accepts client certificates from.
 * Terminals pin it at enrollment. Thread-safe after construction: it is only read.
 */
class SandboxCa {
public:
    static constexpr qint64 kDeviceValiditySecs = 365LL * 86400;

    /** Loads the CA from dataDir, making it (key mode 0600) on first use. */
    [[nodiscard]] static Result<std::unique_ptr<SandboxCa>> loadOrCreate(const QString& dataDir,
                                                                         quint32 merchantId);

    /**
     * DATA_DIR/server.crt and server.key for host (plus localhost and 127.0.0.1), reissued when
     * missing, not from this CA, not valid for host or close to expiry. Returns their paths.
     */
    [[nodiscard]] Result<std::pair<QString, QString>> ensureServerCertificate(const QString& dataDir,
                                                                              const QString& host) const;

    /**
     * Checks a CSR (PEM, ECDSA P-256, self-signature valid) and signs a client certificate for it with
     * CN = deviceId, valid one year. A bad CSR is ErrorCode::InvalidInput.
     */
    [[nodiscard]] Result<DeviceCertificate> signDevice(const QByteArray& csrPem, const QString& deviceId,
                                                       qint64 nowSecs) const;

    X509* certificate() const { return m_cert.get(); }
    QByteArray certificatePem() const { return m_certPem; }

private:
    SandboxCa() = default;

    X509Ptr m_cert;
    EvpKeyPtr m_key;
    QByteArray m_certPem;
};

} // namespace o2o::sandbox
