#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace o2o {

/**
 * A claim code (docs/claim-codes.md): the terminal's signed statement that it made a sale without a
 * member, which a customer scans in the platform's app to attach the sale to their online account.
 * Signed with the terminal's device key (ECDSA P-256, the key of its enrollment certificate), so the
 * platform needs nothing but the certificate it issued to believe it, and a printed receipt carries it.
 */
struct ClaimCode {
    static constexpr int kScopeBytes = 8;

    QString saleId;        // the sale's UUID, lower case without braces (as the terminal stores it)
    QString terminalId;    // the terminal's UUID, as it named itself at enrollment
    QByteArray storeScope; // storeScopeOf(store id): 8 bytes
    QString currency = QStringLiteral("EUR");
    quint32 totalMinor = 0;
    quint32 soldAt = 0; // Unix seconds, the terminal's trusted time of the sale
};

inline constexpr char kClaimCodePrefix[] = "O2OC:";

/** Why a claim code was refused, or Valid. */
enum class ClaimCheck { Valid, Malformed, BadSignature };

bool looksLikeClaimCode(QStringView code);

/** The bytes the signature covers (after the domain tag); refuses fields out of range. */
[[nodiscard]] Result<QByteArray> claimCodeBody(const ClaimCode& claim);
/** Signs with the device's private key (PEM, P-256) and encodes: prefix + Base45. */
[[nodiscard]] Result<QString> encodeClaimCode(const ClaimCode& claim, const QByteArray& privateKeyPem);
/** Signs a raw body as is: for test vectors and tools only. */
[[nodiscard]] Result<QString> signRawClaimBody(const QByteArray& body, const QByteArray& privateKeyPem);

/**
 * The fields as the code states them, before any signature check: the platform needs the terminal id
 * to find the certificate to check it with. Strict on prefix, length, version and field sense.
 */
std::optional<ClaimCode> readClaimCode(QStringView code);
/**
 * Checks the code against the certificate (PEM) of the terminal it names. The signature must be in
 * low-S form (the only form encodeClaimCode makes), so each sale has exactly one valid code per
 * signature and no bit of a valid code can be changed. Valid: *out holds the fields.
 */
ClaimCheck verifyClaimCode(QStringView code, const QByteArray& certificatePem, ClaimCode* out = nullptr);

/** The binary form between prefix and Base45, for tests that alter single bits. */
std::optional<QByteArray> claimCodeBytes(QStringView code);
QString claimCodeFromBytes(const QByteArray& bytes);

} // namespace o2o
