#include "app/gui.h"

#include "store/terminalsettings.h"
#include "ui/redemptioncontroller.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

namespace o2o {

int runGui(const GuiOptions& options) {
    QString storeId;
    {
        // Fail before opening a window if the database cannot be used.
        auto db = Database::open(options.dataDir);
        if (!db) {
            std::fprintf(stderr, "o2o-terminal: %s\n", db.error().message.toUtf8().constData());
            return 2;
        }
        auto settings = TerminalSettings::load(**db);
        if (settings)
            storeId = settings->storeId;
    }
    RedemptionController controller(options.dataDir, storeId);
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/O2O/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 2;
    if (!options.screenshotPath.isEmpty()) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QTimer::singleShot(500, window, [window, path = options.screenshotPath] {
            const bool saved = window->grabWindow().save(path);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    return QGuiApplication::exec();
}

} // namespace o2o
