// o2o-sandbox: the reference platform for tests and demos. Parses the global options, runs a command.
#include "sandbox/sandboxcli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("o2o-sandbox"));
    QStringList args = QCoreApplication::arguments().mid(1);
    o2o::sandbox::SandboxContext context;
    context.dataDir = qEnvironmentVariable("O2O_SANDBOX_DIR");
    while (!args.isEmpty() && args.first().startsWith(QStringLiteral("--"))) {
        const QString option = args.takeFirst();
        if (option == QStringLiteral("--help") || option == QStringLiteral("-h")) {
            std::fputs(o2o::sandbox::sandboxUsage().toUtf8().constData(), stdout);
            return 0;
        }
        if (option == QStringLiteral("--version")) {
            std::printf("o2o-sandbox %s\n", O2O_VERSION);
            return 0;
        }
        if (option != QStringLiteral("--data-dir") || args.isEmpty())
            return o2o::sandbox::reportUsage(option == QStringLiteral("--data-dir")
                                                 ? QStringLiteral("--data-dir needs a value")
                                                 : QStringLiteral("unknown option %1").arg(option.left(40)));
        context.dataDir = args.takeFirst();
    }
    if (args.isEmpty())
        return o2o::sandbox::reportUsage(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    context.args = args;
    return o2o::sandbox::runSandboxCommand(command, context);
}
