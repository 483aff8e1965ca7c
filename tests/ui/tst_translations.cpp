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
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <time.h>

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
    void initTestCase() {
        qputenv("TZ", "UTC"); // the sentences' "today" and times are local
        tzset();
    }
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

    // The sentences made of a refusal's facts (core/refusalfacts.cpp) read whole in each language, dates
    // in that language's form.
    void refusalSentences_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("facts");
        QTest::addColumn<QString>("sentence");
        const auto row = [](const char* name, const char* language, Reason reason, int facts,
                            const char* text) {
            QTest::newRow(name) << QString::fromLatin1(language) << int(reason) << facts
                                << QString::fromUtf8(text);
        };
        row("en used here", "en", Reason::AlreadyRedeemed, 0,
            "Already used today at 12:41 on this terminal by Ana (not yet uploaded)");
        row("es used here", "es", Reason::AlreadyRedeemed, 0,
            "Ya utilizado hoy a las 12:41 en este terminal por Ana (aún sin subir a la plataforma)");
        row("zh used here", "zh_CN", Reason::AlreadyRedeemed, 0,
            "已于今天 12:41由 Ana 在本终端使用（尚未上传至平台）");
        row("en used elsewhere", "en", Reason::AlreadyRedeemed, 1,
            "Already used yesterday at 09:05 on terminal T-2 by Bo");
        row("es used elsewhere", "es", Reason::AlreadyRedeemed, 1,
            "Ya utilizado ayer a las 09:05 en el terminal T-2 por Bo");
        row("zh used elsewhere", "zh_CN", Reason::AlreadyRedeemed, 1, "已于昨天 09:05由 Bo 在终端 T-2 使用");
        row("en pass used up", "en", Reason::Exhausted, 2,
            "No uses left: last used on 3 Nov 2026 at 18:30 on this terminal");
        row("es pass used up", "es", Reason::Exhausted, 2,
            "Sin usos restantes: último uso el 3 nov 2026 a las 18:30 en este terminal");
        row("zh pass used up", "zh_CN", Reason::Exhausted, 2,
            "次数已用完：最后一次于2026年11月3日 18:30在本终端使用");
        row("en expired", "en", Reason::Expired, 3, "Expired on 3 Nov 2026");
        row("es expired", "es", Reason::Expired, 3, "Caducado el 3 nov 2026");
        row("zh expired", "zh_CN", Reason::Expired, 3, "已于2026年11月3日过期");
        row("en tomorrow", "en", Reason::NotYetValid, 4, "Valid from tomorrow at 10:00");
        row("es tomorrow", "es", Reason::NotYetValid, 4, "Válido desde mañana a las 10:00");
        row("zh tomorrow", "zh_CN", Reason::NotYetValid, 4, "明天 10:00起有效");
        row("en weekend", "en", Reason::OutsideHours, 5, "Only valid on Sat, Sun, 10:00-18:00");
        row("es weekend", "es", Reason::OutsideHours, 5,
            "Solo válido los días sáb, dom, en el horario 10:00-18:00");
        row("zh weekend", "zh_CN", Reason::OutsideHours, 5, "仅限周六、周日 10:00-18:00使用");
        row("en min spend", "en", Reason::BelowMinSpend, 6, "Minimum spend 20.00 EUR");
        row("es min spend", "es", Reason::BelowMinSpend, 6, "Gasto mínimo 20.00 EUR");
        row("zh min spend", "zh_CN", Reason::BelowMinSpend, 6, "最低消费 20.00 EUR");
        row("en balance", "en", Reason::InsufficientBalance, 7, "Balance 12.50 EUR, less than 20.00 EUR");
        row("es balance", "es", Reason::InsufficientBalance, 7, "Saldo 12.50 EUR, menos de 20.00 EUR");
        row("zh balance", "zh_CN", Reason::InsufficientBalance, 7, "余额 12.50 EUR，不足 20.00 EUR");
        row("en store", "en", Reason::WrongStore, 8, "For store S-17 only");
        row("es store", "es", Reason::WrongStore, 8, "Solo para la tienda S-17");
        row("zh store", "zh_CN", Reason::WrongStore, 8, "仅限门店 S-17 使用");
        row("en offline", "en", Reason::OfflineBudgetExceeded, 9,
            "Offline limit reached: 50 redemptions without the platform");
        row("es offline", "es", Reason::OfflineBudgetExceeded, 9,
            "Límite sin conexión alcanzado: 50 canjes sin la plataforma");
        row("zh offline", "zh_CN", Reason::OfflineBudgetExceeded, 9,
            "已达离线上限：未连接平台时最多核销 50 次");
    }
    void refusalSentences() {
        QFETCH(QString, language);
        QFETCH(int, reason);
        QFETCH(int, facts);
        QFETCH(QString, sentence);
        const QTimeZone utc = QTimeZone::utc();
        const auto at = [&](int d, int h, int m) {
            return QDateTime(QDate(2026, 11, d), QTime(h, m), utc).toMSecsSinceEpoch();
        };
        RefusalFacts f;
        f.decidedMs = at(18, 13, 0);
        f.currency = QStringLiteral("EUR");
        switch (facts) {
        case 0:
            f.prior = PriorRedemption{QStringLiteral("r-1"),
                                      at(18, 12, 41),
                                      QStringLiteral("T-1"),
                                      true,
                                      QStringLiteral("ana"),
                                      QStringLiteral("Ana"),
                                      true};
            break;
        case 1:
            f.prior = PriorRedemption{
                QStringLiteral("r-2"), at(17, 9, 5), QStringLiteral("T-2"), false, QStringLiteral("bo"),
                QStringLiteral("Bo"),  false};
            break;
        case 2:
            f.prior = PriorRedemption{
                QStringLiteral("r-3"), at(3, 18, 30), QStringLiteral("T-1"), true, {}, {}, false};
            break;
        case 3:
            f.validUntil = at(3, 0, 0) / 1000;
            break;
        case 4:
            f.validFrom = at(19, 10, 0) / 1000;
            break;
        case 5:
            f.weekdays = weekdayBit(6) | weekdayBit(7);
            f.minuteFrom = 600;
            f.minuteUntil = 1080;
            break;
        case 6:
            f.minSpendMinor = 2000;
            break;
        case 7:
            f.balanceMinor = 1250;
            f.askedMinor = 2000;
            break;
        case 8:
            f.stores = {QStringLiteral("S-17")};
            break;
        case 9:
            f.offlineLimit = OfflineLimit::Count;
            f.offlineMax = 50;
            f.offlineUsed = 50;
            break;
        }
        QCOMPARE(installUiTranslations(QLocale(language)), language);
        QCOMPARE(Verdict::refuse(Reason(reason), f).sentence(), sentence);
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
