#pragma once

// The terminal's main window as app/gui.cpp loads it, for the screen tests.
#include "ui/redemptioncontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace o2o::test {

/** Loads Main.qml on the controller; the window, or nullptr when it did not load. */
inline QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, RedemptionController& controller) {
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Main.qml")));
    if (engine.rootObjects().size() != 1)
        return nullptr;
    return qobject_cast<QQuickWindow*>(engine.rootObjects().first());
}

} // namespace o2o::test
