#pragma once

#include <QString>

namespace o2o {

struct GuiOptions {
    QString dataDir;
    QString screenshotPath; // when set: render, save a screenshot, quit (installers' and CI's check)
};

/** Opens the terminal window. Expects a QGuiApplication to exist. Returns the exit code. */
int runGui(const GuiOptions& options);

} // namespace o2o
