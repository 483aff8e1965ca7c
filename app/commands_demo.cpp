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

int commandDemoInit(const CommandContext& context) {
    const CliArgs& args = context.args;
    bool ok = true;
    const int count = args.value(QStringLiteral("count"), QStringLiteral("0")).toInt(&ok);
    if (!ok || count < 0 || count > 1'000'000)
        return reportUsage(QStringLiteral("--count must be a whole number from 0 to 1000000"));

    // All or nothing: the files are written beside their names first, then the vouchers committed,
    // then the files put in place; a full disk stops it before anything changed.
    const QList<VoucherRecord> vouchers = makeDemoVouchers(QDateTime::currentSecsSinceEpoch(), count);
    auto sheets = renderQrSheets(vouchers);
    if (!sheets)
        return reportError(sheets.error());
    const QDir dir(context.dataDir);
    const QStringList sheetPaths{dir.filePath(QStringLiteral("demo-qr-sheet.pdf")),
                                 dir.filePath(QStringLiteral("demo-qr-sheet.png"))};
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    StagedFiles files;
    Result<void> staged =
        files.stage(dir.filePath(QStringLiteral("demo-vouchers.jsonl")), demoCodeLines(vouchers));
    if (staged)
        staged = files.stage(sheetPaths.at(0), sheets->pdf);
    if (staged)
        staged = files.stage(sheetPaths.at(1), sheets->png);
    if (!staged)
        return reportError(staged.error());

    auto settings = TerminalSettings::load(**db);
    if (!settings)
        return reportError((*db)->explain(settings.error()));
    VoucherCache cache(**db);
    {
        sql::Transaction transaction((*db)->connection());
        Result<void> written = transaction.begin();
        if (written && settings->storeId.isEmpty()) {
            settings->storeId = demoStoreId();
            written = settings->save(**db);
        }
        if (written) // a second demo init replaces the first demo set instead of adding to it
            written = cache.removeByIdPrefix(QStringLiteral("demo-")).map([](qint64) {});
        for (qsizetype i = 0; written && i < vouchers.size(); ++i)
            written = cache.upsert(vouchers.at(i));
        CatalogStore catalog(**db);
        for (const CatalogItem& item : makeDemoCatalog())
            if (written)
                written = catalog.upsert(item);
        if (written)
            written = transaction.commit();
        if (!written)
            return reportError((*db)->explain(written.error()));
    }
    if (auto r = files.commitAll(); !r)
        return reportError(r.error());

    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const VoucherRecord& r : vouchers)
            list.append(QJsonObject{{QStringLiteral("code"), r.code},
                                    {QStringLiteral("kind"), kindName(r.voucher.kind)},
                                    {QStringLiteral("description"), r.voucher.description}});
        printJson(QJsonObject{{QStringLiteral("vouchers"), list},
                              {QStringLiteral("store_id"), settings->storeId},
                              {QStringLiteral("sheets"), QJsonArray::fromStringList(sheetPaths)}});
        return ExitOk;
    }
    printLine(
        QStringLiteral("Created %1 demo vouchers for store %2:").arg(vouchers.size()).arg(settings->storeId));
    for (qsizetype i = 0; i < std::min<qsizetype>(vouchers.size(), 20); ++i)
        printLine(QStringLiteral("  %1  %2  %3")
                      .arg(vouchers[i].code, kindName(vouchers[i].voucher.kind).leftJustified(13),
                           vouchers[i].voucher.description));
    printLine(QStringLiteral("QR sheets: %1").arg(sheetPaths.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace o2o
