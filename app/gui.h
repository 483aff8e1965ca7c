#pragma once

#include <QSize>

#include <QString>

namespace o2o {

struct GuiOptions {
    QString dataDir;
    QString screenshotPath;  // when set: render, save a screenshot, quit (installers' and CI's check)
    bool kiosk = false;      // scanned codes are redeemed at once (no cashier to confirm)
    QString camera;          // a camera's description; empty: the default camera, if any
    QString scanVideo;       // play this video as if it were the camera (demos, machines without one)
    QString language;        // "en", "es", "zh_CN"; empty: the system's locale (LANG)
    QSize size;              // the window's size; empty: the window's own (1024x640)
    bool fullscreen = false; // the whole screen (the kiosk session under cage)
};

/** Opens the terminal window. Expects a QGuiApplication to exist. Returns the exit code. */
int runGui(const GuiOptions& options);

} // namespace o2o
