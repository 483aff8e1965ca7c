#include "core/verdict.h"
#include "tests/support/testsupport.h"
#include "tests/ui/mainwindow.h"
#include "ui/redemptioncontroller.h"
#include "ui/translations.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(O2O_UiPlugin)

using namespace o2o;

// The window in Spanish and Simplified Chinese: every refusal a cashier can see is translated, and the
// screen itself shows the language it was given.
class TestTranslations : public QObject {
    Q_OBJECT

    static QStringList allReasonMessages() {
        // Every reason core/verdict.cpp knows: past the last one, reasonCode() answers empty.
        QStringList messages{cashierMessage(Reason::None)};
        for (int r = int(Reason::None) + 1; !reasonCode(Reason(r)).isEmpty(); ++r)
            messages.append(cashierMessage(Reason(r)));
        return messages;
    }

private Q_SLOTS:
    void init() { test::failOnQmlWarnings(); }
    void cleanup() { installUiTranslations(QLocale(QStringLiteral("en"))); }

    void languagesAsGiven_data() {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("es-MX") << QStringLiteral("es-MX") << QStringLiteral("es");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-Hans-CN") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("traditional Chinese is not ours") << QStringLiteral("zh_TW") << QString();
        QTest::newRow("klingon") << QStringLiteral("tlh") << QString();
    }
    void languagesAsGiven() {
        QFETCH(QString, given);
        QFETCH(QString, language);
        QCOMPARE(normalizeUiLanguage(given), language);
    }

    void everyRefusalIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("Spanish") << QStringLiteral("es");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }
    void everyRefusalIsTranslated() {
        QFETCH(QString, language);
        const QStringList english = allReasonMessages();
        QCOMPARE(installUiTranslations(QLocale(language)), language);
        const QStringList translated = allReasonMessages();
        QVERIFY(english.size() > int(Reason::WrongCurrency)); // the loop saw at least the reasons known today
        QCOMPARE(translated.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(translated.at(i) != english.at(i), qPrintable(english.at(i)));
        // Two refusals that read the same would leave the cashier guessing.
        QCOMPARE(QSet<QString>(translated.cbegin(), translated.cend()).size(), translated.size());
    }

    void theScreenSpeaksTheLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("ready");
        QTest::addColumn<QString>("redeem");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Ready to scan")
                                 << QStringLiteral("Redeem");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Listo para escanear")
                                 << QStringLiteral("Canjear");
        QTest::newRow("Simplified Chinese")
            << QStringLiteral("zh_CN") << QStringLiteral("请扫码") << QStringLiteral("核销");
    }
    void theScreenSpeaksTheLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, ready);
        QFETCH(QString, redeem);
        installUiTranslations(QLocale(language));
        test::TempTerminal terminal;
        terminal.db.reset();
        test::MainControllers controllers(terminal.dataDir());
        QQmlApplicationEngine engine;
        QQuickWindow* window = test::loadMainWindow(engine, controllers);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* title = window->findChild<QQuickItem*>(QStringLiteral("verdictTitle"));
        auto* button = window->findChild<QQuickItem*>(QStringLiteral("redeemButton"));
        QVERIFY(title && button);
        QCOMPARE(title->property("text").toString(), ready);
        QCOMPARE(button->property("text").toString(), redeem);

        // A refusal reads in the same language, reason included.
        QSignalSpy verdicts(&controllers.redemption, &RedemptionController::verdictReady);
        controllers.redemption.check(QStringLiteral("NOBODY-KNOWS-1"));
        QTRY_COMPARE(verdicts.size(), 1);
        auto* message = window->findChild<QQuickItem*>(QStringLiteral("verdictMessage"));
        QVERIFY(message);
        QTRY_COMPARE(message->property("text").toString(), cashierMessage(Reason::UnknownCode));
        QVERIFY(title->property("text").toString() != ready);
        const QString shot = qEnvironmentVariable("O2O_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            QVERIFY(window->grabWindow().save(QStringLiteral("%1/window-%2.png").arg(shot, language)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
