#pragma once

#include <QByteArray>
#include <QString>

namespace o2o::test {

// The certificate the platform issued to this device, but expired yesterday. The sandbox cannot issue a
// short-lived certificate, so the test signs one itself with the sandbox's CA key (in the platform's data
// directory) for the terminal's own key, with the extensions the sandbox gives its device certificates.
// Empty when something could not be read or signed.
QByteArray expiredDeviceCertificate(const QString& platformDir, const QString& terminalDir,
                                    const QString& deviceId);

} // namespace o2o::test
