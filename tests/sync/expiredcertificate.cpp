#include "tests/sync/expiredcertificate.h"

#include "sync/devicefiles.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QList>
#include <QPair>
#include <QRandomGenerator>

#include <ctime>
#include <memory>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace o2o::test {

namespace {

struct OpenSslFree {
    void operator()(X509* p) const { X509_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
};
template <typename T> using OpenSslPtr = std::unique_ptr<T, OpenSslFree>;

} // namespace

QByteArray expiredDeviceCertificate(const QString& platformDir, const QString& terminalDir,
                                    const QString& deviceId) {
    const QDir platform(platformDir);
    const DeviceFiles files = DeviceFiles::in(terminalDir);
    const QByteArray caPem = fileBytes(platform.filePath(QStringLiteral("ca.crt")));
    const QByteArray caKeyPem = fileBytes(platform.filePath(QStringLiteral("ca.key")));
    const QByteArray deviceKeyPem = fileBytes(files.key);
    OpenSslPtr<BIO> caBio(BIO_new_mem_buf(caPem.constData(), int(caPem.size())));
    OpenSslPtr<BIO> caKeyBio(BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size())));
    OpenSslPtr<BIO> deviceKeyBio(BIO_new_mem_buf(deviceKeyPem.constData(), int(deviceKeyPem.size())));
    OpenSslPtr<X509> ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    OpenSslPtr<EVP_PKEY> caKey(PEM_read_bio_PrivateKey(caKeyBio.get(), nullptr, nullptr, nullptr));
    OpenSslPtr<EVP_PKEY> deviceKey(PEM_read_bio_PrivateKey(deviceKeyBio.get(), nullptr, nullptr, nullptr));
    OpenSslPtr<X509> cert(X509_new());
    if (!ca || !caKey || !deviceKey || !cert)
        return {};
    const QByteArray cn = deviceId.toUtf8();
    const time_t now = std::time(nullptr);
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                         long(QRandomGenerator::global()->bounded(1 << 30))) != 1 ||
        X509_NAME_add_entry_by_txt(X509_get_subject_name(cert.get()), "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()), -1,
                                   0) != 1 ||
        X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get())) != 1 ||
        !ASN1_TIME_set(X509_getm_notBefore(cert.get()), now - 2 * 86400) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), now - 86400) ||
        X509_set_pubkey(cert.get(), deviceKey.get()) != 1)
        return {};
    X509V3_CTX context;
    X509V3_set_ctx(&context, ca.get(), cert.get(), nullptr, nullptr, 0);
    const QList<QPair<int, const char*>> extensions{
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
        {NID_ext_key_usage, "clientAuth"},
    };
    for (const auto& [nid, value] : extensions) {
        X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        const bool added = extension && X509_add_ext(cert.get(), extension, -1) == 1;
        X509_EXTENSION_free(extension);
        if (!added)
            return {};
    }
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return {};
    OpenSslPtr<BIO> out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), cert.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(size));
}

} // namespace o2o::test
