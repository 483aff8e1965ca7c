#include "sandbox/claimservice.h"

#include "core/claimcode.h"
#include "core/money.h"
#include "core/signedvoucher.h"
#include "sandbox/memberstore.h"
#include "sandbox/sandboxlog.h"

namespace o2o::sandbox {

namespace {

// The one place a claim takes effect (claimed at once, or held and applied when the sale arrives), in the
// caller's transaction: the member earns the sale's points and visit, as for a sale made for them.
Result<void> claimTookEffect(sql::Connection& connection, const Claim& claim) {
    // A sale voided before its claim took effect earns nothing (a void after it takes the points back).
    auto voided = ClaimStore(connection).saleVoided(claim.terminalId, claim.saleId);
    if (!voided)
        return Unexpected(voided.error());
    if (*voided) {
        qCInfo(lcSandbox, "sale %s was voided: its claim earns nothing", qPrintable(claim.saleId.left(8)));
        return {};
    }
    MemberEvent earned;
    earned.eventId = QStringLiteral("claim:%1:%2").arg(claim.terminalId, claim.saleId); // once per sale
    earned.type = QStringLiteral("claim");
    earned.memberId = claim.memberId.toLower();
    earned.terminalId = claim.terminalId;
    earned.atMs = claim.soldAtMs;
    earned.visit = 1;
    qint64 unit = 1;
    for (int i = 0; Money::isValidCurrency(claim.currency) && i < Money::minorDigits(claim.currency); ++i)
        unit *= 10;
    earned.points = claim.totalMinor / unit;
    O2O_TRY(MemberStore(connection).attribute(earned));
    qCInfo(lcSandbox, "sale %s of terminal %s claimed by member …%s: %lld points",
           qPrintable(claim.saleId.left(8)), qPrintable(claim.terminalId.left(8)),
           qPrintable(claim.memberId.right(4)), earned.points);
    return {};
}

} // namespace

QString claimResultName(ClaimResult result) {
    switch (result) {
    case ClaimResult::Claimed:
        return QStringLiteral("claimed");
    case ClaimResult::AlreadyClaimed:
        return QStringLiteral("already_claimed");
    case ClaimResult::Held:
        return QStringLiteral("held");
    case ClaimResult::BadSignature:
        return QStringLiteral("bad_signature");
    case ClaimResult::UnknownTerminal:
        return QStringLiteral("unknown_terminal");
    case ClaimResult::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

Result<ClaimResult> ClaimService::claim(const QString& code, const QString& memberId, qint64 nowMs) {
    // Not a claim code at all, or cut short: nothing a terminal signed.
    const auto stated = readClaimCode(code.trimmed());
    if (!stated)
        return ClaimResult::BadSignature;
    ClaimStore store(m_connection);
    auto certificates = store.certificatesOf(stated->terminalId);
    if (!certificates)
        return Unexpected(certificates.error());
    if (certificates->empty())
        return ClaimResult::UnknownTerminal;
    // A terminal that enrolled again has several certificates; codes printed before still count.
    const ClaimCertificate* signer = nullptr;
    ClaimCode fields;
    for (const ClaimCertificate& certificate : *certificates)
        if (verifyClaimCode(code.trimmed(), certificate.pem, &fields) == ClaimCheck::Valid) {
            signer = &certificate;
            break;
        }
    // A terminal vouches for its own store only.
    if (!signer || fields.storeScope != storeScopeOf(signer->storeId))
        return ClaimResult::BadSignature;

    sql::Transaction transaction(m_connection);
    O2O_TRY(transaction.begin());
    auto existing = store.find(fields.terminalId, fields.saleId);
    if (!existing)
        return Unexpected(existing.error());
    if (*existing)
        return ClaimResult::AlreadyClaimed;
    auto hours = store.windowHours(signer->storeId);
    if (!hours)
        return Unexpected(hours.error());
    if (*hours >= 0 && nowMs >= (qint64(fields.soldAt) + *hours * 3600) * 1000)
        return ClaimResult::Expired;
    auto arrived = store.saleArrived(fields.terminalId, fields.saleId);
    if (!arrived)
        return Unexpected(arrived.error());

    Claim claim;
    claim.terminalId = fields.terminalId;
    claim.saleId = fields.saleId;
    claim.deviceId = signer->deviceId;
    claim.storeId = signer->storeId;
    claim.memberId = memberId;
    claim.currency = fields.currency;
    claim.totalMinor = fields.totalMinor;
    claim.soldAtMs = qint64(fields.soldAt) * 1000;
    claim.claimedMs = nowMs;
    claim.state = *arrived ? Claim::State::Claimed : Claim::State::Held;
    claim.appliedMs = *arrived ? nowMs : 0;
    auto added = store.add(claim);
    if (!added)
        return Unexpected(added.error());
    if (!*added)
        return ClaimResult::AlreadyClaimed;
    if (*arrived)
        O2O_TRY(claimTookEffect(m_connection, claim));
    O2O_TRY(transaction.commit());
    return *arrived ? ClaimResult::Claimed : ClaimResult::Held;
}

Result<void> applyHeldClaim(sql::Connection& connection, const QString& terminalId, const QString& saleId,
                            qint64 nowMs) {
    auto applied = ClaimStore(connection).applyHeld(terminalId, saleId, nowMs);
    if (!applied)
        return Unexpected(applied.error());
    if (*applied)
        return claimTookEffect(connection, **applied);
    return {};
}

} // namespace o2o::sandbox
