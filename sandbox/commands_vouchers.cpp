#include "core/money.h"
#include "sandbox/sandboxcli.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace o2o::sandbox {

namespace {

constexpr qint64 kClockSkewSecs = 5 * 60;

// Cached vouchers get short codes a person can type: no 0/O or 1/I to confuse.
QString randomCachedCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code = QStringLiteral("V");
    for (int i = 0; i < 15; ++i)
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

QByteArray randomBytes(int n) {
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), n / 4);
    return bytes;
}

struct IssueRequest {
    IssuedVoucher templ;
    int count = 1;
};

Result<IssueRequest> readIssueRequest(const CliArgs& args, qint64 now) {
    IssueRequest request;
    IssuedVoucher& v = request.templ;
    const auto kind = kindFromName(args.value(QStringLiteral("kind")));
    if (!kind)
        return fail(ErrorCode::Usage,
                    QStringLiteral("--kind must be one of single_use, multi_use, stored_value, "
                                   "pickup_order, ticket, online_only"));
    v.kind = *kind;
    v.storeId = args.value(QStringLiteral("store"));
    if (v.storeId.isEmpty() || v.storeId.size() > 64)
        return fail(ErrorCode::Usage, QStringLiteral("--store ID is required ('*' for every store)"));
    v.currency = args.value(QStringLiteral("currency"), QStringLiteral("EUR"));
    if (!Money::isValidCurrency(v.currency))
        return fail(ErrorCode::Usage, QStringLiteral("--currency must be a three-letter ISO 4217 code"));
    const QString value = args.value(QStringLiteral("value"));
    if (!value.isEmpty()) {
        auto money = Money::parse(value, v.currency);
        if (!money || money->minor() <= 0 || money->minor() > 0xFFFFFFFFLL)
            return fail(ErrorCode::Usage,
                        QStringLiteral("--value must be a positive amount in %1").arg(v.currency));
        v.valueMinor = money->minor();
    } else if (v.kind == VoucherKind::StoredValue) {
        return fail(ErrorCode::Usage, QStringLiteral("a stored_value voucher needs --value"));
    }
    bool ok = true;
    v.uses = args.value(QStringLiteral("uses"),
                        v.kind == VoucherKind::MultiUse ? QStringLiteral("10") : QStringLiteral("1"))
                 .toInt(&ok);
    if (!ok || v.uses < 1 || v.uses > 65535 || (v.kind != VoucherKind::MultiUse && v.uses != 1))
        return fail(ErrorCode::Usage, QStringLiteral("--uses is 1 to 65535, and only for multi_use"));
    request.count = args.value(QStringLiteral("count"), QStringLiteral("1")).toInt(&ok);
    if (!ok || request.count < 1 || request.count > 100000)
        return fail(ErrorCode::Usage, QStringLiteral("--count must be a whole number from 1 to 100000"));
    const int days = args.value(QStringLiteral("valid-days"), QStringLiteral("365")).toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return fail(ErrorCode::Usage, QStringLiteral("--valid-days must be a whole number from 1 to 3650"));
    v.validFrom = now - kClockSkewSecs;
    v.validUntil = now + qint64(days) * 86400;
    v.campaign = args.value(QStringLiteral("campaign"));
    if (args.values.contains(QStringLiteral("campaign")) && !isValidCampaignId(v.campaign))
        return fail(ErrorCode::Usage,
                    QStringLiteral("--campaign must be 1 to 32 characters of A-Z, a-z, 0-9, '-', '_', '.'"));
    v.rotating = args.has(QStringLiteral("rotating"));
    v.isSigned = args.has(QStringLiteral("signed")) || v.rotating;
    return request;
}

Result<IssuedVoucher> signVoucher(IssuedVoucher v, const SigningKey& key, quint32 merchantId) {
    auto privateKey = Ed25519PrivateKey::fromSeed(key.privateSeed);
    if (!privateKey)
        return Unexpected(privateKey.error());
    SignedVoucher s;
    s.keyId = key.id;
    s.voucherId = randomBytes(SignedVoucher::kIdBytes);
    s.merchantId = merchantId;
    s.storeScope = v.storeId == QStringLiteral("*") ? QByteArray(SignedVoucher::kScopeBytes, '\0')
                                                    : storeScopeOf(v.storeId);
    s.kind = v.kind;
    s.currency = v.currency;
    s.valueMinor = quint32(v.valueMinor);
    s.uses = quint16(v.uses);
    s.validFrom = quint32(v.validFrom);
    s.validUntil = quint32(v.validUntil);
    s.offlineAllowed = v.kind != VoucherKind::OnlineOnly;
    s.rotating = v.rotating;
    s.campaign = v.campaign;
    if (v.rotating) {
        auto wallet = Ed25519PrivateKey::generate();
        if (!wallet)
            return Unexpected(wallet.error());
        v.walletSeed = wallet->seed();
        s.walletPublicKey = wallet->publicRaw();
    }
    auto code = encodeSignedVoucher(s, *privateKey);
    if (!code)
        return Unexpected(code.error());
    v.code = *code;
    v.id = s.idText();
    return v;
}

} // namespace

int commandIssue(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("issue takes options only"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto request = readIssueRequest(args, now);
    if (!request)
        return reportUsage(request.error().message);
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    std::optional<SigningKey> key;
    if (request->templ.isSigned) {
        auto current = (*store)->currentSigningKey(now);
        if (!current)
            return reportError(current.error());
        if (!*current)
            return reportError(
                Error{ErrorCode::Usage, QStringLiteral("no valid signing key: run 'keys new' first")});
        key = **current;
    }
    sql::Transaction transaction((*store)->connection());
    if (auto r = transaction.begin(); !r)
        return reportError(r.error());
    QJsonArray issued;
    for (int i = 0; i < request->count; ++i) {
        IssuedVoucher v = request->templ;
        if (key) {
            auto signedVoucher = signVoucher(v, *key, (*store)->merchantId());
            if (!signedVoucher)
                return reportError(signedVoucher.error());
            v = std::move(*signedVoucher);
        } else {
            v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            v.code = randomCachedCode();
        }
        if (auto r = (*store)->addVoucher(v); !r)
            return reportError(r.error());
        QJsonObject entry{{QStringLiteral("code"), v.code},
                          {QStringLiteral("id"), v.id},
                          {QStringLiteral("kind"), kindName(v.kind)}};
        if (!v.campaign.isEmpty())
            entry.insert(QStringLiteral("campaign"), v.campaign);
        issued.append(entry);
    }
    if (auto r = transaction.commit(); !r)
        return reportError(r.error());
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("vouchers"), issued}});
    } else {
        for (const QJsonValue v : issued)
            printLine(v[QStringLiteral("code")].toString());
    }
    return 0;
}

int commandRevoke(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("revoke takes one CODE_OR_ID"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto voucher = (*store)->findVoucher(args.positional.first());
    if (!voucher)
        return reportError(voucher.error());
    if (!*voucher)
        return reportError(Error{ErrorCode::InvalidInput, QStringLiteral("no voucher has this code or id")});
    auto changed = (*store)->revoke((*voucher)->id);
    if (!changed)
        return reportError(changed.error());
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("id"), (*voucher)->id}, {QStringLiteral("revoked"), true}});
    else
        printLine(
            QStringLiteral("Voucher %1 %2. Terminals learn it from the next trust list ('keys export').")
                .arg((*voucher)->id,
                     *changed ? QStringLiteral("revoked") : QStringLiteral("was already revoked")));
    return 0;
}

int commandWallet(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("wallet takes one CODE"));
    bool ok = false;
    const qint64 offset = args.value(QStringLiteral("at-offset"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || offset < -86400LL * 3650 || offset > 86400LL * 3650)
        return reportUsage(QStringLiteral("--at-offset must be a whole number of seconds"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto voucher = (*store)->findVoucher(args.positional.first());
    if (!voucher)
        return reportError(voucher.error());
    if (!*voucher || !(*voucher)->rotating)
        return reportError(
            Error{ErrorCode::InvalidInput, QStringLiteral("no rotating voucher has this code or id")});
    auto walletKey = Ed25519PrivateKey::fromSeed((*voucher)->walletSeed);
    if (!walletKey)
        return reportError(walletKey.error());
    auto code = encodeWalletCode((*voucher)->code, *walletKey,
                                 walletStepAt(QDateTime::currentSecsSinceEpoch() + offset));
    if (!code)
        return reportError(code.error());
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("code"), *code}});
    else
        printLine(*code);
    return 0;
}

} // namespace o2o::sandbox
