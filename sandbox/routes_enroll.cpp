// POST /v1/enroll: a pairing code and a CSR become a device certificate (docs/protocol.md, "Enrollment").
#include "sandbox/claimstore.h"
#include "sandbox/clientaddress.h"
#include "sandbox/httpreply.h"
#include "sandbox/pairingstore.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/serverlimits.h"
#include "sandbox/storesettingsstore.h"

#include <QRandomGenerator>

namespace o2o::sandbox {

namespace {

QString newDeviceId() {
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("dev-") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), 8).toHex());
}

} // namespace

void routeHealth(RouteContext&, const httplib::Request&, httplib::Response& res) {
    replyJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

void routeCa(RouteContext& context, const httplib::Request&, httplib::Response& res) {
    replyJson(res, 200,
              QJsonObject{
                  {QStringLiteral("ca_certificate_pem"), QString::fromLatin1(context.ca.certificatePem())}});
}

void routeEnroll(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
    // Checked before anything else: while a client waits, a right code is refused like any other, so a
    // guesser learns nothing from it.
    const std::string client = clientKey(req.remote_addr);
    if (const int wait = context.enrollment.secondsToWait(client, context.nowMs); wait > 0) {
        replyError(res, 429,
                   QStringLiteral("too many wrong pairing codes from this address: wait %1 s").arg(wait));
        res.set_header("Retry-After", std::to_string(wait));
        return;
    }
    const auto body = jsonBody(context.body);
    if (!body)
        return replyError(res, 400, QStringLiteral("the body is not a JSON object"));
    // Installers type the code: case and surrounding blanks do not matter.
    const QString code = body->value(QStringLiteral("pairing_code")).toString().trimmed().toUpper();
    const QByteArray csr = body->value(QStringLiteral("csr_pem")).toString().toUtf8();
    const QString terminalId = body->value(QStringLiteral("terminal_id")).toString().left(128);
    const QString software = body->value(QStringLiteral("software")).toString().left(200);
    if (code.isEmpty() || csr.isEmpty())
        return replyError(res, 400, QStringLiteral("pairing_code and csr_pem are required"));

    sql::Connection& connection = context.store.connection();
    PairingStore pairing(connection);
    auto found = pairing.find(code);
    if (!found)
        return replyStoreError(res, found.error());
    const auto refuse = [&res] {
        replyError(res, 403,
                   QStringLiteral("the pairing code is unknown, used, expired or spent by wrong tries"));
    };
    if (!*found || !(*found)->usableAt(context.nowMs)) {
        // A wrong code counts against the client, and against the live code it was probably meant for.
        context.enrollment.recordFailure(client, context.nowMs);
        auto spent = pairing.recordMiss(code, context.nowMs);
        if (!spent)
            qCWarning(lcSandbox, "cannot count a wrong pairing code: %s", qPrintable(spent.error().message));
        else if (*spent)
            qCInfo(lcSandbox, "a pairing code is spent: %d wrong codes were sent for it from %s",
                   limits::kPairingCodeMisses, client.c_str());
        return refuse();
    }

    // The CSR is checked before the code is spent: a terminal with a broken CSR may try again.
    const QString deviceId = newDeviceId();
    auto certificate = context.ca.signDevice(csr, deviceId, context.nowMs / 1000);
    if (!certificate) {
        if (certificate.error().code == ErrorCode::InvalidInput)
            return replyError(res, 400, certificate.error().message);
        return replyStoreError(res, certificate.error());
    }

    sql::Transaction transaction(connection);
    if (auto r = transaction.begin(); !r)
        return replyStoreError(res, r.error());
    auto claimed = pairing.claim(code, context.nowMs, deviceId);
    if (!claimed)
        return replyStoreError(res, claimed.error());
    if (!*claimed)
        return refuse(); // another enrollment spent it a moment ago
    Device device;
    device.deviceId = deviceId;
    device.storeId = (*found)->storeId;
    device.terminalId = terminalId;
    device.software = software;
    device.certFingerprint = certificate->fingerprint;
    device.certNotAfter = certificate->notAfter;
    device.enrolledMs = context.nowMs;
    StoreSettingsStore settingsStore(connection);
    if (auto r = DeviceStore(connection).add(device); !r)
        return replyStoreError(res, r.error());
    if (auto r = ClaimStore(connection).keepCertificate(deviceId, certificate->pem); !r)
        return replyStoreError(res, r.error());
    if (auto r = settingsStore.ensure(device.storeId); !r)
        return replyStoreError(res, r.error());
    auto settings = settingsStore.get(device.storeId);
    if (!settings)
        return replyStoreError(res, settings.error());
    if (auto r = transaction.commit(); !r)
        return replyStoreError(res, r.error());

    qCInfo(lcSandbox, "enrolled %s for store %s", qPrintable(deviceId), qPrintable(device.storeId));
    replyJson(
        res, 200,
        QJsonObject{{QStringLiteral("device_id"), deviceId},
                    {QStringLiteral("store_id"), device.storeId},
                    {QStringLiteral("merchant_id"), qint64(context.store.merchantId())},
                    {QStringLiteral("device_certificate_pem"), QString::fromLatin1(certificate->pem)},
                    {QStringLiteral("ca_certificate_pem"), QString::fromLatin1(context.ca.certificatePem())},
                    {QStringLiteral("settings"), settings->toJson()}});
}

} // namespace o2o::sandbox
