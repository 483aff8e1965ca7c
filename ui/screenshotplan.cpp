#include "ui/screenshotplan.h"

#include "ui/appservices.h"
#include "ui/terminalui.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>

namespace o2o {

ShotStage::ShotStage(TerminalUi& ui, QHash<QString, QString> demoCodes)
    : m_ui(ui)
    , m_demoCodes(std::move(demoCodes)) {}

AppServices& ShotStage::app() {
    return m_ui.services();
}

QQuickWindow* ShotStage::window() {
    return m_ui.window();
}

bool ShotStage::showScreen(const QString& name) {
    const bool shown = callWindow("showScreen", {name}).toBool();
    // The picture shows the screen, not the transition to it (the counter would still be on top).
    if (QQuickItem* stack = item(QStringLiteral("screenStack")))
        waitUntil([stack] { return !stack->property("busy").toBool(); });
    return shown;
}

QVariant ShotStage::callWindow(const char* function, const QVariantList& arguments) {
    QVariant result;
    QGenericArgument args[3];
    for (int i = 0; i < arguments.size() && i < 3; ++i)
        args[i] = Q_ARG(QVariant, arguments.at(i));
    QMetaObject::invokeMethod(window(), function, Q_RETURN_ARG(QVariant, result), args[0], args[1], args[2]);
    return result;
}

QQuickItem* ShotStage::item(const QString& objectName) {
    return window()->findChild<QQuickItem*>(objectName);
}

bool ShotStage::waitUntil(const std::function<bool()>& ready, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!ready() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return ready();
}

void ShotStage::settle() {
    m_ui.settle();
    // Screens taken off the stack are deleted later, which processEvents() alone never does: without
    // this, item() could find a previous shot's screen and its dialogs.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QList<Shot> allShots() {
    QList<Shot> shots;
    shots += signinShots();
    shots += counterShots();
    shots += statusShots();
    shots += managerShots();
    shots += saleShots();
    shots += returnShots();
    shots += wizardShots();
    return shots;
}

QHash<QString, QString> readDemoCodes(const QString& dataDir) {
    QHash<QString, QString> codes;
    QFile file(QDir(dataDir).filePath(QStringLiteral("demo-vouchers.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return codes;
    while (!file.atEnd()) {
        const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
        codes.insert(record.value(QStringLiteral("id")).toString(),
                     record.value(QStringLiteral("code")).toString());
    }
    return codes;
}

} // namespace o2o
