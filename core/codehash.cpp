#include "core/codehash.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace o2o {

struct CodeHasher::Impl {
    EVP_MAC* mac = nullptr;
    EVP_MAC_CTX* keyed = nullptr; // initialised with the key once; duplicated per hash (cheap)
    ~Impl() {
        EVP_MAC_CTX_free(keyed);
        EVP_MAC_free(mac);
    }
};

CodeHasher::CodeHasher(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
CodeHasher::CodeHasher(CodeHasher&&) noexcept = default;
CodeHasher& CodeHasher::operator=(CodeHasher&&) noexcept = default;
CodeHasher::~CodeHasher() = default;

Result<CodeHasher> CodeHasher::create(const QByteArray& key) {
    if (key.size() != kKeyBytes)
        return fail(ErrorCode::Crypto, QStringLiteral("the code hash key must be %1 bytes").arg(kKeyBytes));
    auto impl = std::make_unique<Impl>();
    impl->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (impl->mac)
        impl->keyed = EVP_MAC_CTX_new(impl->mac);
    if (!impl->keyed)
        return fail(ErrorCode::Crypto, QStringLiteral("OpenSSL has no HMAC"));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (EVP_MAC_init(impl->keyed, reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()),
                     params) != 1)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot key the code hash"));
    return CodeHasher(std::move(impl));
}

QByteArray CodeHasher::generateKey() {
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyBytes) != 1)
        return {};
    return key;
}

QByteArray CodeHasher::hash(const QString& code) const {
    const QByteArray utf8 = code.toUtf8();
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLength = 0;
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(m_impl->keyed);
    const bool ok = ctx &&
                    EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(utf8.constData()),
                                   size_t(utf8.size())) == 1 &&
                    EVP_MAC_final(ctx, out, &outLength, sizeof out) == 1;
    EVP_MAC_CTX_free(ctx);
    if (!ok || outLength < size_t(kHashBytes))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), kHashBytes);
}

} // namespace o2o
