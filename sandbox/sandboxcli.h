#pragma once

#include "cli/cliargs.h"
#include "cli/commandtable.h"
#include "cli/output.h"
#include "core/error.h"
#include "sandbox/platformstore.h"

namespace o2o::sandbox {

/** What an o2o-sandbox command is given: the platform's data directory, its words and its arguments. */
using SandboxContext = Invocation;

/** Every o2o-sandbox command: the parser, each command's --help and the overview come from it. */
const cli::CommandTable& sandboxCommands();
QString sandboxUsage();

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
int commandReportCampaigns(const SandboxContext& context);
int commandFault(const SandboxContext& context);
int commandAudit(const SandboxContext& context);
int commandCatalog(const SandboxContext& context);
int commandDays(const SandboxContext& context);
int commandMember(const SandboxContext& context);
int commandClaim(const SandboxContext& context);

} // namespace o2o::sandbox
