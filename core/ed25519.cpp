#include "core/ed25519.h"

#include <openssl/evp.h>

namespace o2o {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

const unsigned char* bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

struct Ed25519PublicKey::Impl {
    Pkey key;
};

Ed25519PublicKey::Ed25519PublicKey(QByteArray raw, std::shared_ptr<Impl> impl)
    : m_raw(std::move(raw))
    , m_impl(std::move(impl)) {}
Ed25519PublicKey::Ed25519PublicKey(const Ed25519PublicKey&) = default;
Ed25519PublicKey& Ed25519PublicKey::operator=(const Ed25519PublicKey&) = default;
Ed25519PublicKey::Ed25519PublicKey(Ed25519PublicKey&&) noexcept = default;
Ed25519PublicKey& Ed25519PublicKey::operator=(Ed25519PublicKey&&) noexcept = default;
Ed25519PublicKey::~Ed25519PublicKey() = default;

Result<Ed25519PublicKey> Ed25519PublicKey::fromRaw(const QByteArray& raw) {
    if (raw.size() != kBytes)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("an Ed25519 public key has %1 bytes").arg(kBytes));
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), size_t(raw.size())));
    if (!key)
        return fail(ErrorCode::Crypto, QStringLiteral("OpenSSL refused the Ed25519 public key"));
    return Ed25519PublicKey(raw, std::make_shared<Impl>(Impl{std::move(key)}));
}

bool Ed25519PublicKey::verify(QByteArrayView message, QByteArrayView signature) const {
    if (signature.size() != kSignatureBytes)
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_impl->key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
                            size_t(message.size())) == 1;
}

struct Ed25519PrivateKey::Impl {
    Pkey key;
};

Ed25519PrivateKey::Ed25519PrivateKey(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
Ed25519PrivateKey::Ed25519PrivateKey(Ed25519PrivateKey&&) noexcept = default;
Ed25519PrivateKey& Ed25519PrivateKey::operator=(Ed25519PrivateKey&&) noexcept = default;
Ed25519PrivateKey::~Ed25519PrivateKey() = default;

Result<Ed25519PrivateKey> Ed25519PrivateKey::generate() {
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot generate an Ed25519 key"));
    return Ed25519PrivateKey(std::make_unique<Impl>(Impl{std::move(key)}));
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromSeed(const QByteArray& seed) {
    if (seed.size() != kSeedBytes)
        return fail(ErrorCode::InvalidInput, QStringLiteral("an Ed25519 seed has %1 bytes").arg(kSeedBytes));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size())));
    if (!key)
        return fail(ErrorCode::Crypto, QStringLiteral("OpenSSL refused the Ed25519 private key"));
    return Ed25519PrivateKey(std::make_unique<Impl>(Impl{std::move(key)}));
}

QByteArray Ed25519PrivateKey::seed() const {
    QByteArray out(kSeedBytes, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_private_key(m_impl->key.get(), reinterpret_cast<unsigned char*>(out.data()),
                                     &length) != 1)
        return {};
    return out;
}

QByteArray Ed25519PrivateKey::publicRaw() const {
    QByteArray out(Ed25519PublicKey::kBytes, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(m_impl->key.get(), reinterpret_cast<unsigned char*>(out.data()),
                                    &length) != 1)
        return {};
    return out;
}

Result<QByteArray> Ed25519PrivateKey::sign(QByteArrayView message) const {
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    QByteArray signature(Ed25519PublicKey::kSignatureBytes, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_impl->key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes(message),
                       size_t(message.size())) != 1)
        return fail(ErrorCode::Crypto, QStringLiteral("cannot sign with Ed25519"));
    return signature;
}

} // namespace o2o
