#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace o2o {

enum class FileAccess {
    OwnerOnly, // keys: 0600 from the first byte (the temporary file is 0600 too)
    Readable,  // certificates: 0644, others may read them
};

/**
 * Writes a file whole or not at all (QSaveFile: a temporary file beside it, fsynced, then renamed), so
 * a crash or a full disk never leaves half a key or certificate behind. The one atomic writer of the
 * terminal and the platform.
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes,
                                               FileAccess access);

} // namespace o2o
