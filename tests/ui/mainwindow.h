#pragma once

// The terminal's main window as app/gui.cpp loads it, for the screen tests.
#include "ui/appservices.h"
#include "ui/databasethread.h"
#include "ui/redemptioncontroller.h"
#include "ui/salecontroller.h"
#include "ui/syncstatuscontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>

namespace o2o::test {

/** The controllers of the window's areas, as app/gui.cpp makes them. */
struct MainControllers {
    RedemptionController redemption;
    SyncStatusController syncStatus;
    DatabaseThread database;
    DayController day;
    VoidController voids;
    CloseDayController closeDay;
    SyncDashboardController syncDashboard;
    SaleController sale;
    AppServices services;
    WizardController wizard{&database};
    DoctorController doctor;
    explicit MainControllers(const QString& dataDir, const QString& storeId = QStringLiteral("store-1"))
        : redemption(dataDir, storeId)
        , database(dataDir)
        , day(&database)
        , voids(&database, &day)
        , closeDay(&database, &day)
        , syncDashboard(&database)
        , sale(&database)
        , services(&redemption, &syncStatus, &database, {&day, &voids, &closeDay, &syncDashboard}, &sale)
        , doctor(DoctorOptions{dataDir, {}, {}}) {
        services.setWizard(&wizard);
        services.setDoctor(&doctor);
    }
};

/** Loads Main.qml on the controllers; the window, or nullptr when it did not load. */
inline QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, MainControllers& controllers) {
    controllers.services.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controllers.services)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Main.qml")));
    if (engine.rootObjects().size() != 1)
        return nullptr;
    return qobject_cast<QQuickWindow*>(engine.rootObjects().first());
}

/**
 * What QML prints when a binding reads a property the C++ side does not have, assigns undefined, throws
 * or misses a required property: only a warning on stderr, and a screen left half drawn. The phrases
 * catch warnings from JavaScript functions too, which do not always name the file.
 */
inline QRegularExpression qmlWarningPattern() {
    return QRegularExpression(QStringLiteral("qrc:/qt-project.org/imports/O2O/|Unable to "
                                             "assign|undefined|ReferenceError|TypeError|Required property"));
}

/** Call from a screen test's init(): any QML warning fails the test that caused it. */
inline void failOnQmlWarnings() {
    QTest::failOnWarning(qmlWarningPattern());
}

} // namespace o2o::test
