#include "ui/appservices.h"
#include "ui/screenshotplan.h"

#include <QQuickItem>

namespace o2o {

namespace {
/** Opens the wizard at a step (from the language step, through the real controller). */
void openAt(ShotStage& stage, WizardController::Step step) {
    stage.showScreen(QStringLiteral("wizard"));
    // Until the StackView's push transition has ended and the counter below is hidden.
    stage.waitUntil([&stage] {
        QQuickItem* screen = stage.item(QStringLiteral("wizardScreen"));
        return screen && screen->x() == 0.0 && screen->opacity() == 1.0;
    });
    stage.waitUntil([] { return false; }, 150);
    WizardController* wizard = stage.app().wizard();
    stage.waitUntil([wizard] { return wizard->step() == WizardController::Step::Language; });
    while (wizard->step() != step)
        wizard->next();
    stage.settle();
}
} // namespace

QList<Shot> wizardShots() {
    using Step = WizardController::Step;
    return {
        {QStringLiteral("wizard-1-language"), [](ShotStage& s) { openAt(s, Step::Language); }},
        {QStringLiteral("wizard-2-enrollment"), [](ShotStage& s) { openAt(s, Step::Enrollment); }},
        {QStringLiteral("wizard-2-enrollment-error"),
         [](ShotStage& s) {
             openAt(s, Step::Enrollment);
             WizardController* wizard = s.app().wizard();
             // Nothing listens on port 9 of this machine: the "does not answer" refusal.
             wizard->enroll(QStringLiteral("https://127.0.0.1:9"), QStringLiteral("ABCDEF2345"), QString());
             s.waitUntil([wizard] { return !wizard->busy(); }, 20000);
         }},
        {QStringLiteral("wizard-3-pin"),
         [](ShotStage& s) {
             openAt(s, Step::Pin);
             s.app().wizard()->createInstaller(QStringLiteral("Installer"), QStringLiteral("1234"),
                                               QStringLiteral("1243"));
         }},
        {QStringLiteral("wizard-4-camera"), [](ShotStage& s) { openAt(s, Step::Camera); }},
        {QStringLiteral("wizard-5-scanner"),
         [](ShotStage& s) {
             openAt(s, Step::Scanner);
             s.app().submitScannedCode(QStringLiteral("SCANNER-TEST-0123456789"));
         }},
        {QStringLiteral("wizard-6-kiosk"), [](ShotStage& s) { openAt(s, Step::Kiosk); }},
        {QStringLiteral("wizard-7-done"), [](ShotStage& s) { openAt(s, Step::Done); }},
    };
}

} // namespace o2o
