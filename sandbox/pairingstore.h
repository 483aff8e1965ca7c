#pragma once

#include "store/sqlite.h"

#include <optional>

namespace o2o::sandbox {

/** A one-time code an installer types into a terminal to enroll it for a store. */
struct PairingCode {
    QString code;
    QString storeId;
    qint64 expiresMs = 0;
    bool used = false;
};

/** Pairing codes in platform.db: made by `o2o-sandbox pair`, spent by POST /v1/enroll. */
class PairingStore {
public:
    static constexpr qint64 kLifetimeMs = 15 * 60 * 1000;

    explicit PairingStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** A fresh code for storeId, valid for kLifetimeMs from nowMs. */
    [[nodiscard]] Result<PairingCode> create(const QString& storeId, qint64 nowMs);
    [[nodiscard]] Result<std::optional<PairingCode>> find(const QString& code);
    /**
     * Spends the code for deviceId if it is unused and unexpired at nowMs; false otherwise. One
     * statement, so two enrollments racing for one code cannot both win.
     */
    [[nodiscard]] Result<bool> claim(const QString& code, qint64 nowMs, const QString& deviceId);

    /** Ten characters without look-alikes (no 0/O, 1/I), as docs/protocol.md specifies. */
    static QString randomCode();

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
