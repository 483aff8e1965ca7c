// sale, sale receipt, catalog: in-store sales with vouchers applied, their receipts, and the catalog.
#include "app/cli.h"
#include "app/jsonviews.h"
#include "app/saleviews.h"
#include "app/staffguard.h"
#include "app/stagedfiles.h"
#include "core/money.h"
#include "store/catalogstore.h"
#include "store/saleservice.h"
#include "store/terminalsettings.h"

#include <QJsonArray>

namespace o2o {

namespace {

// The lines from the options in the order given: --sku or --item starts a line; --price and --quantity
// belong to the line before them.
Result<SaleInput> readSale(const CliArgs& args) {
    SaleInput input;
    for (const auto& [name, value] : args.sequence) {
        if (name == QStringLiteral("sku") || name == QStringLiteral("item")) {
            SaleLineInput line;
            (name == QStringLiteral("sku") ? line.sku : line.name) = value.trimmed();
            if (value.trimmed().isEmpty() || value.size() > 80)
                return fail(ErrorCode::Usage, QStringLiteral("--%1 needs 1 to 80 characters").arg(name));
            input.lines.append(line);
        } else if (name == QStringLiteral("price") || name == QStringLiteral("quantity")) {
            if (input.lines.isEmpty())
                return fail(ErrorCode::Usage,
                            QStringLiteral("--%1 must follow the --sku or --item it is for").arg(name));
            SaleLineInput& line = input.lines.last();
            if (name == QStringLiteral("price")) {
                if (!line.sku.isEmpty() || !Money::isWellFormedAmount(value))
                    return fail(ErrorCode::Usage,
                                QStringLiteral("--price (an amount like 3.50) belongs to an --item"));
                line.priceText = value;
            } else {
                bool ok = false;
                line.quantity = value.toInt(&ok);
                if (!ok)
                    return fail(ErrorCode::Usage, QStringLiteral("--quantity must be a whole number"));
            }
        } else if (name == QStringLiteral("voucher")) {
            input.voucherCodes.append(value);
        }
    }
    for (const SaleLineInput& line : input.lines)
        if (!line.name.isEmpty() && line.priceText.isEmpty())
            return fail(ErrorCode::Usage, QStringLiteral("--item %1 needs a --price").arg(line.name));
    input.payment = args.value(QStringLiteral("payment"), QStringLiteral("cash"));
    if (!QStringList{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("other")}.contains(
            input.payment))
        return fail(ErrorCode::Usage, QStringLiteral("--payment must be cash, card or other"));
    input.cashier =
        args.value(QStringLiteral("cashier"), qEnvironmentVariable("USER", QStringLiteral("terminal")));
    if (input.cashier.size() > 64)
        return fail(ErrorCode::Usage, QStringLiteral("--cashier is longer than 64 characters"));
    if (args.values.contains(QStringLiteral("member"))) {
        input.memberCode = args.value(QStringLiteral("member")).trimmed();
        if (input.memberCode.isEmpty())
            return fail(ErrorCode::Usage, QStringLiteral("--member needs a member code"));
    }
    return input;
}

} // namespace

int commandSale(const CommandContext& context) {
    if (!context.args.positional.isEmpty())
        return reportUsage(
            QStringLiteral("sale takes options only (put a code that starts with dashes after --voucher=)"));
    auto input = readSale(context.args);
    if (!input)
        return reportUsage(input.error().message);
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    if (auto r = requireActiveCashier(**db, input->cashier); !r)
        return r.error().code == ErrorCode::Usage ? reportUsage(r.error().message) : reportError(r.error());
    SystemClock clock;
    auto outcome = SaleService(**db, clock).sell(*input);
    if (!outcome)
        return outcome.error().code == ErrorCode::Usage
                   ? reportUsage(outcome.error().message)
                   : reportRefusedOrError((*db)->explain(outcome.error()));
    if (!outcome->sale) {
        QJsonObject view{{QStringLiteral("verdict"), QStringLiteral("refused")},
                         {QStringLiteral("reason"), reasonCode(outcome->refusal.reason)},
                         {QStringLiteral("message"), cashierMessage(outcome->refusal.reason)},
                         {QStringLiteral("detail"), refusalDetailView(outcome->refusal)}};
        // The code refused: a voucher's (field "voucher", as always) or the member code's.
        view.insert(outcome->memberRefused ? QStringLiteral("member_code") : QStringLiteral("voucher"),
                    outcome->refusedCodeMasked);
        if (outcome->memberRefused)
            view.insert(QStringLiteral("refused_code"), QStringLiteral("member"));
        if (context.args.has(QStringLiteral("json"))) {
            printJson(view);
        } else {
            QString sentence =
                view.value(QStringLiteral("detail")).toObject().value(QStringLiteral("text")).toString();
            if (!sentence.endsWith(u'.'))
                sentence += u'.';
            printLine(
                QStringLiteral("REFUSED: %1 %2: %3 Nothing was sold.")
                    .arg(outcome->memberRefused ? QStringLiteral("member code") : QStringLiteral("voucher"),
                         outcome->refusedCodeMasked, sentence));
        }
        return ExitRefused;
    }
    QJsonObject view = saleView(*outcome->sale, outcome->redemptions);
    view.insert(QStringLiteral("verdict"), QStringLiteral("accepted"));
    if (!outcome->memberName.isEmpty())
        view.insert(QStringLiteral("member_name"), outcome->memberName);
    if (context.args.has(QStringLiteral("json"))) {
        printJson(view);
        return ExitOk;
    }
    auto settings = TerminalSettings::load(**db);
    for (const QString& line : receiptText(*outcome->sale, settings ? settings->storeId : QString()))
        printLine(line);
    return ExitOk;
}

int commandSaleReceipt(const CommandContext& context) {
    if (context.args.positional.size() != 1)
        return reportUsage(QStringLiteral("sale receipt takes one SALE_ID"));
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto sale = SaleStore(**db).find(context.args.positional.first());
    if (!sale)
        return reportError((*db)->explain(sale.error()));
    if (!*sale)
        return reportRefusedOrError(Error{
            ErrorCode::InvalidInput, QStringLiteral("no sale %1 here").arg(context.args.positional.first())});
    auto settings = TerminalSettings::load(**db);
    const QString store = settings ? settings->storeId : QString();
    const QString out = context.args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        for (const QString& line : receiptText(**sale, store))
            printLine(line);
        return ExitOk;
    }
    auto pdf = receiptPdf(**sale, store);
    if (!pdf)
        return reportError(pdf.error());
    StagedFiles files;
    Result<void> written = files.stage(out, *pdf);
    if (written)
        written = files.commitAll();
    if (!written)
        return reportError(written.error());
    printLine(QStringLiteral("Receipt written to %1.").arg(out));
    return ExitOk;
}

int commandCatalog(const CommandContext& context) {
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto items = CatalogStore(**db).all();
    auto settings = TerminalSettings::load(**db);
    if (!items || !settings)
        return reportError((*db)->explain(!items ? items.error() : settings.error()));
    if (context.args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CatalogItem& item : *items)
            list.append(catalogItemView(item, settings->currency));
        printJson(QJsonObject{{QStringLiteral("currency"), settings->currency},
                              {QStringLiteral("products"), list}});
        return ExitOk;
    }
    for (const CatalogItem& item : *items)
        printLine(QStringLiteral("%1  %2  %3  tax %4 %")
                      .arg(item.sku.leftJustified(12), item.name.leftJustified(28),
                           Money(item.priceMinor, settings->currency).amountText().rightJustified(9))
                      .arg(item.taxRateBp / 100.0, 0, 'f', 2));
    if (items->isEmpty())
        printLine(QStringLiteral("The catalog is empty: the platform sends it with the next sync."));
    return ExitOk;
}

} // namespace o2o
