#pragma once

#include <QSize>
#include <QString>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace o2o {

class AppServices;

/** How the window is put together; the defaults are a counter's. */
struct TerminalUiOptions {
    QString dataDir;
    bool kiosk = false;         // scanned codes are redeemed at once (no cashier to confirm)
    bool sync = true;           // run the sync worker (off for screenshots and screen tests)
    bool camera = true;         // open the default camera when there is one
    bool firstRunWizard = true; // a new terminal (not enrolled, no staff) opens the installer's wizard
    QString cameraName;         // a camera's description; empty: the default camera
    QString scanVideo;          // play this video as if it were the camera (demos, tests, screenshots)
    QString wedgeSpec;          // O2O_WEDGE-style handheld scanner settings; empty: the defaults
};

/**
 * The window and everything behind it: the area controllers, the worker threads, the camera path and the
 * handheld scanner's filter, wired once here for the application, the screenshots and the screen tests.
 */
class TerminalUi {
public:
    explicit TerminalUi(TerminalUiOptions options);
    ~TerminalUi();
    TerminalUi(const TerminalUi&) = delete;
    TerminalUi& operator=(const TerminalUi&) = delete;

    /** Loads Main.qml; false (QML errors on stderr) when it did not load. */
    bool load();
    QQuickWindow* window() const;
    QQmlApplicationEngine& engine();
    AppServices& services();
    /** Waits until no screen job or verdict is pending (screenshots and tests). */
    void settle();

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace o2o
