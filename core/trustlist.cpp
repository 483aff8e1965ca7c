#include "core/trustlist.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace o2o {

namespace {

constexpr QByteArrayView kHeader("O2O-TRUST 1\n");
constexpr QByteArrayView kSignatureLine("signature ");
constexpr QByteArrayView kTrustTag("O2O-TRUST-LIST-V1\0", 18);
constexpr qsizetype kRevokedLineBytes = 33; // 32 hex digits and a newline

Unexpected bad(const QString& what) {
    return fail(ErrorCode::InvalidInput, QStringLiteral("trust file refused: %1").arg(what));
}

QByteArray signedMessage(QByteArrayView content) {
    QByteArray message;
    message.reserve(kTrustTag.size() + content.size());
    message.append(kTrustTag);
    message.append(content);
    return message;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case is refused: one spelling per id keeps the signed bytes canonical
}

bool readRevoked(QByteArrayView lines, qint64 count, QByteArray& out) {
    // Compare by division: a signed header may announce any count, and count * 33 could overflow.
    if (count > lines.size() / kRevokedLineBytes || lines.size() != count * kRevokedLineBytes)
        return false;
    out.resize(count * 16);
    char* target = out.data();
    for (qsizetype i = 0; i < count; ++i) {
        const char* line = lines.data() + i * kRevokedLineBytes;
        if (line[32] != '\n')
            return false;
        for (int b = 0; b < 16; ++b) {
            const int high = hexDigit(line[2 * b]);
            const int low = hexDigit(line[2 * b + 1]);
            if (high < 0 || low < 0)
                return false;
            *target++ = char(high * 16 + low);
        }
    }
    return true;
}

std::optional<TrustedKey> readKey(const QJsonValue& value) {
    const QJsonObject o = value.toObject();
    TrustedKey key;
    key.publicKey = QByteArray::fromBase64(o.value(QLatin1StringView("public_key")).toString().toLatin1());
    key.validFrom = o.value(QLatin1StringView("valid_from")).toInteger(-1);
    key.validUntil = o.value(QLatin1StringView("valid_until")).toInteger(-1);
    if (key.publicKey.size() != Ed25519PublicKey::kBytes || key.validFrom < 0 || key.validUntil < 0 ||
        (key.validUntil != 0 && key.validUntil <= key.validFrom))
        return std::nullopt;
    return key;
}

} // namespace

QString keyFingerprint(const QByteArray& publicKey) {
    const QByteArray digest = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8);
    return QString::fromLatin1(digest.toHex(':'));
}

Result<QByteArray> writeTrustList(const TrustList& list, const Ed25519PrivateKey& rootKey) {
    QJsonArray keys;
    for (const TrustedKey& k : list.keys)
        keys.append(QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toBase64())},
                                {QStringLiteral("valid_from"), k.validFrom},
                                {QStringLiteral("valid_until"), k.validUntil}});
    const QJsonObject header{
        {QStringLiteral("sequence"), list.sequence},
        {QStringLiteral("issued_at"), list.issuedAt},
        {QStringLiteral("merchant_id"), qint64(list.merchantId)},
        {QStringLiteral("root_key"), QString::fromLatin1(rootKey.publicRaw().toBase64())},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("revoked_count"), qint64(list.revokedCount())},
    };
    QByteArray content = kHeader.toByteArray() + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    content.reserve(content.size() + list.revokedCount() * kRevokedLineBytes + 100);
    for (qsizetype i = 0; i < list.revokedCount(); ++i)
        content.append(list.revokedIds.mid(i * 16, 16).toHex()).append('\n');
    auto signature = rootKey.sign(signedMessage(content));
    if (!signature)
        return Unexpected(signature.error());
    return content + kSignatureLine.toByteArray() + signature->toBase64() + '\n';
}

Result<TrustList> readTrustList(const QByteArray& file, const QByteArray& pinnedRoot) {
    if (!file.startsWith(kHeader))
        return bad(QStringLiteral("not an O2O trust file"));
    // The signature is the last line: a file cut short anywhere has none, so it reads as unsigned.
    const qsizetype signatureAt = file.lastIndexOf("\n" + kSignatureLine.toByteArray()) + 1;
    if (signatureAt <= 0 || !file.endsWith('\n'))
        return bad(QStringLiteral("unsigned or truncated (no signature line at the end)"));
    const QByteArrayView content = QByteArrayView(file).first(signatureAt);
    const QByteArray signature = QByteArray::fromBase64(
        file.mid(signatureAt + kSignatureLine.size()).chopped(1), QByteArray::AbortOnBase64DecodingErrors);

    const qsizetype headerEnd = file.indexOf('\n', kHeader.size());
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(file.mid(kHeader.size(), headerEnd - kHeader.size()), &error);
    if (headerEnd < 0 || headerEnd >= signatureAt || error.error != QJsonParseError::NoError ||
        !doc.isObject())
        return bad(QStringLiteral("its header is not a JSON object"));
    const QJsonObject o = doc.object();
    TrustList list;
    list.rootKey = QByteArray::fromBase64(o.value(QLatin1StringView("root_key")).toString().toLatin1());
    if (!pinnedRoot.isEmpty() && list.rootKey != pinnedRoot)
        return bad(QStringLiteral("signed by root key %1, not the trusted %2")
                       .arg(keyFingerprint(list.rootKey), keyFingerprint(pinnedRoot)));
    auto root = Ed25519PublicKey::fromRaw(list.rootKey);
    if (!root)
        return bad(QStringLiteral("its root key is not an Ed25519 key"));
    if (!root->verify(signedMessage(content), signature))
        return bad(QStringLiteral("the signature does not match its content"));

    // Signed: from here on the content is the platform's, but still checked for sense.
    list.sequence = o.value(QLatin1StringView("sequence")).toInteger(-1);
    list.issuedAt = o.value(QLatin1StringView("issued_at")).toInteger(-1);
    const qint64 merchant = o.value(QLatin1StringView("merchant_id")).toInteger(-1);
    const qint64 revokedCount = o.value(QLatin1StringView("revoked_count")).toInteger(-1);
    if (list.sequence < 1 || list.issuedAt < 0 || merchant < 0 || merchant > 0xFFFFFFFFLL || revokedCount < 0)
        return bad(
            QStringLiteral("sequence, issued_at, merchant_id or revoked_count is missing or out of range"));
    list.merchantId = quint32(merchant);
    for (const QJsonValue k : o.value(QLatin1StringView("keys")).toArray()) {
        auto key = readKey(k);
        if (!key)
            return bad(QStringLiteral("a signing key entry is malformed"));
        list.keys.push_back(std::move(*key));
    }
    if (!readRevoked(content.sliced(headerEnd + 1), revokedCount, list.revokedIds))
        return bad(
            QStringLiteral("the revocation list does not hold the %1 ids it announces").arg(revokedCount));
    return list;
}

} // namespace o2o
