// support-bundle: what support needs to diagnose a terminal, without anything secret.
#include "app/cli.h"
#include "app/supportbundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace o2o {

int commandSupportBundle(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return reportUsage(QStringLiteral("support-bundle needs --out FILE.tar.gz"));
    const QString configFile =
        qEnvironmentVariable("O2O_TERMINAL_CONF", QStringLiteral("/etc/o2o-terminal/terminal.conf"));
    // `doctor` joins the command table in another change: the bundle asks the table, not a build flag.
    const bool doctor = terminalCommands().find({QStringLiteral("doctor")}) != nullptr;
    auto summary = writeSupportBundle(SupportBundleOptions{
        context.dataDir, out, QCoreApplication::applicationFilePath(), configFile, doctor});
    if (!summary)
        return reportError(summary.error());
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("file"), summary->path},
                              {QStringLiteral("files"), QJsonArray::fromStringList(summary->files)},
                              {QStringLiteral("log_source"), summary->logSource}});
        return ExitOk;
    }
    printLine(QStringLiteral("Support bundle written to %1 (%2 files, logs from: %3).")
                  .arg(summary->path)
                  .arg(summary->files.size())
                  .arg(summary->logSource));
    return ExitOk;
}

} // namespace o2o
