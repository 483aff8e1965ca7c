#include "app/cli.h"
#include "store/voucherimport.h"

#include <QFile>
#include <QJsonObject>

namespace o2o {

int commandCacheImport(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("cache import takes one FILE (JSON lines)"));
    const QString path = args.positional.first();
    QFile file;
    if (auto r = openInputFile(file, path); !r)
        return reportError(r.error());
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto summary = importVoucherLines(**db, file);
    if (!summary)
        return reportRefusedOrError((*db)->explain(
            Error{summary.error().code, path + QStringLiteral(" refused, ") + summary.error().message}));
    if (args.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("imported"), summary->vouchers}});
    else
        printLine(QStringLiteral("Imported %1 vouchers.").arg(summary->vouchers));
    return ExitOk;
}

} // namespace o2o
