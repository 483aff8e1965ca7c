#include "store/redemptionservice.h"

#include "core/codeinput.h"
#include "store/storelog.h"

#include <QUuid>

namespace o2o {

namespace {
// The decision point: what was asked, of which code (masked), and the verdict.
void logVerdict(const char* what, const QString& code, const Result<RedemptionOutcome>& outcome) {
    if (!lcStore().isDebugEnabled())
        return;
    if (!outcome)
        qCDebug(lcStore, "%s %s failed: %s", what, qPrintable(maskCode(code)),
                qPrintable(outcome.error().message));
    else
        qCDebug(lcStore, "%s %s: %s", what, qPrintable(maskCode(code)),
                outcome->verdict.accepted() ? "accepted" : qPrintable(reasonCode(outcome->verdict.reason)));
}
} // namespace

Result<RedemptionOutcome> RedemptionService::check(const RedeemInput& input) {
    auto outcome = evaluateCode(input, false);
    logVerdict("check", input.code, outcome);
    return outcome;
}

Result<RedemptionOutcome> RedemptionService::redeem(const RedeemInput& input) {
    auto outcome = evaluateCode(input, true);
    logVerdict("redeem", input.code, outcome);
    return outcome;
}

Result<void> RedemptionService::refreshContext(bool force) {
    // data_version changes only when another connection commits: our own writes are applied by hand.
    auto version = m_db.connection().reuse(m_dataVersion, "PRAGMA data_version");
    if (!version)
        return Unexpected(version.error());
    if (const int rc = (*version)->step(); rc != sql::kRow)
        return Unexpected(m_db.connection().error(rc, QStringLiteral("cannot read the database version")));
    const qint64 current = (*version)->int64(0);
    (*version)->reset();
    if (!force && current == m_contextVersion)
        return {};

    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    auto latest = m_ledger.latestMs();
    if (!latest)
        return Unexpected(latest.error());
    auto usage = m_ledger.offlineUsageSince(settings->lastSyncMs);
    if (!usage)
        return Unexpected(usage.error());
    auto ring = m_signed.store().loadKeyRing();
    if (!ring)
        return Unexpected(ring.error());
    m_context = Context{*settings, *latest, *usage, std::move(*ring)};
    m_contextVersion = current;
    return {};
}

Result<RedemptionRequest> RedemptionService::buildRequest(const RedeemInput& input,
                                                          const Voucher& voucher) const {
    const TerminalSettings& settings = m_context.settings;
    RedemptionRequest request;
    request.storeId = settings.storeId;
    request.at = m_clock.requestTime();
    request.uses = input.uses;
    if (input.uses < 1 || input.uses > 100000)
        return fail(ErrorCode::Usage, QStringLiteral("uses must be a whole number from 1 to 100000"));
    if (!input.amountText.isEmpty()) {
        auto amount = Money::parse(input.amountText, voucher.currency);
        if (!amount)
            return fail(ErrorCode::Usage, QStringLiteral("amount: %1").arg(amount.error().message));
        request.amountGiven = true;
        request.amountMinor = amount->minor();
        request.amountCurrency = amount->currency();
    }
    if (!input.spendText.isEmpty()) {
        auto spend = Money::parse(input.spendText, voucher.currency);
        if (!spend)
            return fail(ErrorCode::Usage, QStringLiteral("spend: %1").arg(spend.error().message));
        request.spendMinor = spend->minor();
    }
    request.clockFloorSecs = clockFloorSecs();

    OfflineBudget& budget = request.budget;
    budget.online = input.online;
    budget.maxCount = settings.offlineMaxCount;
    budget.maxValueMinor = settings.offlineMaxValueMinor;
    budget.maxHours = settings.offlineMaxHours;
    budget.lastSyncSecs = settings.lastSyncMs / 1000;
    budget.usedCount = m_context.offlineUsage.count;
    budget.usedValueMinor = m_context.offlineUsage.valueMinor;
    return request;
}

qint64 RedemptionService::clockFloorMs() const {
    // The trusted floor: the platform's last word on the time, and our own latest ledger entry.
    return std::max(m_context.settings.platformTimeMs, m_context.latestLedgerMs);
}

qint64 RedemptionService::clockFloorSecs() const {
    return clockFloorMs() / 1000;
}

Result<RedemptionService::Lookup> RedemptionService::lookUp(const QString& code, bool online) {
    Lookup lookup;
    if (looksSigned(code)) {
        SignedCodeContext context;
        context.settings = &m_context.settings;
        context.keyRing = &m_context.keyRing;
        context.nowSecs = m_clock.requestTime().utcSecs;
        context.clockFloorSecs = clockFloorSecs();
        context.online = online;
        auto resolved = m_signed.resolve(code, context);
        if (!resolved)
            return Unexpected(resolved.error());
        lookup.refusal = resolved->reason;
        if (resolved->reason == Reason::None) {
            lookup.voucher = std::move(resolved->voucher);
            lookup.signedId = resolved->voucherId;
        }
        return lookup;
    }
    auto found = m_cache.find(code);
    if (!found)
        return Unexpected(found.error());
    lookup.voucher = std::move(*found);
    if (!lookup.voucher)
        lookup.refusal = Reason::UnknownCode;
    return lookup;
}

Result<ResolvedMember> RedemptionService::resolveMember(const QString& code, bool online) {
    SignedCodeContext context;
    context.settings = &m_context.settings;
    context.keyRing = &m_context.keyRing;
    context.nowSecs = m_clock.requestTime().utcSecs;
    context.clockFloorSecs = clockFloorSecs();
    context.online = online;
    return MemberResolver(m_db).resolve(code, context);
}

Result<void> RedemptionService::saveRemaining(const Lookup& lookup, const Voucher& voucher) {
    if (lookup.signedId.isEmpty())
        return m_cache.updateRemaining(lookup.voucher->codeHash, voucher);
    return m_signed.store().saveUsage(lookup.signedId, SignedUsage{voucher.usesLeft, voucher.balanceMinor});
}

Result<RedemptionOutcome> RedemptionService::evaluateCode(const RedeemInput& input, bool write) {
    RedemptionOutcome outcome;
    const std::optional<QString> code = normalizeCode(input.code);
    if (!code) {
        outcome.verdict = Verdict::refuse(Reason::Malformed);
        return outcome;
    }
    sql::Transaction transaction(m_db.connection());
    sql::ReadSnapshot snapshot(m_db.connection());
    O2O_TRY(write ? transaction.begin() : snapshot.begin());
    // Inside the write lock nothing can change under us, so a redemption always reads afresh.
    O2O_TRY(refreshContext(write));
    outcome.memberId = input.memberId;
    if (!input.memberCode.isEmpty()) {
        auto member = resolveMember(input.memberCode, input.online);
        if (!member)
            return Unexpected(member.error());
        if (member->reason != Reason::None) {
            outcome.verdict = Verdict::refuse(member->reason);
            outcome.memberRefused = true;
            return outcome;
        }
        outcome.memberId = member->memberId;
        outcome.memberName = member->name;
    }
    auto found = lookUp(*code, input.online);
    if (!found)
        return Unexpected(found.error());
    if (found->refusal != Reason::None) {
        outcome.verdict = Verdict::refuse(found->refusal);
        return outcome;
    }
    CachedVoucher& cached = *found->voucher;
    auto request = buildRequest(input, cached.voucher);
    if (!request)
        return Unexpected(request.error());
    outcome.verdict = evaluate(cached.voucher, *request);
    const Reason reason = outcome.verdict.reason;
    if (reason == Reason::AlreadyRedeemed || reason == Reason::Exhausted) {
        // Same transaction as the check: the redemption named is the one that used the voucher up.
        auto prior = m_ledger.latestOf(cached.codeHash, m_context.settings.terminalId);
        if (!prior)
            return Unexpected(prior.error());
        outcome.verdict.facts.prior = std::move(*prior);
    }
    // Filed under the trusted time, so a clock set back cannot hide a redemption from its day.
    const qint64 wallMs = m_clock.nowMsecs();
    outcome.atMs = std::max(wallMs, clockFloorMs());
    outcome.valueMinor = redemptionValueMinor(cached.voucher, *request);
    if (!outcome.verdict.accepted() || !write) {
        outcome.voucher = cached;
        return outcome;
    }

    cached.voucher = afterRedemption(cached.voucher, *request);
    O2O_TRY(saveRemaining(*found, cached.voucher));
    LedgerEntry entry;
    entry.id = input.redemptionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : input.redemptionId;
    entry.voucherId = cached.voucher.id;
    entry.codeTail = cached.codeTail;
    entry.kind = kindName(cached.voucher.kind);
    entry.description = cached.voucher.description;
    entry.uses = cached.voucher.kind == VoucherKind::MultiUse      ? request->uses
                 : cached.voucher.kind == VoucherKind::StoredValue ? 0
                                                                   : 1;
    entry.amountMinor = outcome.valueMinor;
    entry.currency = cached.voucher.currency;
    entry.cashier = input.cashier;
    entry.terminalId = m_context.settings.terminalId;
    entry.storeId = m_context.settings.storeId;
    entry.atMs = outcome.atMs;
    entry.wallMs = wallMs;
    entry.online = request->budget.online;
    entry.holdId = input.holdId;
    entry.saleId = input.saleId;
    entry.memberId = outcome.memberId;
    entry.campaign = cached.voucher.campaign;
    O2O_TRY(m_ledger.record(entry, cached.codeHash));
    O2O_TRY(transaction.commit());
    m_context.latestLedgerMs = std::max(m_context.latestLedgerMs, entry.atMs);
    if (!entry.online) {
        ++m_context.offlineUsage.count;
        m_context.offlineUsage.valueMinor += entry.amountMinor;
    }
    outcome.redemptionId = entry.id;
    outcome.voucher = cached;
    return outcome;
}

} // namespace o2o
