#include "app/cli.h"
#include "app/demodata.h"
#include "app/qrsheet.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace o2o {

namespace {
// The demo codes in clear, for trying the terminal by hand. Real vouchers never reach the disk like this.
Result<QString> writeDemoCodes(const QList<VoucherRecord>& vouchers, const QString& dataDir) {
    const QString path = QDir(dataDir).filePath(QStringLiteral("demo-vouchers.jsonl"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    for (const VoucherRecord& r : vouchers)
        file.write(QJsonDocument(voucherRecordToJson(r)).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return path;
}
} // namespace

int commandDemoInit(const CommandContext& context) {
    const CliArgs args = parseCliArgs(context.args, {QStringLiteral("count")}, {QStringLiteral("json")});
    if (!args.error.isEmpty())
        return reportUsage(args.error);
    bool ok = true;
    const int count = args.value(QStringLiteral("count"), QStringLiteral("0")).toInt(&ok);
    if (!ok || count < 0 || count > 1'000'000)
        return reportUsage(QStringLiteral("--count must be a whole number from 0 to 1000000"));

    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto settings = TerminalSettings::load(**db);
    if (!settings)
        return reportError((*db)->explain(settings.error()));
    if (settings->storeId.isEmpty()) {
        settings->storeId = demoStoreId();
        if (auto r = settings->save(**db); !r)
            return reportError((*db)->explain(r.error()));
    }

    const QList<VoucherRecord> vouchers = makeDemoVouchers(QDateTime::currentSecsSinceEpoch(), count);
    VoucherCache cache(**db);
    {
        sql::Transaction transaction((*db)->connection());
        Result<void> written = transaction.begin();
        if (written) // a second demo init replaces the first demo set instead of adding to it
            written = cache.removeByIdPrefix(QStringLiteral("demo-")).map([](qint64) {});
        for (qsizetype i = 0; written && i < vouchers.size(); ++i)
            written = cache.upsert(vouchers.at(i));
        if (written)
            written = transaction.commit();
        if (!written)
            return reportError((*db)->explain(written.error()));
    }
    auto codes = writeDemoCodes(vouchers, context.dataDir);
    if (!codes)
        return reportError(codes.error());
    auto sheets = writeQrSheets(vouchers, context.dataDir);
    if (!sheets)
        return reportError(sheets.error());

    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const VoucherRecord& r : vouchers)
            list.append(QJsonObject{{QStringLiteral("code"), r.code},
                                    {QStringLiteral("kind"), kindName(r.voucher.kind)},
                                    {QStringLiteral("description"), r.voucher.description}});
        printJson(QJsonObject{{QStringLiteral("vouchers"), list},
                              {QStringLiteral("store_id"), settings->storeId},
                              {QStringLiteral("sheets"), QJsonArray::fromStringList(*sheets)}});
        return ExitOk;
    }
    printLine(
        QStringLiteral("Created %1 demo vouchers for store %2:").arg(vouchers.size()).arg(settings->storeId));
    for (qsizetype i = 0; i < std::min<qsizetype>(vouchers.size(), 20); ++i)
        printLine(QStringLiteral("  %1  %2  %3")
                      .arg(vouchers[i].code, kindName(vouchers[i].voucher.kind).leftJustified(13),
                           vouchers[i].voucher.description));
    printLine(QStringLiteral("QR sheets: %1").arg(sheets->join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace o2o
