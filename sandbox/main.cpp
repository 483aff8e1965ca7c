// o2o-sandbox: the reference platform for tests and demos. Parses the global options, runs a command.
#include "sandbox/sandboxcli.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char** argv) {
    // platform.db holds the platform's private keys: nothing this process creates is for others to read.
    umask(S_IRWXG | S_IRWXO);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("o2o-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(O2O_VERSION));

    // Global options stand before the command; everything from the command on is the command's.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    parser.addOptions({help, version, dataDir});
    if (!parser.parse(QCoreApplication::arguments()))
        return o2o::reportUsage(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(o2o::sandbox::sandboxUsage().toUtf8().constData(), stdout);
        return o2o::ExitOk;
    }
    if (parser.isSet(version)) {
        o2o::printLine(QStringLiteral("o2o-sandbox " O2O_VERSION));
        return o2o::ExitOk;
    }
    if (parser.positionalArguments().isEmpty())
        return o2o::reportUsage(QStringLiteral("no command given"));
    const QString dir =
        parser.isSet(dataDir) ? parser.value(dataDir) : qEnvironmentVariable("O2O_SANDBOX_DIR");
    return o2o::sandbox::sandboxCommands().run(dir, parser.positionalArguments());
}
