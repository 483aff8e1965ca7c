#pragma once

#include "store/sqlite.h"

#include <optional>
#include <vector>

namespace o2o::sandbox {

/** A fault the server injects into its next `remaining` requests whose path starts with pathPrefix. */
struct Fault {
    qint64 id = 0;
    QString kind; // a FaultKind name (faultkind.h)
    QString pathPrefix = QStringLiteral("/v1/");
    int remaining = 1;
    int seconds = 0;     // stall: how long to hold the answer back
    int retryAfter = -1; // status_503 / status_429: the Retry-After header; -1: none
    int passFirst = 0;   // matching requests let through untouched before the fault strikes
    int stallMs = 0;     // chaos (not stored): a stall in milliseconds, in place of seconds
};

/** The faults in platform.db: set by `o2o-sandbox fault`, consumed by the running server. */
class FaultStore {
public:
    explicit FaultStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** Replaces every fault with this one. */
    [[nodiscard]] Result<void> set(const Fault& fault);
    [[nodiscard]] Result<void> clear();
    [[nodiscard]] Result<std::vector<Fault>> all();
    /** Takes one count of the oldest fault matching path, if any (none while it still lets requests pass). */
    [[nodiscard]] Result<std::optional<Fault>> take(const QString& path);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
