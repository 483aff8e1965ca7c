#include "sync/enrollment.h"

#include "store/auditlog.h"

#include "core/codeinput.h"
#include "store/changeapply.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/changefeed.h"
#include "sync/devicecrypto.h"
#include "sync/devicefiles.h"
#include "sync/jsonfields.h"
#include "sync/platformclient.h"
#include "sync/synclog.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QUrl>

namespace o2o {

namespace {

struct EnrollAnswer {
    QString deviceId;
    QString storeId;
    qint64 merchantId = -1;
    QByteArray certificatePem;
    QByteArray caPem;
    std::optional<PlatformSettings> settings;
    qint64 serverTimeMs = 0;
};

Result<EnrollAnswer> readAnswer(const QByteArray& body) {
    auto o = json::parseObject(body, QStringLiteral("enrollment"));
    if (!o)
        return Unexpected(o.error());
    json::Reader r(*o, QStringLiteral("the enrollment answer"));
    EnrollAnswer a;
    a.deviceId = r.string(QLatin1StringView("device_id"));
    a.storeId = r.string(QLatin1StringView("store_id"));
    a.merchantId = r.integer(QLatin1StringView("merchant_id"));
    a.certificatePem = r.string(QLatin1StringView("device_certificate_pem")).toUtf8();
    a.caPem = r.string(QLatin1StringView("ca_certificate_pem")).toUtf8();
    a.serverTimeMs = r.integer(QLatin1StringView("server_time_ms"));
    const QJsonObject settings = r.object(QLatin1StringView("settings"));
    if (!r.ok())
        return r.failure();
    auto parsed = parsePlatformSettings(settings);
    if (!parsed)
        return Unexpected(parsed.error());
    a.settings = *parsed;
    if (a.deviceId.isEmpty() || a.deviceId.size() > 128 || a.storeId.isEmpty() || a.storeId.size() > 64 ||
        a.storeId.contains(u','))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the enrollment answer has a bad device or store id"));
    return a;
}

// The answer is trusted only if the connection it came over was made by a server the CA vouches for.
Result<QString> checkAnswer(const EnrollAnswer& a, const QList<QByteArray>& chain, const QString& host,
                            const QString& wantedFingerprint, const QByteArray& keyPem) {
    auto fingerprint = certificateFingerprint(a.caPem);
    if (!fingerprint)
        return Unexpected(fingerprint.error());
    if (!wantedFingerprint.isEmpty() && *fingerprint != wantedFingerprint)
        return fail(
            ErrorCode::Crypto,
            QStringLiteral("the platform's CA has fingerprint %1, not the %2 given: enrollment refused")
                .arg(*fingerprint, wantedFingerprint));
    if (auto r = verifyServerChain(chain, a.caPem, host); !r)
        return fail(ErrorCode::Crypto, r.error().message + QStringLiteral(": enrollment refused"));
    if (auto r = checkKeyMatchesCertificate(keyPem, a.certificatePem); !r)
        return Unexpected(r.error());
    auto cn = certificateCommonName(a.certificatePem);
    if (!cn || *cn != a.deviceId)
        return fail(ErrorCode::Crypto,
                    QStringLiteral("the device certificate is not made out to device %1").arg(a.deviceId));
    return *fingerprint;
}

Result<void> storeEnrollment(Database& db, const EnrollAnswer& a, const QString& url,
                             const QByteArray& keyPem, qint64 nowMs) {
    const DeviceFiles files = DeviceFiles::in(db.dataDir());
    if (auto r = writeDeviceFile(files.key, keyPem, true); !r)
        return r;
    if (auto r = writeDeviceFile(files.certificate, a.certificatePem, false); !r)
        return r;
    if (auto r = writeDeviceFile(files.ca, a.caPem, false); !r)
        return r;
    sql::Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r;
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return Unexpected(settings.error());
    settings->storeId = a.storeId;
    if (auto r = settings->save(db); !r)
        return r;
    if (auto r = applyPlatformSettings(db, a.settings, a.serverTimeMs); !r)
        return r;
    // A new enrollment may be a new platform or store: the next pull starts from the beginning.
    if (auto r = SyncState::put(db, {{"sync_platform_url", url},
                                     {"sync_device_id", a.deviceId},
                                     {"sync_merchant_id", QString::number(a.merchantId)},
                                     {"sync_enrolled_ms", QString::number(nowMs)},
                                     {"sync_settings_ms", QString::number(nowMs)},
                                     {"sync_cursor", QString()},
                                     {"sync_last_ok_ms", QString::number(nowMs)}});
        !r)
        return r;
    // Audited in the same transaction; its event goes to the platform it just joined.
    if (auto r = AuditLog(db).append(QStringLiteral("installer"), QStringLiteral("enroll"), a.deviceId,
                                     QStringLiteral("store %1 at %2").arg(a.storeId, url), nowMs);
        !r)
        return Unexpected(r.error());
    return transaction.commit();
}

// GET /v1/ca, before the pairing code goes anywhere: the CA must have the fingerprint the installer typed
// and must vouch for the server that handed it out. The enrollment request is then made over a connection
// that trusts this CA alone, so the code reaches the real platform or nobody.
Result<QByteArray> fetchFingerprintedCa(const QString& url, const QString& fingerprint) {
    HttpClient http(TlsSettings{});
    HttpRequest get;
    get.url = url + QStringLiteral("/v1/ca");
    get.captureCertificates = true;
    get.timeoutMs = PlatformClient::kRequestTimeoutMs;
    get.maxBodyBytes = 256 * 1024;
    auto response = http.send(get);
    if (!response)
        return Unexpected(response.error());
    if (response->status != 200)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("GET /v1/ca answered %1: the platform's CA cannot be checked against "
                                   "the fingerprint before the pairing code is sent")
                        .arg(response->status),
                    response->status >= 500);
    auto body = json::parseObject(response->body, QStringLiteral("GET /v1/ca"));
    if (!body)
        return Unexpected(body.error());
    json::Reader r(*body, QStringLiteral("GET /v1/ca"));
    const QByteArray caPem = r.string(QLatin1StringView("ca_certificate_pem")).toUtf8();
    if (!r.ok())
        return r.failure();
    // The fingerprint covers one certificate; anything beside it would be trusted unchecked.
    if (caPem.count("-----BEGIN") != 1)
        return fail(ErrorCode::Crypto,
                    QStringLiteral("GET /v1/ca must return exactly one certificate: enrollment refused"));
    auto actual = certificateFingerprint(caPem);
    if (!actual)
        return Unexpected(actual.error());
    if (*actual != fingerprint)
        return fail(ErrorCode::Crypto,
                    QStringLiteral("the platform's CA has fingerprint %1, not the %2 given: enrollment "
                                   "refused and the pairing code not sent")
                        .arg(*actual, fingerprint));
    if (auto v = verifyServerChain(response->peerCertificates, caPem, QUrl(url).host()); !v)
        return fail(ErrorCode::Crypto, v.error().message + QStringLiteral(": enrollment refused"));
    return caPem;
}

} // namespace

QString normalizePairingCode(const QString& text) {
    QString code = text.toUpper();
    code.remove(u' ').remove(u'-');
    static const QString kAlphabet = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
    if (code.size() != 10)
        return {};
    for (QChar c : code)
        if (!kAlphabet.contains(c))
            return {};
    return code;
}

Result<EnrollSummary> enroll(Database& db, const EnrollRequest& request, const Clock& clock) {
    auto url = normalizePlatformUrl(request.platformUrl);
    if (!url)
        return Unexpected(url.error());
    const QString code = normalizePairingCode(request.pairingCode);
    if (code.isEmpty())
        return fail(
            ErrorCode::Usage,
            QStringLiteral("the pairing code must be 10 characters from 2-9 and A-Z without I and O"));
    QString fingerprint;
    if (!request.caFingerprint.isEmpty()) {
        fingerprint = normalizeFingerprint(request.caFingerprint);
        if (fingerprint.isEmpty())
            return fail(ErrorCode::Usage,
                        QStringLiteral("--ca-fingerprint must be 64 hexadecimal digits (SHA-256)"));
    }
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return Unexpected(settings.error());
    auto key = generateDeviceKey(settings->terminalId);
    if (!key)
        return Unexpected(key.error());

    // Without a fingerprint there is nothing to check the server by yet: the handshake is not verified and
    // the chain it showed is checked against the CA in the answer. With one, the CA is checked first.
    TlsSettings tls;
    QTemporaryFile pinnedCa(QDir(db.dataDir()).filePath(QStringLiteral("enroll-ca-XXXXXX.pem")));
    if (!fingerprint.isEmpty()) {
        auto caPem = fetchFingerprintedCa(*url, fingerprint);
        if (!caPem)
            return Unexpected(caPem.error());
        if (!pinnedCa.open() || pinnedCa.write(*caPem) != caPem->size() || !pinnedCa.flush())
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(pinnedCa.fileName()));
        tls.caFile = pinnedCa.fileName();
    }
    qCInfo(lcSync) << "enrolling with" << *url << "pairing code" << maskCode(code);
    HttpClient http(tls);
    HttpRequest post;
    post.method = "POST";
    post.url = *url + QStringLiteral("/v1/enroll");
    post.captureCertificates = true;
    post.timeoutMs = PlatformClient::kRequestTimeoutMs;
    post.maxBodyBytes = 1024 * 1024;
    post.body =
        QJsonDocument(QJsonObject{{QStringLiteral("pairing_code"), code},
                                  {QStringLiteral("csr_pem"), QString::fromLatin1(key->csrPem)},
                                  {QStringLiteral("terminal_id"), settings->terminalId},
                                  {QStringLiteral("software"), QStringLiteral("o2o-terminal " O2O_VERSION)}})
            .toJson(QJsonDocument::Compact);
    auto response = http.send(post);
    if (!response)
        return Unexpected(response.error());
    if (response->status != 200) {
        auto error = json::parseObject(response->body, QStringLiteral("enrollment"));
        const QString message = error ? error->value(QLatin1StringView("error"))
                                            .toObject()
                                            .value(QLatin1StringView("message"))
                                            .toString()
                                      : QString();
        return fail(
            response->status == 403 ? ErrorCode::Crypto : ErrorCode::InvalidInput,
            QStringLiteral("the platform refused the enrollment (%1%2)%3")
                .arg(response->status)
                .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message.left(200))
                .arg(response->status == 403 ? QStringLiteral("; ask for a new pairing code") : QString()),
            response->status >= 500);
    }
    auto answer = readAnswer(response->body);
    if (!answer)
        return Unexpected(answer.error());
    auto caFingerprint =
        checkAnswer(*answer, response->peerCertificates, QUrl(*url).host(), fingerprint, key->privateKeyPem);
    if (!caFingerprint)
        return Unexpected(caFingerprint.error());
    if (auto r = storeEnrollment(db, *answer, *url, key->privateKeyPem, clock.nowMsecs()); !r)
        return Unexpected(r.error());
    qCInfo(lcSync) << "enrolled as" << answer->deviceId << "for store" << answer->storeId;
    return EnrollSummary{answer->deviceId,    answer->storeId, answer->merchantId, *caFingerprint, *url,
                         answer->serverTimeMs};
}

} // namespace o2o
