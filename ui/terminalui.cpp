#include "ui/terminalui.h"

#include "scanner/camerasource.h"
#include "scanner/scanpipeline.h"
#include "scanner/videofilesource.h"
#include "scanner/wedgeeventfilter.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/syncworker.h"
#include "ui/appservices.h"
#include "ui/databasethread.h"
#include "ui/doctorcontroller.h"
#include "ui/redemptioncontroller.h"
#include "ui/salecontroller.h"
#include "ui/syncstatuscontroller.h"
#include "ui/uilog.h"
#include "ui/wizardcontroller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace o2o {

namespace {
struct StoredState {
    QString storeId;
    qint64 dataCurrentMs = 0;
    bool kioskMode = false; // the installer's wizard turned kiosk mode on
    QString cameraName;     // the camera the installer's wizard chose
};

StoredState readStoredState(const QString& dataDir) {
    StoredState state;
    auto db = Database::open(dataDir);
    if (!db)
        return state; // the screens say what is wrong when they use it
    if (auto settings = TerminalSettings::load(**db)) {
        state.storeId = settings->storeId;
        state.kioskMode = settings->kioskMode;
        state.cameraName = settings->cameraName;
    }
    if (auto sync = SyncState::load(**db))
        state.dataCurrentMs = sync->vouchersMs;
    return state;
}

WedgeSettings wedgeSettingsFrom(const QString& spec) {
    auto settings = parseWedgeSettings(spec);
    if (settings)
        return *settings;
    // A scanner setting must not keep the counter closed: say what is wrong and scan with the defaults.
    qCWarning(lcUi) << "handheld scanner settings:" << settings.error().message << "- using the defaults";
    return {};
}
} // namespace

// Declaration order is construction order: the engine after the controllers it shows, the wedge filter
// after the engine so it sees keys first and is removed before the windows go.
struct TerminalUi::Parts {
    explicit Parts(const TerminalUiOptions& options, const StoredState& stored)
        : redemption(options.dataDir, stored.storeId)
        , database(options.dataDir)
        , day(&database)
        , voids(&database, &day)
        , closeDay(&database, &day)
        , syncDashboard(&database)
        , sale(&database)
        , services(&redemption, &syncStatus, &database, {&day, &voids, &closeDay, &syncDashboard}, &sale)
        , wizard(&database)
        , doctor(DoctorOptions{options.dataDir, {}, options.wedgeSpec})
        , pipeline(DecoderSettings{})
        , wedge(wedgeSettingsFrom(options.wedgeSpec)) {}

    RedemptionController redemption;
    SyncStatusController syncStatus;
    DatabaseThread database;
    DayController day;
    VoidController voids;
    CloseDayController closeDay;
    SyncDashboardController syncDashboard;
    SaleController sale;
    AppServices services;
    WizardController wizard;
    DoctorController doctor;
    std::unique_ptr<SyncThread> sync;
    ScanPipeline pipeline;
    VideoFileSource video;
    CameraSource camera;
    QQmlApplicationEngine engine;
    WedgeEventFilter wedge;
};

TerminalUi::TerminalUi(TerminalUiOptions options) {
    const StoredState stored = readStoredState(options.dataDir);
    m_parts = std::make_unique<Parts>(options, stored);
    Parts& p = *m_parts;
    p.redemption.setKiosk(options.kiosk || stored.kioskMode);
    QObject::connect(&p.wizard, &WizardController::kioskModeChosen, &p.redemption,
                     [&p, forced = options.kiosk](bool on) { p.redemption.setKiosk(forced || on); });
    p.services.setEngine(&p.engine);
    p.services.setWizard(&p.wizard);
    p.services.setDoctor(&p.doctor);
    p.wizard.setAutoOpen(options.firstRunWizard);
    p.wizard.refresh(); // whether this is a new terminal the wizard opens for by itself
    // Offline at start-up, the cashier still sees how old the data is, before any sync cycle ends.
    p.syncStatus.setDataCurrentAt(stored.dataCurrentMs);
    // Without sync (screenshots, screen tests) nothing changes behind the window's back: read on demand.
    p.syncStatus.watch(&p.database, options.sync);
    // A redemption adds an event to upload: the bar counts it without waiting for the next read.
    QObject::connect(&p.redemption, &RedemptionController::verdictReady, &p.syncStatus,
                     &SyncStatusController::refresh);
    if (options.sync) {
        // Background sync on its own thread and database connection; idle until the terminal is enrolled.
        p.sync = std::make_unique<SyncThread>(options.dataDir);
        p.syncStatus.follow(p.sync->worker());
        p.syncDashboard.follow(p.sync->worker());
    }
    // The camera path: frames -> decoder thread -> each code once while in view -> the counter.
    p.redemption.setFrameSource(p.pipeline.sink()); // the scan screen shows the frames the decoder gets
    QObject::connect(&p.pipeline, &ScanPipeline::codeScanned, &p.redemption, [&p](const ScannedCode& s) {
        // Signed out at a counter, a code held up to the camera waits for the sign-in.
        if (p.services.session()->gated() && !p.services.kiosk())
            p.services.session()->holdScan(s.code.text);
        else
            p.redemption.submitCameraCode(s.code.text, s.arrivalNs);
    });
    QObject::connect(&p.pipeline, &ScanPipeline::codeScanned, &p.wizard,
                     [&p](const ScannedCode& s) { p.wizard.recordCameraCode(s.code.text); });
    if (!options.scanVideo.isEmpty()) {
        p.video.play(options.scanVideo, p.pipeline.sink());
        p.redemption.setScanSource(QStringLiteral("video:") + QFileInfo(options.scanVideo).fileName());
    } else if (options.camera) {
        // The command line's choice, else the wizard's, else the system's default camera.
        const QString cameraName = options.cameraName.isEmpty() ? stored.cameraName : options.cameraName;
        if (p.camera.start(p.pipeline.sink(), cameraName))
            p.redemption.setScanSource(QStringLiteral("camera"));
        QObject::connect(&p.wizard, &WizardController::cameraChosen, &p.camera, [&p](const QString& name) {
            p.camera.stop();
            p.redemption.setScanSource(p.camera.start(p.pipeline.sink(), name) ? QStringLiteral("camera")
                                                                               : QString());
        });
    }
    // On the application, not a window: a scan reaches the services whichever window or dialog has focus.
    QObject::connect(&p.wedge, &WedgeEventFilter::codeScanned, &p.services, &AppServices::submitScannedCode);
    QCoreApplication::instance()->installEventFilter(&p.wedge);
}

TerminalUi::~TerminalUi() {
    if (m_parts)
        QCoreApplication::instance()->removeEventFilter(&m_parts->wedge);
}

bool TerminalUi::load() {
    Parts& p = *m_parts;
    p.engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&p.services)}});
    p.engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Main.qml")));
    return p.engine.rootObjects().size() == 1 && window() != nullptr;
}

QQuickWindow* TerminalUi::window() const {
    const auto roots = m_parts->engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
}

QQmlApplicationEngine& TerminalUi::engine() {
    return m_parts->engine;
}

AppServices& TerminalUi::services() {
    return m_parts->services;
}

void TerminalUi::settle() {
    Parts& p = *m_parts;
    const QDeadlineTimer deadline(5000);
    do {
        p.database.drain();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    } while (p.redemption.busy() && !deadline.hasExpired());
}

} // namespace o2o
