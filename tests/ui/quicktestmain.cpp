// The Qt Quick Test runner for tests/ui/qml/tst_*.qml: each file gets a fresh data directory with the demo
// data and the window's real controllers (ui/terminalui.h, without sync or camera), as `services`, and
// `support` for what a test needs besides (the demo codes, waiting for the worker threads).
#include "app/demodata.h"
#include "tests/ui/quicktestsupport.h"
#include "ui/appservices.h"
#include "ui/terminalui.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine) {
        m_dir = std::make_unique<QTemporaryDir>();
        auto seeded = o2o::seedDemoData(m_dir->path());
        if (!seeded)
            qFatal("demo data: %s", qPrintable(seeded.error().message));
        o2o::TerminalUiOptions options;
        options.firstRunWizard = false;
        options.dataDir = m_dir->path();
        options.sync = false;
        options.camera = false;
        m_ui = std::make_unique<o2o::TerminalUi>(options);
        m_ui->services().setEngine(engine);
        m_support = std::make_unique<o2o::test::QuickTestSupport>(*m_ui, m_dir->path());
        engine->rootContext()->setContextProperty(QStringLiteral("services"), &m_ui->services());
        engine->rootContext()->setContextProperty(QStringLiteral("support"), m_support.get());
    }
    void cleanupTestCase() {
        m_support.reset();
        m_ui.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<o2o::TerminalUi> m_ui;
    std::unique_ptr<o2o::test::QuickTestSupport> m_support;
};

QUICK_TEST_MAIN_WITH_SETUP(o2o_screens, Setup)

#include "quicktestmain.moc"
