#include "store/pinhash.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace o2o {

namespace {
// OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): about 30 ms here, so five guesses cost little
// to a cashier and a stolen database costs a brute-forcer 10^4..10^12 such hashes per staff member.
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;
} // namespace

bool isWellFormedPin(const QString& pin) {
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Result<QString> hashPin(const QString& pin) {
    const QByteArray secret = pin.toUtf8();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), kSaltBytes / 4);
    const size_t length = argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int rc =
        argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, secret.constData(), size_t(secret.size()),
                              salt.constData(), kSaltBytes, kHashBytes, encoded.data(), length);
    if (rc != ARGON2_OK)
        return fail(
            ErrorCode::Crypto,
            QStringLiteral("cannot hash the PIN: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool pinMatches(const QString& encodedHash, const QString& pin) {
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray secret = pin.toUtf8();
    return argon2id_verify(encoded.constData(), secret.constData(), size_t(secret.size())) == ARGON2_OK;
}

} // namespace o2o
