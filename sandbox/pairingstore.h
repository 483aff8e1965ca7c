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
    int misses = 0; // wrong codes sent for this one (PairingStore::recordMiss)

    /** Whether it can still enroll a terminal at nowMs: unused, unexpired, not spent by wrong tries. */
    bool usableAt(qint64 nowMs) const;
};

/**
 * Pairing codes in platform.db: made by `o2o-sandbox pair`, spent by POST /v1/enroll. The first
 * limits::kPairingPrefixLength characters of a code say which code a wrong one was meant for: no two live
 * codes share them, and limits::kPairingCodeMisses wrong codes for one code spend it.
 */
class PairingStore {
public:
    static constexpr qint64 kLifetimeMs = 15 * 60 * 1000;
    static constexpr int kCodeLength = 10;

    explicit PairingStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** A fresh code for storeId, valid for kLifetimeMs from nowMs, whose prefix no live code has. */
    [[nodiscard]] Result<PairingCode> create(const QString& storeId, qint64 nowMs);
    [[nodiscard]] Result<std::optional<PairingCode>> find(const QString& code);
    /**
     * Spends the code for deviceId if it is usable at nowMs; false otherwise. One statement, so two
     * enrollments racing for one code cannot both win.
     */
    [[nodiscard]] Result<bool> claim(const QString& code, qint64 nowMs, const QString& deviceId);
    /**
     * Counts a refused code against the live code it was meant for, the one with its prefix, if any. True
     * when that spent the code.
     */
    [[nodiscard]] Result<bool> recordMiss(const QString& code, qint64 nowMs);

    /** Ten characters without look-alikes (no 0/O, 1/I), as docs/protocol.md specifies. */
    static QString randomCode();

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
