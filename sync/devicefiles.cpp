#include "sync/devicefiles.h"

#include "store/atomicfile.h"

#include <QDir>
#include <QFile>

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
    return writeFileAtomically(path, content, privateFile ? FileAccess::OwnerOnly : FileAccess::Readable);
}

} // namespace o2o
