// return (CODE | --sale SALE_ID) [--line SKU[:QTY]]... --reason TEXT --by STAFF: a return at the counter.
#include "app/cli.h"
#include "app/pininput.h"
#include "core/codeinput.h"
#include "core/money.h"
#include "core/timeformat.h"
#include "store/returnservice.h"

#include <QJsonArray>

namespace o2o {

namespace {

QJsonArray withAmounts(const QJsonArray& list, const QString& currency) {
    QJsonArray out;
    for (const QJsonValue v : list) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("amount"),
                 Money(o.value(QStringLiteral("amount")).toInteger(), currency).amountText());
        o.remove(QStringLiteral("key"));
        out.append(o);
    }
    return out;
}

// "SKU" or "SKU:QTY"; the SKU may itself hold colons (an item's name), the last one splits.
std::optional<ReturnLineAsk> parseLine(const QString& text) {
    ReturnLineAsk ask{text.trimmed(), 0};
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon > 0) {
        bool ok = false;
        const int quantity = text.mid(colon + 1).toInt(&ok);
        if (ok) {
            if (quantity < 1 || quantity > 10000)
                return std::nullopt;
            ask = ReturnLineAsk{text.left(colon).trimmed(), quantity};
        }
    }
    if (ask.key.isEmpty())
        return std::nullopt;
    return ask;
}

} // namespace

int commandReturn(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString reason = args.value(QStringLiteral("reason")).trimmed();
    const QString by = args.value(QStringLiteral("by"));
    const QString saleId = args.value(QStringLiteral("sale"));
    const bool oneSource = (args.positional.size() == 1) != !saleId.isEmpty() && args.positional.size() <= 1;
    if (!oneSource || reason.isEmpty() || reason.size() > 200 || by.isEmpty())
        return reportUsage(
            QStringLiteral("return takes an order's CODE or --sale SALE_ID (not both), --reason TEXT "
                           "(at most 200 characters) and --by STAFF_ID; the PIN comes on standard "
                           "input"));
    ReturnRequest request;
    request.code = args.positional.value(0);
    request.saleId = saleId;
    request.reason = reason;
    request.byStaff = by;
    for (const QString& text : args.all(QStringLiteral("line"))) {
        auto ask = parseLine(text);
        if (!ask)
            return reportUsage(QStringLiteral("--line takes SKU or SKU:QTY with QTY from 1 to 10000"));
        request.lines.append(*ask);
    }
    auto pin = readPinFromStdin(QStringLiteral("PIN of %1").arg(by));
    if (!pin)
        return reportUsage(pin.error().message);
    request.pin = *pin;
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    auto outcome = ReturnService(**db, clock).process(request);
    if (!outcome)
        return reportError((*db)->explain(outcome.error()));
    const bool returned = outcome->refusal.isEmpty();
    QJsonObject view{
        {QStringLiteral("verdict"), returned ? QStringLiteral("returned") : QStringLiteral("refused")},
        {QStringLiteral("reason"), outcome->refusal}};
    if (!returned)
        view.insert(QStringLiteral("text"), outcome->refusalText);
    if (outcome->source) {
        const ReturnSource& source = *outcome->source;
        view.insert(QStringLiteral("source"), source.kind);
        if (source.kind == QStringLiteral("sale"))
            view.insert(QStringLiteral("sale_id"), source.id);
        else
            view.insert(QStringLiteral("order"), source.id);
        view.insert(QStringLiteral("currency"), source.currency);
        view.insert(QStringLiteral("lines"), withAmounts(outcome->lines, source.currency));
        view.insert(QStringLiteral("amount"), Money(outcome->amountMinor, source.currency).amountText());
        view.insert(QStringLiteral("refunds"), withAmounts(outcome->refunds, source.currency));
        view.insert(QStringLiteral("refunded_before"),
                    Money(source.refundedMinor, source.currency).amountText());
        if (outcome->needsManager)
            view.insert(QStringLiteral("approval_above"),
                        Money(outcome->approvalAboveMinor, source.currency).amountText());
    } else if (!request.code.isEmpty()) {
        view.insert(QStringLiteral("code"), maskCode(request.code));
    }
    if (returned)
        view.insert(QStringLiteral("return_id"), outcome->returnId);
    if (outcome->refusal == QStringLiteral("wrong_pin"))
        view.insert(QStringLiteral("attempts_left"), outcome->attemptsLeft);
    if (outcome->lockedUntilMs > clock.nowMsecs())
        view.insert(QStringLiteral("locked_until"), localIsoTime(outcome->lockedUntilMs));
    if (args.has(QStringLiteral("json")))
        printJson(view);
    else if (returned)
        printLine(QStringLiteral("RETURNED: %1 refunded (%2).")
                      .arg(view.value(QStringLiteral("amount")).toString(), outcome->returnId));
    else
        printLine(QStringLiteral("REFUSED (%1): %2").arg(outcome->refusal, outcome->refusalText));
    return returned ? ExitOk : ExitRefused;
}

} // namespace o2o
