#pragma once

#include "core/error.h"

#include <QString>

namespace o2o {

/** A staff PIN is 4 to 12 digits. */
bool isWellFormedPin(const QString& pin);

/**
 * The PIN's Argon2id hash in the PHC string form ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"): a fresh
 * random salt each time, the parameters travel with the hash, so they can be raised later.
 */
[[nodiscard]] Result<QString> hashPin(const QString& pin);
/** Whether pin matches an encoded hash made by hashPin (constant time inside libargon2). */
bool pinMatches(const QString& encodedHash, const QString& pin);

} // namespace o2o
