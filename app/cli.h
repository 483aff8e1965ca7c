#pragma once

#include "cli/cliargs.h"
#include "cli/commandtable.h"
#include "cli/output.h"
#include "core/error.h"

#include <QFile>
#include <QStringList>

namespace o2o {

/** What a command is given: the data directory, the words that named it and its arguments. */
using CommandContext = Invocation;

/** Every o2o-terminal command: the parser, each command's --help and the overview come from it. */
const cli::CommandTable& terminalCommands();
/** The top-level --help: the window's options, then the commands. */
QString usageText();

/** Opens a command's input file for reading; "-" is standard input. */
[[nodiscard]] Result<void> openInputFile(QFile& file, const QString& path);

// One function a command; each lives in its own commands_*.cpp.
int commandCheck(const CommandContext& context);
int commandRedeem(const CommandContext& context);
int commandLedger(const CommandContext& context);
int commandStatus(const CommandContext& context);
int commandCacheImport(const CommandContext& context);
int commandDemoInit(const CommandContext& context);
int commandDemoStaff(const CommandContext& context);
int commandScreenshots(const CommandContext& context);
int commandConfig(const CommandContext& context);
int commandTrustImport(const CommandContext& context);
int commandDecode(const CommandContext& context);
int commandScan(const CommandContext& context);
int commandEnroll(const CommandContext& context);
int commandSync(const CommandContext& context);
int commandSyncWatch(const CommandContext& context);
int commandConflicts(const CommandContext& context);
int commandStaffAdd(const CommandContext& context);
int commandStaffList(const CommandContext& context);
int commandStaffPin(const CommandContext& context);
int commandStaffDisable(const CommandContext& context);
int commandStaffVerify(const CommandContext& context);
int commandAudit(const CommandContext& context);
int commandVoid(const CommandContext& context);
int commandReturn(const CommandContext& context);
int commandSale(const CommandContext& context);
int commandSaleReceipt(const CommandContext& context);
int commandSaleClaimCode(const CommandContext& context);
int commandCatalog(const CommandContext& context);
int commandAuditVerify(const CommandContext& context);
int commandReport(const CommandContext& context);
int commandReportCampaigns(const CommandContext& context);
int commandCloseDay(const CommandContext& context);
int commandBackup(const CommandContext& context);
int commandRestore(const CommandContext& context);
int commandSupportBundle(const CommandContext& context);
int commandDoctor(const CommandContext& context);

} // namespace o2o
