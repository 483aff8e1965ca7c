#pragma once

#include "store/database.h"

#include <QHash>
#include <initializer_list>
#include <utility>

namespace o2o::meta {

/**
 * The meta table: the terminal's settings and sync state as key/value text. One reader and one writer,
 * so every settings-like record is stored the same way.
 */

/** Every key/value (keys starting with prefix when given); what says what failed, for the message. */
[[nodiscard]] Result<QHash<QString, QString>> read(Database& db, const QString& what,
                                                   const QString& prefix = {});
/** Writes the values in one transaction (joining the caller's when one is open). */
[[nodiscard]] Result<void> write(Database& db, const QString& what,
                                 std::initializer_list<std::pair<const char*, QString>> values);

} // namespace o2o::meta
