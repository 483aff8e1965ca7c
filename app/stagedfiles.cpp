#include "app/stagedfiles.h"

#include <cerrno>

namespace o2o {

Result<void> StagedFiles::stage(const QString& path, const QByteArray& bytes) {
    auto file = std::make_unique<QSaveFile>(path);
    // flush() pushes the bytes to the file system now, so "no space left" shows here and not at commit.
    if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size() || !file->flush()) {
        const QString why = qt_error_string(errno); // QSaveFile's own errorString() says "Unknown error"
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    m_files.push_back(std::move(file));
    return {};
}

Result<void> StagedFiles::commitAll() {
    for (auto& file : m_files) {
        if (!file->commit())
            return fail(ErrorCode::Io,
                        QStringLiteral("cannot write %1: %2").arg(file->fileName(), file->errorString()));
    }
    m_files.clear();
    return {};
}

} // namespace o2o
