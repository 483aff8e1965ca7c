#include "store/atomicfile.h"

#include <QSaveFile>

namespace o2o {

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes, FileAccess access) {
    const auto mode = access == FileAccess::OwnerOnly ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(mode) || out.write(bytes) != bytes.size() ||
        !out.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace o2o
