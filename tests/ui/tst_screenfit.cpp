#include "app/demodata.h"
#include "app/demostaff.h"
#include "ui/layoutcheck.h"
#include "ui/screenshotrunner.h"
#include "ui/terminalui.h"
#include "ui/translations.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

// Every screen and state of the screenshot plan, in each language at both sizes: no text elided, drawn
// past its box or the window, or over another text. And the check itself can fail.
class TestScreenFit : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TerminalUi> m_ui;
    QHash<QString, QString> m_staffPins;

    QList<LayoutProblem> problemsOf(const QByteArray& qml) {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Window\n" + qml, QUrl());
        std::unique_ptr<QObject> object(component.create());
        auto* window = qobject_cast<QQuickWindow*>(object.get());
        if (!window) {
            qWarning() << component.errorString();
            return {};
        }
        window->grabWindow();
        return checkLayout(window);
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto seeded = seedDemoData(m_dir->path());
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
        auto staff = seedDemoStaff(m_dir->path());
        QVERIFY2(staff, qPrintable(staff ? QString() : staff.error().message));
        m_staffPins = demoStaffPins(*staff);
        TerminalUiOptions options;
        options.firstRunWizard = false;
        options.dataDir = m_dir->path();
        options.sync = false;
        options.camera = false;
        m_ui = std::make_unique<TerminalUi>(options);
        QVERIFY(m_ui->load());
    }
    void cleanupTestCase() { m_ui.reset(); }

    void everyScreenFits_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString& language : uiLanguages()) {
            for (const QSize size : {QSize(800, 480), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
        }
    }
    void everyScreenFits() {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QList<ShotResult> results =
            takeScreenshots(*m_ui, m_dir->path(), {{}, {language}, {size}, {}, m_staffPins, demoManagerId()});
        QVERIFY(results.size() >= 4);
        QStringList problems;
        for (const ShotResult& r : results) {
            for (const LayoutProblem& p : r.problems)
                problems.append(QStringLiteral("%1: %2").arg(r.shot, p.describe()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check finds what it is for, and nothing in a clean layout.
    void checkFindsEachKind_data() {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<int>("kind");
        QTest::newRow("elided")
            << QByteArray("Window { width: 300; height: 200; visible: true\n"
                          "  Label { width: 40; elide: Text.ElideRight; text: 'A long sentence' } }")
            << int(LayoutProblem::Kind::Elided);
        QTest::newRow("wider than its box") << QByteArray("Window { width: 300; height: 200; visible: true\n"
                                                          "  Label { width: 40; text: 'A long sentence' } }")
                                            << int(LayoutProblem::Kind::Overflows);
        QTest::newRow("out of the window") << QByteArray("Window { width: 300; height: 200; visible: true\n"
                                                         "  Label { x: 260; text: 'Partly outside' } }")
                                           << int(LayoutProblem::Kind::OutsideWindow);
        QTest::newRow("overlapping")
            << QByteArray("Window { width: 300; height: 200; visible: true\n"
                          "  Label { text: 'First words' }\n  Label { x: 20; text: 'Second words' } }")
            << int(LayoutProblem::Kind::Overlaps);
    }
    void checkFindsEachKind() {
        QFETCH(QByteArray, qml);
        QFETCH(int, kind);
        const QList<LayoutProblem> problems = problemsOf(qml);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(int(problems.first().kind), kind);
    }
    void cleanLayoutHasNoProblem() {
        const QList<LayoutProblem> problems =
            problemsOf("Window { width: 300; height: 200; visible: true\n"
                       "  Column { Label { text: 'First words' }\n Label { text: 'Second words' } } }");
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().describe()));
    }
};

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
