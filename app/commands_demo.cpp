#include "app/cli.h"
#include "app/demodata.h"
#include "app/qrsheet.h"
#include "app/stagedfiles.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace o2o {

namespace {
// The demo codes in clear, for trying the terminal by hand. Real vouchers never reach the disk like this.
QByteArray demoCodeLines(const QList<VoucherRecord>& vouchers) {
    QByteArray lines;
    for (const VoucherRecord& r : vouchers)
        lines += QJsonDocument(voucherRecordToJson(r)).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}
} // namespace

Result<DemoSeed> seedDemoData(const QString& dataDir, int extraSingleUse) {
    // All or nothing: the files are written beside their names first, then the vouchers committed,
    // then the files put in place; a full disk stops it before anything changed.
    DemoSeed seed;
    seed.vouchers = makeDemoVouchers(QDateTime::currentSecsSinceEpoch(), extraSingleUse);
    auto sheets = renderQrSheets(seed.vouchers);
    if (!sheets)
        return Unexpected(sheets.error());
    const QDir dir(dataDir);
    seed.sheetPaths = QStringList{dir.filePath(QStringLiteral("demo-qr-sheet.pdf")),
                                  dir.filePath(QStringLiteral("demo-qr-sheet.png"))};
    auto opened = Database::open(dataDir);
    if (!opened)
        return Unexpected(opened.error());
    Database* db = opened->get();
    StagedFiles files;
    O2O_TRY(files.stage(dir.filePath(QStringLiteral("demo-vouchers.jsonl")), demoCodeLines(seed.vouchers)));
    O2O_TRY(files.stage(seed.sheetPaths.at(0), sheets->pdf));
    O2O_TRY(files.stage(seed.sheetPaths.at(1), sheets->png));

    auto settings = TerminalSettings::load(*db);
    if (!settings)
        return Unexpected(db->explain(settings.error()));
    VoucherCache cache(*db);
    {
        sql::Transaction transaction(db->connection());
        Result<void> written = transaction.begin();
        if (written && settings->storeId.isEmpty()) {
            settings->storeId = demoStoreId();
            written = settings->save(*db);
        }
        if (written) // a second demo init replaces the first demo set instead of adding to it
            written = cache.removeByIdPrefix(QStringLiteral("demo-")).map([](qint64) {});
        for (qsizetype i = 0; written && i < seed.vouchers.size(); ++i)
            written = cache.upsert(seed.vouchers.at(i));
        CatalogStore catalog(*db);
        for (const CatalogItem& item : makeDemoCatalog())
            if (written)
                written = catalog.upsert(item);
        if (written)
            written = transaction.commit();
        if (!written)
            return Unexpected(db->explain(written.error()));
    }
    O2O_TRY(files.commitAll());
    seed.storeId = settings->storeId;
    return seed;
}

int commandDemoInit(const CommandContext& context) {
    const CliArgs& args = context.args;
    bool ok = true;
    const int count = args.value(QStringLiteral("count"), QStringLiteral("0")).toInt(&ok);
    if (!ok || count < 0 || count > 1'000'000)
        return reportUsage(QStringLiteral("--count must be a whole number from 0 to 1000000"));
    auto seed = seedDemoData(context.dataDir, count);
    if (!seed)
        return reportError(seed.error());
    const QList<VoucherRecord>& vouchers = seed->vouchers;
    const QStringList& sheetPaths = seed->sheetPaths;

    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const VoucherRecord& r : vouchers)
            list.append(QJsonObject{{QStringLiteral("code"), r.code},
                                    {QStringLiteral("kind"), kindName(r.voucher.kind)},
                                    {QStringLiteral("description"), r.voucher.description}});
        printJson(QJsonObject{{QStringLiteral("vouchers"), list},
                              {QStringLiteral("store_id"), seed->storeId},
                              {QStringLiteral("sheets"), QJsonArray::fromStringList(sheetPaths)}});
        return ExitOk;
    }
    printLine(
        QStringLiteral("Created %1 demo vouchers for store %2:").arg(vouchers.size()).arg(seed->storeId));
    for (qsizetype i = 0; i < std::min<qsizetype>(vouchers.size(), 20); ++i)
        printLine(QStringLiteral("  %1  %2  %3")
                      .arg(vouchers[i].code, kindName(vouchers[i].voucher.kind).leftJustified(13),
                           vouchers[i].voucher.description));
    printLine(QStringLiteral("QR sheets: %1").arg(sheetPaths.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace o2o
