#include "ui/appservices.h"
#include "ui/screenshotplan.h"
#include "ui/uilog.h"

#include <QQuickItem>

namespace o2o {

namespace {
/** Opens the wizard at a step, as the demo installer (Ines) reopens it from the menu. */
void openAt(ShotStage& stage, WizardController::Step step) {
    SessionController* session = stage.app().session();
    const QString installer = QStringLiteral("ines");
    if (session->staffId() != installer) {
        session->signIn(installer, stage.staffPin(installer));
        stage.waitUntil([session, installer] { return session->staffId() == installer; });
    }
    if (!stage.showScreen(QStringLiteral("wizard")))
        qCWarning(lcUi) << "screenshots: the wizard did not open";
    WizardController* wizard = stage.app().wizard();
    stage.waitUntil([wizard] { return wizard->step() == WizardController::Step::Language; });
    while (wizard->step() != step)
        wizard->next();
    stage.settle();
}
/** Until the self-test the screen started has shown its findings. */
void waitForSelfTest(ShotStage& stage) {
    DoctorController* doctor = stage.app().doctor();
    stage.waitUntil([doctor] { return doctor->busy(); }, 1000);
    stage.waitUntil([doctor] { return doctor->ran() && !doctor->busy(); }, 30000);
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
        {QStringLiteral("wizard-7-done"),
         [](ShotStage& s) {
             openAt(s, Step::Done);
             waitForSelfTest(s);
         }},
        {QStringLiteral("installer-self-test"),
         [](ShotStage& s) {
             openAt(s, Step::Language); // signs the installer in
             s.showScreen(QStringLiteral("doctor"));
             waitForSelfTest(s);
         }},
    };
}

} // namespace o2o
