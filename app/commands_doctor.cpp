// doctor: the self-test of doctor/ on the command line.
#include "app/cli.h"
#include "doctor/doctor.h"

namespace o2o {

int commandDoctor(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("doctor takes no arguments"));
    DoctorOptions options;
    options.dataDir = context.dataDir;
    options.wedgeSpec = qEnvironmentVariable("O2O_WEDGE");
    const QList<CheckResult> checks = runDoctor(options);
    const int exitCode = doctorPassed(checks) ? ExitOk : ExitRefused;
    if (args.has(QStringLiteral("json"))) {
        printJson(doctorJson(checks));
        return exitCode;
    }
    for (const CheckResult& c : checks) {
        printLine(QStringLiteral("%1  %2: %3").arg(checkStatusName(c.status).toUpper(), c.name, c.detail));
        if (!c.hint.isEmpty())
            printLine(QStringLiteral("      fix: %1").arg(c.hint));
    }
    return exitCode;
}

} // namespace o2o
