#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace o2o::sandbox {

/** Frees OpenSSL objects held by unique_ptr. */
struct OpenSslFree {
    void operator()(X509* p) const { X509_free(p); }
    void operator()(X509_REQ* p) const { X509_REQ_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslFree>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OpenSslFree>;
using EvpKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree>;

/** The OpenSSL error queue (emptied) as an Error, so a log line says what OpenSSL refused. */
Error openSslError(const QString& context, ErrorCode code = ErrorCode::Crypto);

[[nodiscard]] Result<EvpKeyPtr> generateP256Key();

/** What a certificate says about its holder and what it may do; every one is signed with SHA-256. */
struct CertificateSpec {
    QString commonName;
    qint64 notBefore = 0; // Unix seconds
    qint64 notAfter = 0;
    bool isCa = false;
    bool serverAuth = false;
    bool clientAuth = false;
    QStringList dnsNames;
    QStringList ipAddresses;
};

/**
 * Makes a certificate for subjectKey signed by issuerKey. A null issuer makes it self-signed (the CA).
 * The serial is 128 random bits.
 */
[[nodiscard]] Result<X509Ptr> makeCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey, X509* issuer,
                                              EVP_PKEY* issuerKey);

QByteArray certificateToPem(X509* cert);
[[nodiscard]] Result<QByteArray> privateKeyToPem(EVP_PKEY* key);
[[nodiscard]] Result<X509Ptr> certificateFromPem(const QByteArray& pem);
[[nodiscard]] Result<EvpKeyPtr> privateKeyFromPem(const QByteArray& pem);

/** SHA-256 of the certificate's DER encoding, lower-case hex: how the platform recognises a device. */
QString certificateFingerprint(const X509* cert);
/** Unix seconds of the certificate's notAfter. */
qint64 certificateNotAfter(const X509* cert);

} // namespace o2o::sandbox
