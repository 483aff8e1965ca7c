// The sign-in, staff and settings screens on the demo staff (ana cashier, marco manager, ines installer).
#include "ui/appservices.h"
#include "ui/screenshotplan.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace o2o {

namespace {
void waitForSession(ShotStage& stage) {
    SessionController* session = stage.app().session();
    stage.waitUntil([session] { return !session->busy(); });
    stage.settle();
}

/** The sign-in pad with nobody signed in (the runner signs the manager in before each shot). */
SessionController* signedOut(ShotStage& stage) {
    SessionController* session = stage.app().session();
    session->signOut();
    stage.settle();
    return session;
}

void enterPin(SessionController* session, const QString& digits) {
    for (const QChar c : digits)
        session->appendDigit(c.digitValue());
}

/** The item on screen with this name: a screen closed by the reset may linger until deleted. */
QQuickItem* shown(ShotStage& stage, const QString& objectName) {
    const auto items = stage.window()->findChildren<QQuickItem*>(objectName);
    for (QQuickItem* item : items)
        if (item->window() && item->isVisible())
            return item;
    return nullptr;
}

/** Presses a button the way a finger does (its clicked signal). */
void press(ShotStage& stage, const QString& objectName) {
    if (QQuickItem* button = shown(stage, objectName))
        QMetaObject::invokeMethod(button, "clicked");
    stage.settle();
}

void setText(ShotStage& stage, const QString& objectName, const QString& text) {
    if (QQuickItem* field = shown(stage, objectName))
        field->setProperty("text", text);
}
} // namespace

QList<Shot> signinShots() {
    return {
        {QStringLiteral("signin-choose"), [](ShotStage& s) { signedOut(s); }},
        {QStringLiteral("signin-pin-entered"),
         [](ShotStage& s) {
             SessionController* session = signedOut(s);
             session->select(QStringLiteral("marco"));
             enterPin(session, QStringLiteral("24"));
             s.settle();
         }},
        {QStringLiteral("signin-wrong-pin"),
         [](ShotStage& s) {
             // A right PIN first, so this shot shows the first wrong try in every language and size.
             SessionController* session = signedOut(s);
             session->signIn(QStringLiteral("ines"), s.staffPin(QStringLiteral("ines")));
             waitForSession(s);
             session->signOut();
             session->select(QStringLiteral("ines"));
             enterPin(session, QStringLiteral("9999"));
             session->submit();
             waitForSession(s);
         }},
        {QStringLiteral("signin-locked"),
         [](ShotStage& s) {
             // Five real wrong PINs (the store's own lockout), once: later runs find ana still locked.
             SessionController* session = signedOut(s);
             for (int i = 0; i < 5 && session->error() != SessionController::Locked; ++i) {
                 session->select(QStringLiteral("ana"));
                 if (session->error() == SessionController::Locked)
                     break;
                 enterPin(session, QStringLiteral("0000"));
                 session->submit();
                 waitForSession(s);
             }
             session->select(QStringLiteral("ana"));
             s.settle();
         }},
        {QStringLiteral("signin-scan-waiting"),
         [](ShotStage& s) {
             signedOut(s);
             s.app().submitScannedCode(s.demoCode(QStringLiteral("demo-deal")));
             s.settle();
         }},
        {QStringLiteral("staff-list"),
         [](ShotStage& s) {
             s.showScreen(QStringLiteral("staff"));
             s.settle();
         }},
        {QStringLiteral("staff-add-dialog"),
         [](ShotStage& s) {
             s.showScreen(QStringLiteral("staff"));
             s.settle();
             press(s, QStringLiteral("addStaffButton"));
             setText(s, QStringLiteral("staffNameField"), QStringLiteral("Lucía Martín"));
             setText(s, QStringLiteral("staffPinField"), QStringLiteral("2468"));
             setText(s, QStringLiteral("staffPinAgainField"), QStringLiteral("2468"));
             s.settle();
         }},
        {QStringLiteral("staff-pin-mismatch"),
         [](ShotStage& s) {
             s.showScreen(QStringLiteral("staff"));
             s.settle();
             press(s, QStringLiteral("addStaffButton"));
             setText(s, QStringLiteral("staffNameField"), QStringLiteral("Lucía Martín"));
             setText(s, QStringLiteral("staffPinField"), QStringLiteral("2468"));
             setText(s, QStringLiteral("staffPinAgainField"), QStringLiteral("2469"));
             press(s, QStringLiteral("addStaffConfirm"));
         }},
        {QStringLiteral("settings"),
         [](ShotStage& s) {
             s.showScreen(QStringLiteral("settings"));
             s.settle();
         }},
    };
}

} // namespace o2o
