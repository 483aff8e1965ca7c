#pragma once

#include <QString>

namespace o2o {

/** What the bytes of a database file say about it, read before SQLite is allowed to touch it. */
struct DatabaseFileCheck {
    enum class State { Missing, Terminal, Damaged, Foreign } state = State::Missing;
    QString reason; // for Damaged and Foreign: why, in words for an installer
    /** For Terminal: the header's user_version (the schema), as of the last checkpoint. */
    int schemaVersion = 0;
};

/** Our SQLite application_id ("O2OT"): tells our database from any other SQLite file. */
constexpr quint32 kApplicationId = 0x4F324F54;

/** Reads the 100-byte SQLite header and the file size; never writes. */
DatabaseFileCheck inspectDatabaseFile(const QString& path);

/**
 * Copies a refused database (and its WAL) into DATA_DIR/support/ for the support team, leaving the
 * original where it is, byte for byte. Returns the copy's path, or an empty string if copying failed.
 */
QString copyAsideForSupport(const QString& path);

} // namespace o2o
