// backup, restore: a consistent copy of the database, and putting one back.
#include "app/cli.h"
#include "store/backuprestore.h"

#include <QJsonObject>

namespace o2o {

int commandBackup(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return reportUsage(QStringLiteral("backup needs --out FILE"));
    // Reading is enough for VACUUM INTO: a terminal whose disk went read-only can still be backed up.
    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto summary = backupDatabase(**db, out);
    if (!summary)
        return summary.error().code == ErrorCode::Usage ? reportUsage(summary.error().message)
                                                        : reportError((*db)->explain(summary.error()));
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("file"), summary->path},
                              {QStringLiteral("schema_version"), summary->schemaVersion},
                              {QStringLiteral("bytes"), summary->bytes},
                              {QStringLiteral("pending_events"), summary->pendingEvents},
                              {QStringLiteral("integrity"), QStringLiteral("ok")}});
        return ExitOk;
    }
    printLine(QStringLiteral("Backup written to %1 (schema %2, %3 bytes, %4 events not yet uploaded).")
                  .arg(summary->path)
                  .arg(summary->schemaVersion)
                  .arg(summary->bytes)
                  .arg(summary->pendingEvents));
    return ExitOk;
}

int commandRestore(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("restore takes one FILE (a backup of the terminal's database)"));
    auto outcome =
        restoreDatabase(context.dataDir, args.positional.first(), args.has(QStringLiteral("force")));
    if (!outcome) {
        const Error& error = outcome.error();
        if (error.code == ErrorCode::Usage)
            return reportUsage(error.message);
        reportError(error);
        // Refused for what the file or the current database holds, or because the database is in use.
        return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::DatabaseBusy ? ExitRefused
                                                                                              : ExitError;
    }
    // Opening brings an older backup to the latest schema (after its own safety copy) and proves it works.
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("restored"), args.positional.first()},
            {QStringLiteral("schema_version"), outcome->schemaVersion},
            {QStringLiteral("replaced_copy"),
             outcome->replacedCopy.isEmpty() ? QJsonValue() : QJsonValue(outcome->replacedCopy)},
            {QStringLiteral("discarded_pending_events"),
             outcome->discardedPending < 0 ? QJsonValue() : QJsonValue(outcome->discardedPending)}});
        return ExitOk;
    }
    printLine(
        QStringLiteral("Restored %1 (schema %2).").arg(args.positional.first()).arg(outcome->schemaVersion));
    if (!outcome->replacedCopy.isEmpty())
        printLine(QStringLiteral("The database it replaced is kept at %1.").arg(outcome->replacedCopy));
    return ExitOk;
}

} // namespace o2o
