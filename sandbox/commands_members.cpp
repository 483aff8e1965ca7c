// member new|show|revoke|wallet: members and their signed member codes (issue 14, section 1).
#include "core/membercode.h"
#include "sandbox/memberstore.h"
#include "sandbox/sandboxcli.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace o2o::sandbox {

namespace {

QByteArray randomId() {
    QByteArray bytes(MemberCode::kIdBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), MemberCode::kIdBytes / 4);
    return bytes;
}

// Codes are shown only by their tail in text output; --json is for the member's app (and tests).
QString tail(const QString& code) {
    return QStringLiteral("…") + code.right(4);
}

int memberNew(const SandboxContext& context, PlatformStore& store) {
    const CliArgs& args = context.args;
    const QString name = args.value(QStringLiteral("name")).trimmed();
    MemberCode m;
    m.name = name;
    m.rotating = args.has(QStringLiteral("rotating"));
    if (!memberCodeBody(MemberCode{0, QByteArray(MemberCode::kIdBytes, '\0'), 0, 0, name, false, {}}))
        return reportUsage(QStringLiteral("--name must be readable text of at most %1 bytes (UTF-8)")
                               .arg(MemberCode::kMaxNameBytes));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto key = store.currentSigningKey(now);
    if (!key)
        return reportError(key.error());
    if (!*key)
        return reportError(
            Error{ErrorCode::Usage, QStringLiteral("no valid signing key: run 'keys new' first")});
    auto privateKey = Ed25519PrivateKey::fromSeed((*key)->privateSeed);
    if (!privateKey)
        return reportError(privateKey.error());
    Member member;
    if (m.rotating) {
        auto wallet = Ed25519PrivateKey::generate();
        if (!wallet)
            return reportError(wallet.error());
        member.walletSeed = wallet->seed();
        m.walletPublicKey = wallet->publicRaw();
    }
    m.keyId = (*key)->id;
    m.memberId = randomId();
    m.merchantId = store.merchantId();
    m.issuedAt = quint32(now);
    auto code = encodeMemberCode(m, *privateKey);
    if (!code)
        return reportError(code.error());
    member.memberId = m.idText();
    member.name = name;
    member.code = *code;
    member.rotating = m.rotating;
    member.createdMs = now * 1000;
    if (auto r = MemberStore(store.connection()).add(member); !r)
        return reportError(r.error());
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("member_id"), member.memberId},
                              {QStringLiteral("code"), member.code},
                              {QStringLiteral("name"), member.name},
                              {QStringLiteral("rotating"), member.rotating}});
    } else {
        printLine(QStringLiteral("Member %1%2: code %3 (--json shows it whole).")
                      .arg(member.memberId, name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name),
                           tail(member.code)));
    }
    return 0;
}

int memberShow(const SandboxContext& context, PlatformStore& store, const Member& member) {
    MemberStore members(store.connection());
    auto totals = members.totalsOf(member.memberId);
    auto events = members.eventsOf(member.memberId);
    if (!totals || !events)
        return reportError(!totals ? totals.error() : events.error());
    if (context.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const MemberEvent& e : *events)
            list.append(QJsonObject{{QStringLiteral("event_id"), e.eventId},
                                    {QStringLiteral("type"), e.type},
                                    {QStringLiteral("terminal"), e.terminalId},
                                    {QStringLiteral("points"), e.points},
                                    {QStringLiteral("visit"), e.visit},
                                    {QStringLiteral("at"),
                                     QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate)}});
        printJson(QJsonObject{{QStringLiteral("member_id"), member.memberId},
                              {QStringLiteral("name"), member.name},
                              {QStringLiteral("revoked"), member.revoked},
                              {QStringLiteral("rotating"), member.rotating},
                              {QStringLiteral("points"), totals->points},
                              {QStringLiteral("visits"), totals->visits},
                              {QStringLiteral("events"), list}});
        return 0;
    }
    printLine(QStringLiteral("Member %1%2%3: %4 points, %5 visits.")
                  .arg(member.memberId,
                       member.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(member.name),
                       member.revoked ? QStringLiteral(", revoked") : QString())
                  .arg(totals->points)
                  .arg(totals->visits));
    for (const MemberEvent& e : *events)
        printLine(QStringLiteral("  %1  %2  %3  terminal %4  %5 points")
                      .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate), e.type,
                           e.eventId, e.terminalId)
                      .arg(e.points));
    return 0;
}

int memberRevoke(const SandboxContext& context, PlatformStore& store, const Member& member) {
    auto changed = MemberStore(store.connection()).revoke(member.memberId);
    if (!changed)
        return reportError(changed.error());
    if (context.args.has(QStringLiteral("json")))
        printJson(
            QJsonObject{{QStringLiteral("member_id"), member.memberId}, {QStringLiteral("revoked"), true}});
    else
        printLine(QStringLiteral("Member %1 %2. Terminals learn it from the next trust list (sync, or "
                                 "'keys export').")
                      .arg(member.memberId,
                           *changed ? QStringLiteral("revoked") : QStringLiteral("was already revoked")));
    return 0;
}

int memberWallet(const SandboxContext& context, const Member& member) {
    bool ok = false;
    const qint64 offset =
        context.args.value(QStringLiteral("at-offset"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || offset < -86400LL * 3650 || offset > 86400LL * 3650)
        return reportUsage(QStringLiteral("--at-offset must be a whole number of seconds"));
    if (!member.rotating)
        return reportError(
            Error{ErrorCode::InvalidInput, QStringLiteral("this member's code does not rotate")});
    auto walletKey = Ed25519PrivateKey::fromSeed(member.walletSeed);
    if (!walletKey)
        return reportError(walletKey.error());
    auto code = encodeMemberWalletCode(member.code, *walletKey,
                                       walletStepAt(QDateTime::currentSecsSinceEpoch() + offset));
    if (!code)
        return reportError(code.error());
    if (context.args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("code"), *code}});
    else
        printLine(*code);
    return 0;
}

} // namespace

int commandMember(const SandboxContext& context) {
    const QString sub = context.command.value(1);
    const CliArgs& args = context.args;
    auto store = openStore(context);
    if (sub == QStringLiteral("new")) {
        if (!args.positional.isEmpty())
            return reportUsage(QStringLiteral("member new takes options only"));
        if (!store)
            return reportError(store.error());
        return memberNew(context, **store);
    }
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("member %1 takes one MEMBER_ID (or the member's code)").arg(sub));
    if (!store)
        return reportError(store.error());
    auto member = MemberStore((*store)->connection()).find(args.positional.first());
    if (!member)
        return reportError(member.error());
    if (!*member)
        return reportError(Error{ErrorCode::InvalidInput, QStringLiteral("no member has this id or code")});
    if (sub == QStringLiteral("show"))
        return memberShow(context, **store, **member);
    if (sub == QStringLiteral("revoke"))
        return memberRevoke(context, **store, **member);
    return memberWallet(context, **member);
}

} // namespace o2o::sandbox
