#pragma once

#include "app/cliargs.h"
#include "core/error.h"
#include "sandbox/platformstore.h"

#include <QJsonObject>

namespace o2o::sandbox {

/** What an o2o-sandbox command is given: the platform's data directory and its own arguments. */
struct SandboxContext {
    QString dataDir;
    QStringList args;
};

int runSandboxCommand(const QString& command, const SandboxContext& context);
QString sandboxUsage();

// Shared by the commands; exit codes as o2o-terminal's: 0 done, 2 usage or system error.
void printJson(const QJsonObject& object);
void printLine(const QString& line);
int reportError(const Error& error);
int reportUsage(const QString& message);
[[nodiscard]] Result<std::unique_ptr<PlatformStore>> openStore(const SandboxContext& context);

int commandKeys(const SandboxContext& context);
int commandIssue(const SandboxContext& context);
int commandRevoke(const SandboxContext& context);
int commandWallet(const SandboxContext& context);
int commandServe(const SandboxContext& context);
int commandPair(const SandboxContext& context);
int commandSettings(const SandboxContext& context);
int commandDevices(const SandboxContext& context);
int commandLedger(const SandboxContext& context);
int commandFault(const SandboxContext& context);

} // namespace o2o::sandbox
