#include "app/gui.h"

#include "scanner/camerasource.h"
#include "scanner/scanpipeline.h"
#include "scanner/videofilesource.h"
#include "scanner/wedgeeventfilter.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/syncworker.h"
#include "ui/redemptioncontroller.h"
#include "ui/syncstatuscontroller.h"
#include "ui/translations.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

namespace o2o {

namespace {
/** O2O_WEDGE="suffix=tab,maxgap=30,minlength=6,endgap=80" tunes wedge-scanner detection; unset: defaults. */
WedgeSettings wedgeSettings() {
    const QString spec = qEnvironmentVariable("O2O_WEDGE");
    auto settings = parseWedgeSettings(spec);
    if (settings)
        return *settings;
    // A scanner setting must not keep the counter closed: say what is wrong and scan with the defaults.
    std::fprintf(stderr, "o2o-terminal: O2O_WEDGE: %s; using the defaults\n",
                 settings.error().message.toUtf8().constData());
    return {};
}
} // namespace

int runGui(const GuiOptions& options) {
    // Before anything shows text. Commands on the command line stay in English (scripts read them).
    installUiTranslations(options.language.isEmpty() ? QLocale::system() : QLocale(options.language));
    QString storeId;
    qint64 dataCurrentMs = 0;
    {
        // Fail before opening a window if the database cannot be used.
        auto db = Database::open(options.dataDir);
        if (!db) {
            std::fprintf(stderr, "o2o-terminal: %s\n", db.error().message.toUtf8().constData());
            return 2;
        }
        auto settings = TerminalSettings::load(**db);
        if (settings)
            storeId = settings->storeId;
        auto state = SyncState::load(**db);
        if (state)
            dataCurrentMs = state->vouchersMs;
    }
    RedemptionController controller(options.dataDir, storeId);
    SyncStatusController syncStatus;
    // Offline at start-up, the cashier still sees how old the data is, before any sync cycle ends.
    syncStatus.setDataCurrentAt(dataCurrentMs);
    // Background sync on its own thread and database connection; idle until the terminal is enrolled.
    SyncThread sync(options.dataDir);
    syncStatus.follow(sync.worker());
    controller.setKiosk(options.kiosk);
    // The camera path: frames -> decoder thread -> each code once while in view -> the controller.
    ScanPipeline pipeline(DecoderSettings{});
    QObject::connect(&pipeline, &ScanPipeline::codeScanned, &controller, [&controller](const ScannedCode& s) {
        controller.submitCameraCode(s.code.text, s.arrivalNs);
    });
    VideoFileSource video;
    CameraSource camera;
    if (!options.scanVideo.isEmpty()) {
        video.play(options.scanVideo, pipeline.sink());
        controller.setScanSource(QObject::tr("Video %1").arg(QFileInfo(options.scanVideo).fileName()));
    } else if (camera.start(pipeline.sink(), options.camera)) {
        controller.setScanSource(QObject::tr("Camera"));
    }
    QQmlApplicationEngine engine;
    // On the application, not a window: a scan reaches the controller whichever window or dialog has focus.
    // Made after the engine so it goes first, and never hands a held key to a window being torn down.
    WedgeEventFilter wedge(wedgeSettings());
    QObject::connect(&wedge, &WedgeEventFilter::codeScanned, &controller,
                     &RedemptionController::submitScannedCode);
    QGuiApplication::instance()->installEventFilter(&wedge);
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("syncStatus"), QVariant::fromValue(&syncStatus)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 2;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
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
