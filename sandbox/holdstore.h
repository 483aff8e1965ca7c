#pragma once

#include "store/sqlite.h"

#include <functional>
#include <optional>
#include <vector>

namespace o2o::sandbox {

/** Uses or balance reserved for an online-only redemption between prepare and its event. */
struct Hold {
    enum class State { Held, Confirmed, Released };

    QString holdId;
    QString deviceId;
    QString redemptionId;
    QString voucherId;
    int uses = 1;
    qint64 amount = 0;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    State state = State::Held;
};

/** Holds in platform.db (POST /v1/redemptions/prepare). */
class HoldStore {
public:
    static constexpr qint64 kLifetimeMs = 10 * 60 * 1000;

    explicit HoldStore(sql::Connection& connection)
        : m_connection(connection) {}

    [[nodiscard]] Result<void> add(const Hold& hold);
    [[nodiscard]] Result<std::optional<Hold>> byId(const QString& holdId);
    /** A retried prepare finds the hold its first attempt made. */
    [[nodiscard]] Result<std::optional<Hold>> byRedemption(const QString& deviceId,
                                                           const QString& redemptionId);
    /** The oldest hold still reserving this voucher (held or confirmed). */
    [[nodiscard]] Result<std::optional<Hold>> oldestActive(const QString& voucherId);
    /** Holds still held although they expired before nowMs: the caller gives their uses back. */
    [[nodiscard]] Result<std::vector<Hold>> expired(qint64 nowMs);
    [[nodiscard]] Result<void> setState(const QString& holdId, Hold::State state);

private:
    [[nodiscard]] Result<std::vector<Hold>> select(const char* where,
                                                   const std::function<void(sql::Statement&)>& bind);

    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
