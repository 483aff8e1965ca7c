#pragma once

// What tst_sandboxserver needs to play a terminal against o2o-sandbox serve: HTTPS requests through the
// curl command-line tool (a real, independent TLS client) and device keys, CSRs and certificates made
// with OpenSSL. Header-only: the test is one source file (tests/CMakeLists.txt).

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace o2o::test {

/** One HTTP exchange as curl saw it. */
struct HttpResult {
    int curlExit = -1; // 0: a whole answer arrived; 18 cut short, 28 timed out, 52/56 connection closed
    int status = 0;    // 0: no status line arrived
    QByteArray headers;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const {
        QJsonParseError error{};
        QJsonDocument::fromJson(body, &error);
        return error.error == QJsonParseError::NoError;
    }
    QString errorCode() const {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QByteArray header(const QByteArray& name) const {
        for (const QByteArray& line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

/** A terminal's TLS identity: files curl presents with --cert and --key. */
struct Identity {
    QString keyPath;
    QString certPath;
    QString deviceId;
    QString terminalId;
};

/** Runs curl against the server, trusting only the sandbox CA, as a terminal pins it. */
class CurlClient {
public:
    CurlClient(QString baseUrl, QString caPath, QString workDir)
        : m_baseUrl(std::move(baseUrl))
        , m_caPath(std::move(caPath))
        , m_workDir(std::move(workDir)) {}

    HttpResult get(const QString& path, const Identity* identity = nullptr,
                   const QStringList& extra = {}) const {
        return run(QStringList{}, path, identity, extra);
    }
    HttpResult post(const QString& path, const QByteArray& body, const Identity* identity = nullptr,
                    const QStringList& extra = {}) const {
        const QString bodyPath = m_workDir + QStringLiteral("/request.json");
        QFile file(bodyPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            return {};
        file.close();
        return run({QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                    QStringLiteral("--data-binary"), QStringLiteral("@") + bodyPath},
                   path, identity, extra);
    }

private:
    HttpResult run(const QStringList& method, const QString& path, const Identity* identity,
                   const QStringList& extra) const {
        const QString bodyOut = m_workDir + QStringLiteral("/response.body");
        const QString headersOut = m_workDir + QStringLiteral("/response.headers");
        QFile::remove(bodyOut);
        QFile::remove(headersOut);
        QStringList args{QStringLiteral("-sS"),
                         QStringLiteral("--cacert"),
                         m_caPath,
                         QStringLiteral("--max-time"),
                         QStringLiteral("30"),
                         QStringLiteral("-o"),
                         bodyOut,
                         QStringLiteral("-D"),
                         headersOut,
                         QStringLiteral("-w"),
                         QStringLiteral("%{http_code}")};
        if (identity)
            args << QStringLiteral("--cert") << identity->certPath << QStringLiteral("--key")
                 << identity->keyPath;
        args << method << extra << m_baseUrl + path;
        QProcess curl;
        curl.start(QStandardPaths::findExecutable(QStringLiteral("curl")), args);
        HttpResult result;
        if (!curl.waitForFinished(60000)) {
            curl.kill();
            return result;
        }
        result.curlExit = curl.exitStatus() == QProcess::NormalExit ? curl.exitCode() : -1;
        result.status = curl.readAllStandardOutput().trimmed().toInt();
        result.headers = readFile(headersOut);
        result.body = readFile(bodyOut);
        return result;
    }
    static QByteArray readFile(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString m_baseUrl;
    QString m_caPath;
    QString m_workDir;
};

// --- OpenSSL: what a terminal makes for enrollment, and certificates the platform must refuse ---

struct OpenSslFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(X509_REQ* p) const { X509_REQ_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using CertPtr = std::unique_ptr<X509, OpenSslFree>;

inline KeyPtr newDeviceKey() {
    return KeyPtr(EVP_EC_gen("P-256"));
}

inline QByteArray bioText(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

inline QByteArray keyPem(EVP_PKEY* key) {
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioText(bio.get());
}

inline QByteArray certPem(X509* cert) {
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioText(bio.get());
}

inline void setCommonName(X509_NAME* name, const char* cn) {
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(cn), -1, -1,
                               0);
}

/** A CSR for key, signed with it, as a terminal sends it to POST /v1/enroll. */
inline QByteArray csrPem(EVP_PKEY* key) {
    std::unique_ptr<X509_REQ, OpenSslFree> req(X509_REQ_new());
    setCommonName(X509_REQ_get_subject_name(req.get()), "o2o-terminal");
    X509_REQ_set_pubkey(req.get(), key);
    X509_REQ_sign(req.get(), key, EVP_sha256());
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509_REQ(bio.get(), req.get());
    return bioText(bio.get());
}

/** A client certificate for key valid from..until (Unix seconds), signed by issuer (null: self-signed). */
inline CertPtr makeCertificate(EVP_PKEY* key, const char* cn, qint64 from, qint64 until, X509* issuer,
                               EVP_PKEY* issuerKey) {
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     long(QDateTime::currentMSecsSinceEpoch() & 0x7FFFFFFF));
    setCommonName(X509_get_subject_name(cert.get()), cn);
    X509_set_issuer_name(cert.get(),
                         issuer ? X509_get_subject_name(issuer) : X509_get_subject_name(cert.get()));
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(from));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(until));
    X509_set_pubkey(cert.get(), key);
    X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256());
    return cert;
}

inline CertPtr readCertificate(const QByteArray& pem) {
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

inline KeyPtr readKey(const QByteArray& pem) {
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

inline QString commonName(X509* cert) {
    char cn[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
    return QString::fromUtf8(cn);
}

} // namespace o2o::test
