#pragma once

#include "core/error.h"

#include <QSaveFile>
#include <memory>
#include <vector>

namespace o2o {

/**
 * Files written in full beside their final names and put in place together by commitAll(): a command
 * that also commits to the database stages its files first, so a full disk fails it before anything
 * changed. Files not committed are discarded when this goes away.
 */
class StagedFiles {
public:
    /** Writes bytes to a temporary file beside path (mode 0600 under the process umask). */
    [[nodiscard]] Result<void> stage(const QString& path, const QByteArray& bytes);
    /** Renames every staged file into place; stops at the first that fails. */
    [[nodiscard]] Result<void> commitAll();

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
};

} // namespace o2o
