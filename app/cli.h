#pragma once

#include "app/cliargs.h"
#include "core/error.h"

#include <QFile>
#include <QJsonObject>
#include <QStringList>

namespace o2o {

/** Exit codes of every command: a contract for scripts and kiosks. */
enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitError = 2 };

/** What a command is given: the data directory and its own arguments. */
struct CommandContext {
    QString dataDir;
    QStringList args;
};

/** Runs a command line without a window. Returns the process exit code. */
int runCommand(const QString& command, const CommandContext& context);
bool isKnownCommand(const QString& command);
QString usageText();

// Shared by the commands:
void printJson(const QJsonObject& object);
void printLine(const QString& line);
int reportError(const Error& error);
int reportUsage(const QString& message);
/** A file or input refused for its content (exit 1); other failures stay system errors (exit 2). */
int reportRefusedOrError(const Error& error);

/** Opens a command's input file for reading; "-" is standard input. */
[[nodiscard]] Result<void> openInputFile(QFile& file, const QString& path);

// One function a command; each lives in its own commands_*.cpp.
int commandCheck(const CommandContext& context, bool redeem);
int commandLedger(const CommandContext& context);
int commandStatus(const CommandContext& context);
int commandCacheImport(const CommandContext& context);
int commandDemoInit(const CommandContext& context);
int commandConfig(const CommandContext& context);
int commandTrustImport(const CommandContext& context);
int commandDecode(const CommandContext& context);
int commandScan(const CommandContext& context);
int commandEnroll(const CommandContext& context);
int commandSync(const CommandContext& context);
int commandConflicts(const CommandContext& context);

} // namespace o2o
