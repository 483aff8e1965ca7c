#pragma once

#include "core/clock.h"
#include "store/database.h"

namespace o2o {

struct EnrollRequest {
    QString platformUrl;   // https://host:port
    QString pairingCode;   // ten characters from 23456789ABCDEFGHJKLMNPQRSTUVWXYZ
    QString caFingerprint; // optional: SHA-256 of the platform CA, as the installer typed it
};

struct EnrollSummary {
    QString deviceId;
    QString storeId;
    qint64 merchantId = -1;
    QString caFingerprint;
    QString platformUrl;
    qint64 serverTimeMs = 0;
};

/**
 * Enrolls this terminal (docs/protocol.md, "Enrollment"): makes its own ECDSA P-256 key, sends a CSR
 * with the pairing code, and accepts the answer only if the certificate the server presented chains to
 * the CA in the answer (and that CA has the fingerprint given, if any) and the device certificate is for
 * this key. Then it stores the key (0600), the certificate, the pinned CA, the store, merchant and settings.
 * A refused answer stores nothing. The pairing code is never logged whole.
 */
[[nodiscard]] Result<EnrollSummary> enroll(Database& db, const EnrollRequest& request, const Clock& clock);

/** A pairing code in canonical form (upper case, spaces and dashes dropped); empty if it cannot be one. */
QString normalizePairingCode(const QString& text);

} // namespace o2o
