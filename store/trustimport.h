#pragma once

#include "store/database.h"

namespace o2o {

/** What a trust import did, for the installer's screen. */
struct TrustImportSummary {
    qint64 sequence = 0;
    int keys = 0;
    qint64 revoked = 0;
    QString rootFingerprint;
    bool firstTrust = false; // the root key was pinned by this import
    bool unchanged = false;  // the terminal already held this very list
};

/**
 * Replaces the signing keys and the revocation list with a signed trust file's, all or nothing.
 * Refuses an unsigned, wrongly signed, truncated or older file, and one signed by another root key
 * than the one pinned on the first import; a refused file changes nothing.
 */
[[nodiscard]] Result<TrustImportSummary> importTrustFile(Database& db, const QByteArray& content);

} // namespace o2o
