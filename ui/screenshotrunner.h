#pragma once

#include "ui/layoutcheck.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace o2o {

class TerminalUi;

/** Which pictures to take: every shot (or those whose name contains `only`) in each language and size. */
struct ScreenshotRun {
    QString outDir; // empty: check the layout only, write no file
    QStringList languages;
    QList<QSize> sizes;
    QString only;
    // Staff with their (demo) PINs; when signInStaffId is set, that member is signed in before each shot
    // (the sign-in's own shots sign out first). Empty: the terminal has no staff and is open.
    QHash<QString, QString> staffPins;
    QString signInStaffId;
};

/** One picture taken, with what the layout check found in it. */
struct ShotResult {
    QString shot;
    QString language;
    QSize size;
    QString file; // empty when nothing was written (or the write failed: see `saved`)
    bool saved = false;
    QList<LayoutProblem> problems;
};

/**
 * Puts the loaded window through every shot of the plan (ui/screenshotplan.h) on the data directory's demo
 * data, in each language and size, saving `<shot>-<language>-<W>x<H>.png` and checking each for text a
 * person could not read. The window is reset before each shot.
 */
QList<ShotResult> takeScreenshots(TerminalUi& ui, const QString& dataDir, const ScreenshotRun& run);

} // namespace o2o
