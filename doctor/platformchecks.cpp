// The platform: reachable, the TLS credentials enrollment left, the clock against the platform's.
#include "doctor/doctorchecks.h"
#include "sync/devicecrypto.h"
#include "sync/devicefiles.h"
#include "sync/enrolledclient.h"

#include <QElapsedTimer>
#include <QFile>

namespace o2o::doctor {

namespace {

constexpr qint64 kHealthTimeoutMs = 10'000;
constexpr qint64 kCertWarnDays = 30;
constexpr qint64 kClockWarnMs = 60'000;
constexpr qint64 kClockFailMs = 5 * 60'000; // beyond this, time-dependent verdicts become clock_untrusted
constexpr qint64 kDayMs = 86'400'000;

const QString kEnrollHint =
    QStringLiteral("enroll: o2o-terminal enroll --platform https://HOST:PORT --pairing-code CODE");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CheckResult tlsCheck(const Context& context) {
    const QString name = QStringLiteral("tls");
    const DeviceFiles files = DeviceFiles::in(context.options.dataDir);
    const QString reEnroll =
        QStringLiteral("ask the platform for a new pairing code and enroll again (o2o-terminal enroll)");
    if (!files.present())
        return failed(name,
                      QStringLiteral("enrolled, but the device key, certificate or pinned CA is missing"),
                      reEnroll);
    const QByteArray ca = readAll(files.ca);
    const QByteArray cert = readAll(files.certificate);
    const QByteArray key = readAll(files.key);
    auto fingerprint = certificateFingerprint(ca);
    if (!fingerprint)
        return failed(name,
                      QStringLiteral("the pinned CA cannot be read: %1").arg(fingerprint.error().message),
                      reEnroll);
    if (auto issued = checkIssuedBy(cert, ca); !issued)
        return failed(name, issued.error().message, reEnroll);
    if (auto matches = checkKeyMatchesCertificate(key, cert); !matches)
        return failed(name, QStringLiteral("the device key does not match its certificate"), reEnroll);
    auto caValidity = certificateValidity(ca);
    auto validity = certificateValidity(cert);
    if (!validity || !caValidity)
        return failed(name, (!validity ? validity : caValidity).error().message, reEnroll);
    const qint64 notAfter = std::min(validity->notAfterMs, caValidity->notAfterMs);
    const qint64 days = (notAfter - context.nowMs) / kDayMs;
    const QString detail =
        QStringLiteral("client certificate valid for %1 more days (until %2); CA pinned, SHA-256 …%3")
            .arg(days)
            .arg(QDateTime::fromMSecsSinceEpoch(notAfter, Qt::UTC).toString(Qt::ISODate),
                 fingerprint->right(8));
    if (notAfter <= context.nowMs || validity->notBeforeMs > context.nowMs + kClockFailMs)
        return failed(
            name,
            QStringLiteral("the client certificate is not valid now (valid %1 to %2)")
                .arg(QDateTime::fromMSecsSinceEpoch(validity->notBeforeMs, Qt::UTC).toString(Qt::ISODate),
                     QDateTime::fromMSecsSinceEpoch(notAfter, Qt::UTC).toString(Qt::ISODate)),
            QStringLiteral("check the clock (timedatectl); if it is right, enroll again"));
    if (days < kCertWarnDays)
        return warn(name, detail, QStringLiteral("enroll again before it expires"));
    return pass(name, detail);
}

} // namespace

void platformChecks(Context& context, QList<CheckResult>& out) {
    const QString platform = QStringLiteral("platform");
    const QString tls = QStringLiteral("tls");
    const QString clock = QStringLiteral("clock");
    if (!context.db || !context.sync) {
        const QString detail = QStringLiteral("not checked: the database cannot be read");
        const QString hint = QStringLiteral("see the database check");
        out.append({warn(platform, detail, hint), warn(tls, detail, hint), warn(clock, detail, hint)});
        return;
    }
    const SyncState& sync = *context.sync;
    if (!sync.enrolled()) {
        out.append(
            warn(platform, QStringLiteral("not enrolled: the terminal works offline only"), kEnrollHint));
        out.append(warn(tls, QStringLiteral("not enrolled: no device certificate"), kEnrollHint));
        out.append(warn(clock,
                        QStringLiteral("not enrolled: the clock cannot be compared with the platform's"),
                        QStringLiteral("keep the system clock synchronised (timedatectl set-ntp true)")));
        return;
    }
    const CheckResult tlsResult = tlsCheck(context);

    SystemClock systemClock;
    auto client = enrolledClient(*context.db, sync, systemClock, context.options.transports);
    if (!client) {
        out.append(failed(platform, client.error().message, kEnrollHint));
        out.append(tlsResult);
        out.append(warn(clock, QStringLiteral("not compared: the platform cannot be asked"),
                        QStringLiteral("see the platform check")));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 sentMs = QDateTime::currentMSecsSinceEpoch();
    auto health = (*client)->getJson(QStringLiteral("/v1/health"), kHealthTimeoutMs);
    const qint64 roundTripMs = timer.elapsed();
    if (!health) {
        out.append(failed(platform,
                          QStringLiteral("%1 did not answer /v1/health: %2")
                              .arg(sync.platformUrl, health.error().error.message),
                          QStringLiteral("check the network, the firewall (outgoing HTTPS to %1) and DNS; "
                                         "redemptions continue offline within the offline budget")
                              .arg(sync.platformUrl)));
        out.append(tlsResult);
        out.append(warn(clock, QStringLiteral("not compared: the platform did not answer"),
                        QStringLiteral("see the platform check")));
        return;
    }
    out.append(pass(platform, QStringLiteral("%1 answered /v1/health in %2 ms as device %3")
                                  .arg(sync.platformUrl)
                                  .arg(roundTripMs)
                                  .arg(sync.deviceId)));
    out.append(tlsResult);
    // The platform's time stands for the middle of the round trip.
    const qint64 serverMs = (*client)->serverTimeMs();
    const qint64 offsetMs = sentMs + roundTripMs / 2 - serverMs;
    const QString detail = QStringLiteral("this clock is %1 %2 the platform's")
                               .arg(describeAge(std::abs(offsetMs)),
                                    offsetMs >= 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"));
    const QString hint =
        QStringLiteral("synchronise the clock: timedatectl set-ntp true (check timedatectl status)");
    if (serverMs <= 0)
        out.append(warn(clock, QStringLiteral("the platform's answer carried no time"), hint));
    else if (std::abs(offsetMs) > kClockFailMs)
        out.append(failed(clock, detail + QStringLiteral(": time-dependent vouchers may be refused"), hint));
    else if (std::abs(offsetMs) > kClockWarnMs)
        out.append(warn(clock, detail, hint));
    else
        out.append(pass(clock, detail));
}

} // namespace o2o::doctor
