#include "sandbox/tlsca.h"

#include "store/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace o2o::sandbox {

namespace {

constexpr qint64 kClockSkewSecs = 5 * 60; // certificates start a little early: clocks drift
constexpr qint64 kCaValiditySecs = 20LL * 365 * 86400;
constexpr qint64 kServerValiditySecs = 365LL * 86400;
constexpr qint64 kRenewBeforeSecs = 30LL * 86400;

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isWildcard(const QString& host) {
    return host == QStringLiteral("0.0.0.0") || host == QStringLiteral("::") || host.isEmpty();
}

// Whether the server certificate on disk can still be used for host.
bool serverCertificateFits(X509* cert, X509* ca, const QString& host, qint64 now) {
    EVP_PKEY* caKey = X509_get0_pubkey(ca);
    if (!caKey || X509_verify(cert, caKey) != 1)
        return false;
    if (certificateNotAfter(cert) < now + kRenewBeforeSecs)
        return false;
    if (isWildcard(host))
        return true;
    const QByteArray h = host.toUtf8();
    if (!QHostAddress(host).isNull())
        return X509_check_ip_asc(cert, h.constData(), 0) == 1;
    return X509_check_host(cert, h.constData(), size_t(h.size()), 0, nullptr) == 1;
}

} // namespace

Result<std::unique_ptr<SandboxCa>> SandboxCa::loadOrCreate(const QString& dataDir, quint32 merchantId) {
    const QDir dir(dataDir);
    const QString certPath = dir.filePath(QStringLiteral("ca.crt"));
    const QString keyPath = dir.filePath(QStringLiteral("ca.key"));
    std::unique_ptr<SandboxCa> ca(new SandboxCa);
    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        auto cert = certificateFromPem(readFile(certPath));
        auto key = privateKeyFromPem(readFile(keyPath));
        if (!cert || !key)
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("%1 or %2 is damaged: remove both to make a new CA (terminals must then "
                               "enroll again)")
                    .arg(certPath, keyPath));
        ca->m_cert = std::move(*cert);
        ca->m_key = std::move(*key);
    } else {
        auto key = generateP256Key();
        if (!key)
            return Unexpected(key.error());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        CertificateSpec spec;
        spec.commonName = QStringLiteral("O2O Sandbox CA %1").arg(merchantId);
        spec.notBefore = now - kClockSkewSecs;
        spec.notAfter = now + kCaValiditySecs;
        spec.isCa = true;
        auto cert = makeCertificate(spec, key->get(), nullptr, key->get());
        if (!cert)
            return Unexpected(cert.error());
        auto keyPem = privateKeyToPem(key->get());
        if (!keyPem)
            return Unexpected(keyPem.error());
        // The key first: a certificate without its key would be useless on the next start.
        O2O_TRY(writeFileAtomically(keyPath, *keyPem, FileAccess::OwnerOnly));
        O2O_TRY(writeFileAtomically(certPath, certificateToPem(cert->get()), FileAccess::Readable));
        ca->m_cert = std::move(*cert);
        ca->m_key = std::move(*key);
    }
    ca->m_certPem = certificateToPem(ca->m_cert.get());
    return ca;
}

Result<std::pair<QString, QString>> SandboxCa::ensureServerCertificate(const QString& dataDir,
                                                                       const QString& host) const {
    const QDir dir(dataDir);
    const QString certPath = dir.filePath(QStringLiteral("server.crt"));
    const QString keyPath = dir.filePath(QStringLiteral("server.key"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (QFile::exists(keyPath)) {
        auto current = certificateFromPem(readFile(certPath));
        if (current && serverCertificateFits(current->get(), m_cert.get(), host, now))
            return std::pair{certPath, keyPath};
    }
    CertificateSpec spec;
    spec.commonName = isWildcard(host) ? QStringLiteral("localhost") : host;
    spec.notBefore = now - kClockSkewSecs;
    spec.notAfter = now + kServerValiditySecs;
    spec.serverAuth = true;
    spec.dnsNames = {QStringLiteral("localhost")};
    spec.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    // Listening on every interface: name the machine too, so terminals on the LAN can reach it by name.
    const QString name = isWildcard(host) ? QHostInfo::localHostName() : host;
    if (!QHostAddress(name).isNull()) {
        if (!spec.ipAddresses.contains(QHostAddress(name).toString()))
            spec.ipAddresses.append(QHostAddress(name).toString());
    } else if (!name.isEmpty() && !spec.dnsNames.contains(name)) {
        spec.dnsNames.append(name);
    }
    auto key = generateP256Key();
    if (!key)
        return Unexpected(key.error());
    auto cert = makeCertificate(spec, key->get(), m_cert.get(), m_key.get());
    if (!cert)
        return Unexpected(cert.error());
    auto keyPem = privateKeyToPem(key->get());
    if (!keyPem)
        return Unexpected(keyPem.error());
    O2O_TRY(writeFileAtomically(keyPath, *keyPem, FileAccess::OwnerOnly));
    O2O_TRY(writeFileAtomically(certPath, certificateToPem(cert->get()), FileAccess::Readable));
    return std::pair{certPath, keyPath};
}

Result<DeviceCertificate> SandboxCa::signDevice(const QByteArray& csrPem, const QString& deviceId,
                                                qint64 nowSecs) const {
    BIO* bio = BIO_new_mem_buf(csrPem.constData(), int(csrPem.size()));
    X509ReqPtr csr(bio ? PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr) : nullptr);
    BIO_free(bio);
    if (!csr)
        return Unexpected(openSslError(QStringLiteral("csr_pem is not a PEM certificate signing request"),
                                       ErrorCode::InvalidInput));
    EVP_PKEY* key = X509_REQ_get0_pubkey(csr.get());
    // The terminal proves it holds the private key: the request is signed with it.
    if (!key || X509_REQ_verify(csr.get(), key) != 1)
        return Unexpected(
            openSslError(QStringLiteral("the CSR's signature does not verify"), ErrorCode::InvalidInput));
    char group[64] = {};
    size_t groupLength = 0;
    if (!EVP_PKEY_is_a(key, "EC") ||
        EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &groupLength) != 1 ||
        QByteArray(group) != "prime256v1")
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CSR's key must be ECDSA P-256"));

    CertificateSpec spec;
    spec.commonName = deviceId; // the subject the terminal asked for is ignored: the platform names devices
    spec.notBefore = nowSecs - kClockSkewSecs;
    spec.notAfter = nowSecs + kDeviceValiditySecs;
    spec.clientAuth = true;
    auto cert = makeCertificate(spec, key, m_cert.get(), m_key.get());
    if (!cert)
        return Unexpected(cert.error());
    return DeviceCertificate{certificateToPem(cert->get()), certificateFingerprint(cert->get()),
                             certificateNotAfter(cert->get())};
}

} // namespace o2o::sandbox
