#include "sync/devicefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace o2o {

DeviceFiles DeviceFiles::in(const QString& dataDir) {
    const QDir dir(dataDir);
    return DeviceFiles{dir.filePath(QStringLiteral("device-key.pem")),
                       dir.filePath(QStringLiteral("device-cert.pem")),
                       dir.filePath(QStringLiteral("platform-ca.pem"))};
}

bool DeviceFiles::present() const {
    return QFile::exists(key) && QFile::exists(certificate) && QFile::exists(ca);
}

Result<void> writeDeviceFile(const QString& path, const QByteArray& content, bool privateFile) {
    QSaveFile out(path);
    const auto mode = privateFile ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(mode) ||
        out.write(content) != content.size() || !out.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

} // namespace o2o
