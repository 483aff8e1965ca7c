#pragma once

#include "core/error.h"

#include <QByteArray>

#include <memory>

namespace o2o {

/** An Ed25519 public key (32 raw bytes), parsed once so that each verification is cheap. */
class Ed25519PublicKey {
public:
    static constexpr int kBytes = 32;
    static constexpr int kSignatureBytes = 64;

    [[nodiscard]] static Result<Ed25519PublicKey> fromRaw(const QByteArray& raw);
    Ed25519PublicKey(const Ed25519PublicKey& other);
    Ed25519PublicKey& operator=(const Ed25519PublicKey& other);
    Ed25519PublicKey(Ed25519PublicKey&&) noexcept;
    Ed25519PublicKey& operator=(Ed25519PublicKey&&) noexcept;
    ~Ed25519PublicKey();

    const QByteArray& raw() const { return m_raw; }
    /** True when signature is this key's Ed25519 signature of message. */
    bool verify(QByteArrayView message, QByteArrayView signature) const;

private:
    struct Impl;
    Ed25519PublicKey(QByteArray raw, std::shared_ptr<Impl> impl);
    QByteArray m_raw;
    std::shared_ptr<Impl> m_impl; // immutable once made, so copies share it
};

/** An Ed25519 private key: on the platform (sandbox) and in the customer's wallet, never in the terminal. */
class Ed25519PrivateKey {
public:
    static constexpr int kSeedBytes = 32;

    [[nodiscard]] static Result<Ed25519PrivateKey> generate();
    [[nodiscard]] static Result<Ed25519PrivateKey> fromSeed(const QByteArray& seed);
    Ed25519PrivateKey(Ed25519PrivateKey&&) noexcept;
    Ed25519PrivateKey& operator=(Ed25519PrivateKey&&) noexcept;
    ~Ed25519PrivateKey();

    /** The 32-byte seed, for storing the key. Treat as a secret: never log it. */
    QByteArray seed() const;
    QByteArray publicRaw() const;
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView message) const;

private:
    struct Impl;
    explicit Ed25519PrivateKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace o2o
