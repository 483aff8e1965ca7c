#include "sync/devicecrypto.h"

#include <QRegularExpression>
#include <ctime>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace o2o {

namespace {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
void freeCertStack(STACK_OF(X509) * stack) {
    sk_X509_pop_free(stack, X509_free);
}
using CertStack = std::unique_ptr<STACK_OF(X509), Deleter<freeCertStack>>;

Unexpected cryptoError(const QString& what) {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    return fail(ErrorCode::Crypto,
                code ? what + QStringLiteral(" (") + QString::fromLatin1(text) + u')' : what);
}

QByteArray bioBytes(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

Cert readCert(const QByteArray& pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

} // namespace

Result<DeviceKey> generateDeviceKey(const QString& commonName) {
    PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return cryptoError(QStringLiteral("cannot create the device key"));
    Req req(X509_REQ_new());
    X509_NAME* name = req ? X509_REQ_get_subject_name(req.get()) : nullptr;
    const QByteArray cn = commonName.toUtf8();
    if (!name || X509_REQ_set_version(req.get(), 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()), -1,
                                   0) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.get()) != 1 ||
        X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        return cryptoError(QStringLiteral("cannot create the certificate request"));
    Bio keyOut(BIO_new(BIO_s_mem()));
    Bio reqOut(BIO_new(BIO_s_mem()));
    if (!keyOut || !reqOut ||
        PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509_REQ(reqOut.get(), req.get()) != 1)
        return cryptoError(QStringLiteral("cannot write the device key"));
    return DeviceKey{bioBytes(keyOut.get()), bioBytes(reqOut.get())};
}

Result<QString> certificateFingerprint(const QByteArray& pem) {
    Cert cert = readCert(pem);
    if (!cert)
        return cryptoError(QStringLiteral("not a PEM certificate"));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &size) != 1)
        return cryptoError(QStringLiteral("cannot hash the certificate"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex());
}

QString normalizeFingerprint(const QString& text) {
    QString hex = text.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression kHex(QStringLiteral("^[0-9a-f]{64}$"));
    return kHex.match(hex).hasMatch() ? hex : QString();
}

Result<QString> certificateCommonName(const QByteArray& pem) {
    Cert cert = readCert(pem);
    if (!cert)
        return cryptoError(QStringLiteral("not a PEM certificate"));
    char cn[256] = {};
    const int size =
        X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, int(sizeof cn));
    if (size <= 0)
        return fail(ErrorCode::Crypto, QStringLiteral("the certificate has no common name"));
    return QString::fromUtf8(cn, size);
}

Result<void> checkKeyMatchesCertificate(const QByteArray& keyPem, const QByteArray& certPem) {
    Cert cert = readCert(certPem);
    Bio bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert || !key)
        return cryptoError(QStringLiteral("cannot read the device certificate or key"));
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return cryptoError(QStringLiteral("the device certificate was not issued for this terminal's key"));
    return {};
}

namespace {
qint64 asn1TimeMs(const ASN1_TIME* time) {
    struct tm parsed {};
    if (!time || ASN1_TIME_to_tm(time, &parsed) != 1)
        return 0;
    return qint64(timegm(&parsed)) * 1000;
}
} // namespace

Result<CertificateValidity> certificateValidity(const QByteArray& pem) {
    Cert cert = readCert(pem);
    if (!cert)
        return cryptoError(QStringLiteral("not a PEM certificate"));
    CertificateValidity validity{asn1TimeMs(X509_get0_notBefore(cert.get())),
                                 asn1TimeMs(X509_get0_notAfter(cert.get()))};
    if (validity.notAfterMs == 0)
        return cryptoError(QStringLiteral("the certificate's validity cannot be read"));
    return validity;
}

Result<void> checkIssuedBy(const QByteArray& certPem, const QByteArray& caPem) {
    Cert cert = readCert(certPem);
    Cert ca = readCert(caPem);
    if (!cert || !ca)
        return cryptoError(QStringLiteral("not a PEM certificate"));
    EVP_PKEY* caKey = X509_get0_pubkey(ca.get());
    if (!caKey || X509_verify(cert.get(), caKey) != 1)
        return cryptoError(QStringLiteral("the certificate was not issued by the pinned CA"));
    return {};
}

Result<void> verifyServerChain(const QList<QByteArray>& chainPem, const QByteArray& caPem,
                               const QString& host) {
    if (chainPem.isEmpty())
        return fail(ErrorCode::Crypto, QStringLiteral("the platform presented no certificate"));
    Cert ca = readCert(caPem);
    Cert leaf = readCert(chainPem.first());
    if (!ca || !leaf)
        return cryptoError(QStringLiteral("cannot read the platform's certificates"));
    Store store(X509_STORE_new());
    CertStack untrusted(sk_X509_new_null());
    StoreCtx ctx(X509_STORE_CTX_new());
    if (!store || !untrusted || !ctx || X509_STORE_add_cert(store.get(), ca.get()) != 1)
        return cryptoError(QStringLiteral("cannot check the platform's certificate"));
    for (qsizetype i = 1; i < chainPem.size(); ++i) {
        if (Cert c = readCert(chainPem.at(i)); c && sk_X509_push(untrusted.get(), c.get()) > 0)
            c.release();
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return cryptoError(QStringLiteral("cannot check the platform's certificate"));
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    // An address literal must be in the certificate's IP SANs, a name in its DNS SANs (as curl checks later).
    const QByteArray hostBytes = host.toUtf8();
    if (X509_VERIFY_PARAM_set1_ip_asc(param, hostBytes.constData()) != 1 &&
        X509_VERIFY_PARAM_set1_host(param, hostBytes.constData(), size_t(hostBytes.size())) != 1)
        return cryptoError(QStringLiteral("cannot check the platform's host name"));
    if (X509_verify_cert(ctx.get()) != 1) {
        const int why = X509_STORE_CTX_get_error(ctx.get());
        ERR_clear_error();
        return fail(ErrorCode::Crypto,
                    QStringLiteral("the platform's certificate does not chain to the CA it sent (%1)")
                        .arg(QString::fromLatin1(X509_verify_cert_error_string(why))));
    }
    return {};
}

} // namespace o2o
