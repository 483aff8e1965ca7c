// o2o-terminal: the composition root. Parses the global options and hands over to a command or the window.
#include "app/cli.h"
#include "app/gui.h"
#include "ui/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>
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
    bool kiosk = false;
    bool version = false;
    bool help = false;
    QStringList rest; // the command and its arguments
    QString error;
};

// Global options may stand before the command; everything else is the command's.
GlobalOptions parseGlobal(const QStringList& args) {
    GlobalOptions g;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!g.rest.isEmpty()) {
            if (a == QStringLiteral("--data-dir") && !g.rest.contains(QStringLiteral("--")) &&
                i + 1 < args.size()) {
                g.dataDir = args.at(++i);
                continue;
            }
            g.rest.append(a);
        } else if (QString* value = a == QStringLiteral("--data-dir")     ? &g.dataDir
                                    : a == QStringLiteral("--screenshot") ? &g.screenshot
                                    : a == QStringLiteral("--camera")     ? &g.camera
                                    : a == QStringLiteral("--scan-video") ? &g.scanVideo
                                    : a == QStringLiteral("--lang")       ? &g.language
                                                                          : nullptr) {
            if (i + 1 >= args.size()) {
                g.error = a + QStringLiteral(" needs a value");
                return g;
            }
            *value = args.at(++i);
        } else if (a == QStringLiteral("--kiosk")) {
            g.kiosk = true;
        } else if (a == QStringLiteral("--version")) {
            g.version = true;
        } else if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            g.help = true;
        } else if (a.startsWith(QStringLiteral("--")) && !o2o::isKnownCommand(a)) {
            g.error = QStringLiteral("unknown option %1").arg(a.left(40));
            return g;
        } else {
            g.rest.append(a);
        }
    }
    return g;
}

QString defaultDataDir() {
    const QString fromEnv = qEnvironmentVariable("O2O_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

int main(int argc, char** argv) {
    // The data directory holds the ledger, keys and certificates: nothing this process creates is for
    // other users to read.
    umask(S_IRWXG | S_IRWXO);
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const GlobalOptions global = parseGlobal(args);
    const bool gui = global.rest.isEmpty() && !global.version && !global.help;
    // Commands that draw (QR sheets) or play video need a GUI application; without a display, offscreen.
    static const QStringList kDrawingCommands{QStringLiteral("demo"), QStringLiteral("decode"),
                                              QStringLiteral("scan")};
    const bool needsGui = gui || kDrawingCommands.contains(global.rest.value(0));
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
    const QString dataDir = global.dataDir.isEmpty() ? defaultDataDir() : global.dataDir;
    if (gui) {
        QString language;
        if (!global.language.isEmpty()) {
            language = o2o::normalizeUiLanguage(global.language);
            if (language.isEmpty())
                return o2o::reportUsage(QStringLiteral("--lang must be one of: %1")
                                            .arg(o2o::uiLanguages().join(QStringLiteral(", "))));
        }
        return o2o::runGui(o2o::GuiOptions{dataDir, global.screenshot, global.kiosk, global.camera,
                                           global.scanVideo, language});
    }
    return o2o::runCommand(global.rest.first(), o2o::CommandContext{dataDir, global.rest.mid(1)});
}
