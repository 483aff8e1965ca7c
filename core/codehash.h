#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace o2o {

/**
 * The keyed hash (HMAC-SHA-256, truncated to 128 bits) under which the cache stores a voucher code.
 * Without the key, which lives outside the database, a copied database neither reveals codes
 * nor lets anyone test guesses against it.
 */
class CodeHasher {
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kHashBytes = 16;

    [[nodiscard]] static Result<CodeHasher> create(const QByteArray& key);
    static QByteArray generateKey();

    CodeHasher(CodeHasher&&) noexcept;
    CodeHasher& operator=(CodeHasher&&) noexcept;
    ~CodeHasher();

    QByteArray hash(const QString& code) const;

private:
    struct Impl;
    explicit CodeHasher(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace o2o
