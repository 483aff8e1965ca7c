// void ID --reason TEXT --by STAFF: undo a redemption or a sale, by its maker within the window or a manager.
#include "app/cli.h"
#include "app/jsonviews.h"
#include "app/pininput.h"
#include "app/saleviews.h"
#include "core/timeformat.h"
#include "store/voidservice.h"

namespace o2o {

int commandVoid(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString reason = args.value(QStringLiteral("reason")).trimmed();
    const QString by = args.value(QStringLiteral("by"));
    if (args.positional.size() != 1 || reason.isEmpty() || reason.size() > 200 || by.isEmpty())
        return reportUsage(
            QStringLiteral("void takes one REDEMPTION_OR_SALE_ID, --reason TEXT (at most 200 characters) and "
                           "--by STAFF_ID; the PIN comes on standard input"));
    auto pin = readPinFromStdin(QStringLiteral("PIN of %1").arg(by));
    if (!pin)
        return reportUsage(pin.error().message);
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    auto outcome = VoidService(**db, clock).voidEntry(VoidRequest{args.positional.first(), reason, by, *pin});
    if (!outcome)
        return reportError((*db)->explain(outcome.error()));
    const bool voided = outcome->refusal.isEmpty();
    QJsonObject view{
        {QStringLiteral("verdict"), voided ? QStringLiteral("voided") : QStringLiteral("refused")},
        {QStringLiteral("reason"), outcome->refusal},
        {QStringLiteral("redemption_id"), args.positional.first()}};
    if (voided)
        view.insert(QStringLiteral("void_id"), outcome->voidId);
    if (outcome->entry)
        view.insert(QStringLiteral("redemption"), ledgerEntryView(*outcome->entry));
    if (outcome->sale) {
        view.remove(QStringLiteral("redemption_id"));
        view.insert(QStringLiteral("sale_id"), args.positional.first());
        view.insert(QStringLiteral("sale"), saleView(*outcome->sale, {}));
    }
    if (outcome->refusal == QStringLiteral("wrong_pin"))
        view.insert(QStringLiteral("attempts_left"), outcome->attemptsLeft);
    if (outcome->lockedUntilMs > clock.nowMsecs())
        view.insert(QStringLiteral("locked_until"), localIsoTime(outcome->lockedUntilMs));
    if (args.has(QStringLiteral("json")))
        printJson(view);
    else if (voided)
        printLine(
            QStringLiteral("VOIDED: %1; what it took is back on the voucher.").arg(args.positional.first()));
    else
        printLine(QStringLiteral("REFUSED (%1)").arg(outcome->refusal));
    return voided ? ExitOk : ExitRefused;
}

} // namespace o2o
