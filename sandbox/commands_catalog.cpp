// catalog add|list: a store's products, fed to its terminals through the change feed.
#include "core/money.h"
#include "sandbox/catalogitemstore.h"
#include "sandbox/sandboxcli.h"
#include "sandbox/storesettingsstore.h"

#include <QJsonArray>

namespace o2o::sandbox {

namespace {

bool validStore(const QString& id) {
    return !id.isEmpty() && id.size() <= 64 && !id.contains(u',') && !id.contains(u'|') &&
           id != QStringLiteral("*");
}

QJsonObject productJson(const Product& p, const QString& currency) {
    return QJsonObject{{QStringLiteral("store_id"), p.storeId},
                       {QStringLiteral("sku"), p.sku},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("price"), Money(p.priceMinor, currency).amountText()},
                       {QStringLiteral("tax_rate"), QString::number(p.taxRateBp / 100.0, 'f', 2)},
                       {QStringLiteral("active"), p.active}};
}

} // namespace

int commandCatalog(const SandboxContext& context) {
    const CliArgs& args = context.args;
    const QString storeId = args.value(QStringLiteral("store"));
    if (!validStore(storeId) || !args.positional.isEmpty())
        return reportUsage(QStringLiteral("--store ID is required: 1 to 64 characters, no commas or |"));
    auto store = openStore(context);
    if (!store)
        return reportError(store.error());
    sql::Connection& connection = (*store)->connection();
    StoreSettingsStore settingsStore(connection);
    if (auto r = settingsStore.ensure(storeId); !r)
        return reportError(r.error());
    auto settings = settingsStore.get(storeId);
    if (!settings)
        return reportError(settings.error());
    CatalogItemStore catalog(connection);

    if (context.command.value(1) == QStringLiteral("add")) {
        Product p;
        p.storeId = storeId;
        p.sku = args.value(QStringLiteral("sku")).trimmed();
        p.name = args.value(QStringLiteral("name")).trimmed();
        auto price = Money::parse(args.value(QStringLiteral("price")), settings->currency);
        bool rateOk = true;
        const double rate = args.value(QStringLiteral("tax-rate"), QStringLiteral("0")).toDouble(&rateOk);
        if (p.sku.isEmpty() || p.sku.size() > 64 || p.name.isEmpty() || p.name.size() > 80 || !price ||
            price->minor() < 0 || !rateOk || rate < 0 || rate > 100)
            return reportUsage(
                QStringLiteral("catalog add needs --sku (1 to 64 characters), --name (1 to 80), --price "
                               "AMOUNT in %1 and optionally --tax-rate PCT from 0 to 100")
                    .arg(settings->currency));
        p.priceMinor = price->minor();
        p.taxRateBp = int(std::lround(rate * 100));
        if (auto r = catalog.put(p); !r)
            return reportError(r.error());
        if (args.has(QStringLiteral("json")))
            printJson(productJson(p, settings->currency));
        else
            printLine(
                QStringLiteral("%1 %2 at %3 %4 (tax %5 %): terminals of %6 get it with their next sync.")
                    .arg(p.sku, p.name, Money(p.priceMinor, settings->currency).amountText(),
                         settings->currency)
                    .arg(p.taxRateBp / 100.0, 0, 'f', 2)
                    .arg(storeId));
        return 0;
    }
    auto products = catalog.ofStore(storeId);
    if (!products)
        return reportError(products.error());
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Product& p : *products)
            list.append(productJson(p, settings->currency));
        printJson(QJsonObject{{QStringLiteral("products"), list}});
        return 0;
    }
    for (const Product& p : *products)
        printLine(QStringLiteral("%1  %2  %3")
                      .arg(p.sku.leftJustified(12), p.name.leftJustified(28),
                           Money(p.priceMinor, settings->currency).amountText()));
    return 0;
}

} // namespace o2o::sandbox
