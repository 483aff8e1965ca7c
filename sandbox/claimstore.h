#pragma once

#include "store/sqlite.h"

#include <optional>
#include <vector>

namespace o2o::sandbox {

/** A customer's claim on an in-store sale (docs/claim-codes.md). */
struct Claim {
    enum class State { Held, Claimed };

    QString terminalId;
    QString saleId;
    QString deviceId;
    QString storeId;
    QString memberId; // opaque here: whatever the platform's app says the customer is
    QString currency;
    qint64 totalMinor = 0;
    qint64 soldAtMs = 0;
    qint64 claimedMs = 0;
    qint64 appliedMs = 0; // 0 while held: the sale has not reached the platform
    State state = State::Held;

    QString stateName() const {
        return state == State::Held ? QStringLiteral("held") : QStringLiteral("claimed");
    }
};

/** A device certificate kept from enrollment, with the device it was issued to. */
struct ClaimCertificate {
    QString deviceId;
    QString storeId;
    QByteArray pem;
};

/**
 * Claims, the device certificates that check claim codes, and each store's claim window, in platform.db.
 * One claim per sale (terminal id and sale id): the table's key makes it exactly once.
 */
class ClaimStore {
public:
    /** How long after a sale it can be claimed when the platform set nothing: 30 days. */
    static constexpr qint64 kDefaultWindowHours = 30 * 24;

    explicit ClaimStore(sql::Connection& connection)
        : m_connection(connection) {}

    [[nodiscard]] Result<void> keepCertificate(const QString& deviceId, const QByteArray& pem);
    /** Certificates of the devices (not revoked) that enrolled under this terminal id, newest first. */
    [[nodiscard]] Result<std::vector<ClaimCertificate>> certificatesOf(const QString& terminalId);

    [[nodiscard]] Result<std::optional<Claim>> find(const QString& terminalId, const QString& saleId);
    /** False: the sale was claimed already (nothing written). */
    [[nodiscard]] Result<bool> add(const Claim& claim);
    /** The held claim on this sale becomes claimed; the claim if there was one. */
    [[nodiscard]] Result<std::optional<Claim>> applyHeld(const QString& terminalId, const QString& saleId,
                                                         qint64 nowMs);
    [[nodiscard]] Result<std::vector<Claim>> all();
    /** Whether the platform holds this terminal's accepted sale event for saleId. */
    [[nodiscard]] Result<bool> saleArrived(const QString& terminalId, const QString& saleId);
    /** Whether the platform accepted a void of the whole sale (a void naming no redemption). */
    [[nodiscard]] Result<bool> saleVoided(const QString& terminalId, const QString& saleId);

    /** Hours after the sale a claim is still taken; -1: no limit, 0: claims are closed. */
    [[nodiscard]] Result<qint64> windowHours(const QString& storeId);
    [[nodiscard]] Result<void> setWindowHours(const QString& storeId, qint64 hours);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
