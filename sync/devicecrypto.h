#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace o2o {

/** A fresh device key pair and the request for its certificate. The key is PEM (PKCS#8), unencrypted. */
struct DeviceKey {
    QByteArray privateKeyPem;
    QByteArray csrPem;
};

/** ECDSA P-256 key pair and a CSR signed with it (SHA-256), subject CN = commonName. */
[[nodiscard]] Result<DeviceKey> generateDeviceKey(const QString& commonName);

/** SHA-256 of the certificate's DER form, 64 lower-case hex digits. */
[[nodiscard]] Result<QString> certificateFingerprint(const QByteArray& pem);
/** A fingerprint as an installer may type it (colons, spaces, any case) in canonical form; empty if invalid.
 */
QString normalizeFingerprint(const QString& text);

/** The subject CN of a PEM certificate. */
[[nodiscard]] Result<QString> certificateCommonName(const QByteArray& pem);
/** Refuses a certificate that was not issued for this private key. */
[[nodiscard]] Result<void> checkKeyMatchesCertificate(const QByteArray& keyPem, const QByteArray& certPem);

/** When a certificate stops being valid (UTC ms since the epoch), and when it started. */
struct CertificateValidity {
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
};
[[nodiscard]] Result<CertificateValidity> certificateValidity(const QByteArray& pem);
/** Refuses a certificate that caPem did not sign (the device certificate against the pinned CA). */
[[nodiscard]] Result<void> checkIssuedBy(const QByteArray& certPem, const QByteArray& caPem);

/**
 * Verifies the chain a server presented (PEM, its own certificate first) against caPem as the only
 * trust anchor, including that the certificate names host (a DNS name or an IP address).
 */
[[nodiscard]] Result<void> verifyServerChain(const QList<QByteArray>& chainPem, const QByteArray& caPem,
                                             const QString& host);

} // namespace o2o
