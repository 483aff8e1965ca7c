// o2o-terminal: the composition root. Parses the global options and hands over to a command or the window.
#include "app/applog.h"
#include "app/cli.h"
#include "app/gui.h"
#include "app/systemconfig.h"
#include "ui/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/stat.h>

namespace {

struct GlobalOptions {
    QString dataDir;
    QString screenshot;
    QString camera;
    QString scanVideo;
    QString language; // the window's; empty: the system's (LANG)
    QString size;     // the window's, WxH
    bool kiosk = false;
    bool fullscreen = false;
    bool version = false;
    bool help = false;
    QStringList rest; // the command and its arguments
    QString error;
};

// Global options stand before the command; from the command on, everything is the command's
// (its own parser, from the command table, reads it).
GlobalOptions parseGlobal(const QStringList& args) {
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("PNG"));
    const QCommandLineOption camera(QStringLiteral("camera"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption scanVideo(QStringLiteral("scan-video"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("LANGUAGE"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), QString());
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"), QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions(
        {dataDir, screenshot, camera, scanVideo, language, size, kiosk, fullscreen, version, help});
    GlobalOptions g;
    if (!parser.parse(args)) {
        g.error = parser.errorText();
        return g;
    }
    g.dataDir = parser.value(dataDir);
    g.screenshot = parser.value(screenshot);
    g.camera = parser.value(camera);
    g.scanVideo = parser.value(scanVideo);
    g.language = parser.value(language);
    g.size = parser.value(size);
    g.kiosk = parser.isSet(kiosk);
    g.fullscreen = parser.isSet(fullscreen);
    g.version = parser.isSet(version);
    g.help = parser.isSet(help);
    g.rest = parser.positionalArguments();
    return g;
}

QString defaultDataDir(const o2o::SystemConfig& config) {
    const QString fromEnv = qEnvironmentVariable("O2O_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!config.dataDir.isEmpty())
        return config.dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// The machine's settings file fills what neither the command line nor the environment set.
void applySystemConfig(const o2o::SystemConfig& config, GlobalOptions& g) {
    for (const QString& warning : config.warnings)
        std::fprintf(stderr, "o2o-terminal: %s\n", warning.toUtf8().constData());
    if (g.camera.isEmpty() && g.scanVideo.isEmpty())
        g.camera = config.camera;
    if (g.size.isEmpty())
        g.size = config.size;
    if (g.language.isEmpty() && !config.language.isEmpty()) {
        if (o2o::normalizeUiLanguage(config.language).isEmpty())
            std::fprintf(stderr, "o2o-terminal: language=%s in the settings file is not one of %s; ignored\n",
                         config.language.toUtf8().constData(),
                         o2o::uiLanguages().join(QStringLiteral(", ")).toUtf8().constData());
        else
            g.language = config.language;
    }
    g.kiosk = g.kiosk || config.kiosk.value_or(false);
    g.fullscreen = g.fullscreen || config.fullscreen.value_or(false);
    if (qEnvironmentVariableIsEmpty("O2O_WEDGE") && !config.wedge.isEmpty())
        qputenv("O2O_WEDGE", config.wedge.toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") && !config.logRules.isEmpty())
        qputenv("QT_LOGGING_RULES", config.logRules.toUtf8());
}

} // namespace

int main(int argc, char** argv) {
    // The data directory holds the ledger, keys and certificates: nothing this process creates is for
    // other users to read.
    umask(S_IRWXG | S_IRWXO);
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    GlobalOptions global = parseGlobal(args);
    const o2o::SystemConfig config = o2o::SystemConfig::load(o2o::SystemConfig::path());
    applySystemConfig(config, global);
    const bool gui = global.rest.isEmpty() && !global.version && !global.help;
    // Commands that draw (QR sheets, PDF reports) or play video need a GUI application; without a display,
    // offscreen.
    static const QStringList kDrawingCommands{QStringLiteral("demo"),        QStringLiteral("decode"),
                                              QStringLiteral("scan"),        QStringLiteral("report"),
                                              QStringLiteral("screenshots"), QStringLiteral("doctor")};
    // `sale receipt --out` draws a PDF (fonts need the GUI application); `sale claim-code --png` a QR code.
    const bool drawsSaleFile =
        global.rest.value(0) == QStringLiteral("sale") &&
        std::any_of(global.rest.cbegin(), global.rest.cend(), [](const QString& arg) {
            return arg.startsWith(QStringLiteral("--out")) || arg.startsWith(QStringLiteral("--png"));
        });
    const bool needsGui = gui || kDrawingCommands.contains(global.rest.value(0)) || drawsSaleFile;
    if (needsGui && !gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Qt Multimedia's GStreamer backend crashes where GStreamer's plugins are missing; FFmpeg's is complete.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    // Qt's FFmpeg plugin chats on qDebug's default category; ours log under o2o.* categories.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "default.debug=false");
    QCoreApplication::setOrganizationName(QStringLiteral("O2O"));
    QCoreApplication::setApplicationName(QStringLiteral("o2o-terminal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(O2O_VERSION));
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    if (!global.error.isEmpty())
        return o2o::reportUsage(global.error);
    if (global.version) {
        o2o::printLine(QStringLiteral("o2o-terminal " O2O_VERSION));
        return o2o::ExitOk;
    }
    if (global.help) {
        std::fputs(o2o::usageText().toUtf8().constData(), stdout);
        return o2o::ExitOk;
    }
    const QString dataDir = global.dataDir.isEmpty() ? defaultDataDir(config) : global.dataDir;
    if (gui) {
        QString language;
        if (!global.language.isEmpty()) {
            language = o2o::normalizeUiLanguage(global.language);
            if (language.isEmpty())
                return o2o::reportUsage(QStringLiteral("--lang must be one of: %1")
                                            .arg(o2o::uiLanguages().join(QStringLiteral(", "))));
        }
        QSize size;
        if (!global.size.isEmpty()) {
            const QStringList parts = global.size.split(u'x');
            size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
            if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
                return o2o::reportUsage(QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 800x480"));
        }
        return o2o::runGui(o2o::GuiOptions{dataDir, global.screenshot, global.kiosk, global.camera,
                                           global.scanVideo, language, size, global.fullscreen});
    }
    // Only the command's words: what follows may be a voucher code.
    if (const o2o::cli::Command* command = o2o::terminalCommands().find(global.rest))
        qCDebug(o2o::lcApp, "command '%s', data directory %s", qPrintable(command->words.join(u' ')),
                qPrintable(dataDir));
    return o2o::terminalCommands().run(dataDir, global.rest);
}
