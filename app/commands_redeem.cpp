#include "app/cli.h"
#include "app/jsonviews.h"
#include "app/staffguard.h"
#include "core/money.h"
#include "store/redemptionservice.h"
#include "sync/onlineredemption.h"

#include <QFile>

namespace o2o {

namespace {

// More than any code can be (kMaxCodeBytes), but enough that an oversized payload is read and refused as
// such rather than cut to something that might look valid.
constexpr qint64 kMaxCodeFileBytes = 1024 * 1024;

/** The payload as a scanner hands it over: raw bytes read as UTF-8 (what is not UTF-8 becomes U+FFFD). */
Result<QString> readCodeFile(const QString& path) {
    QFile file;
    if (auto opened = openInputFile(file, path); !opened)
        return Unexpected(opened.error());
    const QByteArray bytes = file.read(kMaxCodeFileBytes + 1);
    if (bytes.size() > kMaxCodeFileBytes)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is larger than %2 bytes: not a code").arg(path).arg(kMaxCodeFileBytes));
    return QString::fromUtf8(bytes);
}

// check and redeem share everything but the write.
int checkOrRedeem(const CommandContext& context, bool redeem) {
    const CliArgs& args = context.args;
    const bool fromFile = args.values.contains(QStringLiteral("code-file"));
    if (args.positional.size() != (fromFile ? 0 : 1))
        return reportUsage(QStringLiteral(
            "give exactly one CODE or --code-file (put -- before a code that starts with --)"));

    RedeemInput input;
    if (fromFile) {
        auto code = readCodeFile(args.value(QStringLiteral("code-file")));
        if (!code)
            return reportError(code.error());
        input.code = *code;
    } else {
        input.code = args.positional.first();
    }
    bool usesOk = true;
    input.uses = args.value(QStringLiteral("uses"), QStringLiteral("1")).toInt(&usesOk);
    if (!usesOk || input.uses < 1)
        return reportUsage(QStringLiteral("--uses must be a whole number of at least 1"));
    input.amountText = args.value(QStringLiteral("amount"));
    input.spendText = args.value(QStringLiteral("spend"));
    // The currency is the voucher's, known only after lookup; the form can be checked now.
    for (const QString& option : {QStringLiteral("amount"), QStringLiteral("spend")}) {
        if (args.values.contains(option) && !Money::isWellFormedAmount(args.value(option)))
            return reportUsage(QStringLiteral("--%1 must be an amount like 12.50").arg(option));
    }
    input.cashier =
        args.value(QStringLiteral("cashier"), qEnvironmentVariable("USER", QStringLiteral("terminal")));
    if (input.cashier.size() > 64)
        return reportUsage(QStringLiteral("--cashier is longer than 64 characters"));
    if (args.values.contains(QStringLiteral("member"))) {
        input.memberCode = args.value(QStringLiteral("member")).trimmed();
        if (input.memberCode.isEmpty())
            return reportUsage(QStringLiteral("--member needs a member code"));
    }

    auto db = redeem ? Database::open(context.dataDir) : Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    if (redeem) {
        if (auto r = requireActiveCashier(**db, input.cashier); !r)
            return r.error().code == ErrorCode::Usage ? reportUsage(r.error().message)
                                                      : reportError(r.error());
    }
    SystemClock clock;
    RedemptionService service(**db, clock);
    auto outcome = redeem ? redeemWithPlatform(**db, service, clock, input) : service.check(input);
    if (!outcome)
        return reportError((*db)->explain(outcome.error()));
    if (args.has(QStringLiteral("json")))
        printJson(outcomeView(*outcome));
    else
        printLine(outcomeText(*outcome));
    return outcome->verdict.accepted() ? ExitOk : ExitRefused;
}

} // namespace

int commandCheck(const CommandContext& context) {
    return checkOrRedeem(context, false);
}

int commandRedeem(const CommandContext& context) {
    return checkOrRedeem(context, true);
}

} // namespace o2o
