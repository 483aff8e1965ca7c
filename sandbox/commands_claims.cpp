// claim: a member attaches an in-store sale to their account with the claim code of its receipt.
#include "sandbox/claimservice.h"
#include "sandbox/sandboxcli.h"

#include <QDateTime>

namespace o2o::sandbox {

int commandClaim(const SandboxContext& context) {
    const CliArgs& args = context.args;
    const QString member = args.value(QStringLiteral("member")).trimmed();
    if (args.positional.size() != 1 || member.isEmpty() || member.size() > 128)
        return reportUsage(QStringLiteral("claim takes one CODE and --member ID (1 to 128 characters)"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    auto result = ClaimService((*store)->connection())
                      .claim(args.positional.first(), member, QDateTime::currentMSecsSinceEpoch());
    if (!result)
        return reportError(result.error());
    const QString name = claimResultName(*result);
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("result"), name}});
        return 0;
    }
    switch (*result) {
    case ClaimResult::Claimed:
        printLine(QStringLiteral("claimed: the sale is now member %1's.").arg(member));
        break;
    case ClaimResult::AlreadyClaimed:
        printLine(QStringLiteral("already_claimed: this sale was claimed before."));
        break;
    case ClaimResult::Held:
        printLine(QStringLiteral("held: the sale has not reached the platform yet; the claim is kept and "
                                 "applied when it does."));
        break;
    case ClaimResult::BadSignature:
        printLine(QStringLiteral("bad_signature: not a claim code a terminal of this platform signed."));
        break;
    case ClaimResult::UnknownTerminal:
        printLine(QStringLiteral("unknown_terminal: the terminal that made this code is not enrolled here."));
        break;
    case ClaimResult::Expired:
        printLine(QStringLiteral("expired: the store's claim window for this sale has closed."));
        break;
    }
    return 0;
}

} // namespace o2o::sandbox
