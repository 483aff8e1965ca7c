#pragma once

// The terminal's main window as app/gui.cpp loads it, for the screen tests.
#include "ui/redemptioncontroller.h"
#include "ui/syncstatuscontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace o2o::test {

/** The controllers of the window's areas, as app/gui.cpp makes them. */
struct MainControllers {
    RedemptionController redemption;
    SyncStatusController syncStatus;
    explicit MainControllers(const QString& dataDir, const QString& storeId = QStringLiteral("store-1"))
        : redemption(dataDir, storeId) {}
};

/** Loads Main.qml on the controllers; the window, or nullptr when it did not load. */
inline QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, MainControllers& controllers) {
    engine.setInitialProperties(
        {{QStringLiteral("controller"), QVariant::fromValue(&controllers.redemption)},
         {QStringLiteral("syncStatus"), QVariant::fromValue(&controllers.syncStatus)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Main.qml")));
    if (engine.rootObjects().size() != 1)
        return nullptr;
    return qobject_cast<QQuickWindow*>(engine.rootObjects().first());
}

} // namespace o2o::test
