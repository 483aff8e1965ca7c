#include "ui/screenshotrunner.h"

#include "ui/appservices.h"
#include "ui/screenshotplan.h"
#include "ui/terminalui.h"
#include "ui/uilog.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>

namespace o2o {

namespace {
/** The bar as a terminal without a platform shows it, read again from the database. */
void resetStatusBar(AppServices& app) {
    app.syncStatus()->setOnline(false);
    app.syncStatus()->cycleFailed(ErrorCode::NotEnrolled);
}
} // namespace

QList<ShotResult> takeScreenshots(TerminalUi& ui, const QString& dataDir, const ScreenshotRun& run) {
    ShotStage stage(ui, readDemoCodes(dataDir));
    stage.setStaffPins(run.staffPins);
    SessionController* session = ui.services().session();
    QQuickWindow* window = ui.window();
    QList<ShotResult> results;
    const QList<Shot> shots = allShots();
    for (const QSize& size : run.sizes) {
        window->resize(size);
        // Qt 6.4: a layout resized and retranslated in the same frame keeps a button's old width, so the
        // window settles at its new size before the language changes, and again after.
        stage.waitUntil([] { return false; }, 100);
        for (const QString& language : run.languages) {
            ui.services().setLanguage(language);
            // Qt 6.4 can keep a retranslated button at its old width until the window's size changes:
            // a one-pixel nudge lays every screen out again in the new language.
            window->resize(size + QSize(1, 1));
            stage.waitUntil([] { return false; }, 50);
            window->resize(size);
            stage.waitUntil([] { return false; }, 50);
            for (const Shot& shot : shots) {
                if (!run.only.isEmpty() && !shot.name.contains(run.only))
                    continue;
                stage.callWindow("reset");
                resetStatusBar(ui.services());
                stage.settle();
                if (!run.signInStaffId.isEmpty() && session->staffId() != run.signInStaffId) {
                    session->signOut();
                    session->signIn(run.signInStaffId, run.staffPins.value(run.signInStaffId));
                    stage.waitUntil([session] { return !session->busy() && session->ready(); });
                    stage.settle();
                    if (session->staffId() != run.signInStaffId)
                        qCWarning(lcUi) << "screenshots: could not sign in" << run.signInStaffId;
                }
                shot.stage(stage);
                stage.settle();
                // Grabbing renders the frame (layouts polished), so the check sees what the picture shows.
                const QImage picture = window->grabWindow();
                ShotResult result{shot.name, language, size, {}, false, checkLayout(window)};
                if (!run.outDir.isEmpty()) {
                    result.file = QDir(run.outDir)
                                      .filePath(QStringLiteral("%1-%2-%3x%4.png")
                                                    .arg(shot.name, language)
                                                    .arg(size.width())
                                                    .arg(size.height()));
                    result.saved = picture.save(result.file);
                }
                qCDebug(lcUi) << "shot" << shot.name << language << size << result.problems.size()
                              << "problems";
                results.append(result);
            }
        }
    }
    stage.callWindow("reset");
    return results;
}

} // namespace o2o
