#include "app/cli.h"
#include "store/voucherimport.h"

#include <QFile>
#include <QJsonObject>

namespace o2o {

int commandCacheImport(const CommandContext& context) {
    const CliArgs args = parseCliArgs(context.args, {}, {QStringLiteral("json")});
    if (!args.error.isEmpty())
        return reportUsage(args.error);
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("cache import takes one FILE (JSON lines)"));
    QFile file(args.positional.first());
    if (!file.open(QIODevice::ReadOnly))
        return reportError(Error{
            ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())});
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto summary = importVoucherLines(**db, file);
    if (!summary)
        return reportError((*db)->explain(
            Error{summary.error().code, file.fileName() + QStringLiteral(", ") + summary.error().message}));
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("imported"), summary->vouchers}});
    else
        printLine(QStringLiteral("Imported %1 vouchers.").arg(summary->vouchers));
    return ExitOk;
}

} // namespace o2o
