#include "sandbox/tlsutil.h"

#include <cstring>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace o2o::sandbox {

namespace {

struct BioFree {
    void operator()(BIO* p) const { BIO_free(p); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

QByteArray bioBytes(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

BioPtr readBio(const QByteArray& bytes) {
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

Result<void> addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return Unexpected(openSslError(QStringLiteral("cannot make the certificate extension %1")
                                           .arg(QString::fromLatin1(OBJ_nid2sn(nid)))));
    const int ok = X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    if (ok != 1)
        return Unexpected(openSslError(QStringLiteral("cannot add a certificate extension")));
    return {};
}

Result<void> setRandomSerial(X509* cert) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return Unexpected(openSslError(QStringLiteral("no randomness for a certificate serial")));
    bytes[0] &= 0x7F; // a positive INTEGER
    BIGNUM* bn = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) != nullptr;
    BN_free(bn);
    if (!ok)
        return Unexpected(openSslError(QStringLiteral("cannot set a certificate serial")));
    return {};
}

QByteArray subjectAltNames(const CertificateSpec& spec) {
    QStringList names;
    for (const QString& dns : spec.dnsNames)
        names.append(QStringLiteral("DNS:") + dns);
    for (const QString& ip : spec.ipAddresses)
        names.append(QStringLiteral("IP:") + ip);
    return names.join(u',').toUtf8();
}

} // namespace

Error openSslError(const QString& context, ErrorCode code) {
    QString detail;
    while (const unsigned long e = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(e, text, sizeof text);
        if (detail.isEmpty())
            detail = QString::fromLatin1(text);
    }
    return Error{code, detail.isEmpty() ? context : context + QStringLiteral(" (") + detail + u')'};
}

Result<EvpKeyPtr> generateP256Key() {
    EvpKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return Unexpected(openSslError(QStringLiteral("cannot generate a P-256 key")));
    return key;
}

Result<X509Ptr> makeCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey, X509* issuer,
                                EVP_PKEY* issuerKey) {
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return Unexpected(openSslError(QStringLiteral("cannot make a certificate")));
    O2O_TRY(setRandomSerial(cert.get()));
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()), -1,
                                   0) != 1 ||
        X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name) != 1 ||
        !ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(spec.notBefore)) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(spec.notAfter)) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1)
        return Unexpected(openSslError(QStringLiteral("cannot fill in the certificate")));

    X509* issuerCert = issuer ? issuer : cert.get();
    QList<QPair<int, QByteArray>> extensions{
        {NID_basic_constraints, spec.isCa ? "critical,CA:TRUE,pathlen:0" : "critical,CA:FALSE"},
        {NID_key_usage, spec.isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
    };
    QByteArrayList usages;
    if (spec.serverAuth)
        usages.append("serverAuth");
    if (spec.clientAuth)
        usages.append("clientAuth");
    if (!usages.isEmpty())
        extensions.append({NID_ext_key_usage, usages.join(',')});
    if (!spec.dnsNames.isEmpty() || !spec.ipAddresses.isEmpty())
        extensions.append({NID_subject_alt_name, subjectAltNames(spec)});
    for (const auto& [nid, value] : extensions)
        O2O_TRY(addExtension(cert.get(), issuerCert, nid, value));

    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return Unexpected(openSslError(QStringLiteral("cannot sign the certificate")));
    return cert;
}

QByteArray certificateToPem(X509* cert) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

Result<QByteArray> privateKeyToPem(EVP_PKEY* key) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Unexpected(openSslError(QStringLiteral("cannot encode the private key")));
    return bioBytes(bio.get());
}

Result<X509Ptr> certificateFromPem(const QByteArray& pem) {
    BioPtr bio = readBio(pem);
    X509Ptr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return Unexpected(openSslError(QStringLiteral("not a PEM certificate"), ErrorCode::InvalidInput));
    return cert;
}

Result<EvpKeyPtr> privateKeyFromPem(const QByteArray& pem) {
    BioPtr bio = readBio(pem);
    EvpKeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return Unexpected(openSslError(QStringLiteral("not a PEM private key"), ErrorCode::InvalidInput));
    return key;
}

QString certificateFingerprint(const X509* cert) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &size) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

qint64 certificateNotAfter(const X509* cert) {
    struct tm tm {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert), &tm) != 1)
        return 0;
    return qint64(timegm(&tm));
}

} // namespace o2o::sandbox
