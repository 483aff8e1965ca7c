#include "app/gui.h"

#include "store/database.h"
#include "ui/terminalui.h"
#include "ui/translations.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

namespace o2o {

int runGui(const GuiOptions& options) {
    // Before anything shows text. Commands on the command line stay in English (scripts read them).
    installUiTranslations(options.language.isEmpty() ? QLocale::system() : QLocale(options.language));
    {
        // Fail before opening a window if the database cannot be used.
        auto db = Database::open(options.dataDir);
        if (!db) {
            std::fprintf(stderr, "o2o-terminal: %s\n", db.error().message.toUtf8().constData());
            return 2;
        }
    }
    TerminalUiOptions uiOptions;
    uiOptions.dataDir = options.dataDir;
    uiOptions.kiosk = options.kiosk;
    uiOptions.cameraName = options.camera;
    uiOptions.scanVideo = options.scanVideo;
    // O2O_WEDGE="suffix=tab,maxgap=30,minlength=6,endgap=80" tunes wedge-scanner detection; unset: defaults.
    uiOptions.wedgeSpec = qEnvironmentVariable("O2O_WEDGE");
    TerminalUi ui(uiOptions);
    if (!ui.load())
        return 2;
    QQuickWindow* window = ui.window();
    if (options.size.isValid())
        window->resize(options.size); // the counter's 800x480 panel, a 1920x1080 kiosk
    if (options.fullscreen)
        window->showFullScreen();
    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(500, window, [window, path = options.screenshotPath] {
            const bool saved = window->grabWindow().save(path);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    return QGuiApplication::exec();
}

} // namespace o2o
