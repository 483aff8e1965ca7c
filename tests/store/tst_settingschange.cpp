// The settings a person changes (config command, settings screen): the limits, the audited save, and the
// staff ids the staff screen makes from names.
#include "store/auditlog.h"
#include "store/settingschange.h"
#include "store/staffstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace o2o;

class TestSettingsChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void limits_data() {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("voidWindow");
        QTest::addColumn<bool>("idle");
        QTest::newRow("0: never / no voids") << 0 << true << true;
        QTest::newRow("15") << 15 << true << true;
        QTest::newRow("8 hours") << 480 << true << true;
        QTest::newRow("8 hours 1 minute") << 481 << true << false;
        QTest::newRow("a day") << 1440 << true << false;
        QTest::newRow("a day and a minute") << 1441 << false << false;
        QTest::newRow("negative") << -1 << false << false;
    }
    void limits() {
        QFETCH(int, minutes);
        QFETCH(bool, voidWindow);
        QFETCH(bool, idle);
        QCOMPARE(isValidVoidWindowMinutes(minutes), voidWindow);
        QCOMPARE(isValidIdleSignOutMinutes(minutes), idle);
    }

    void idleMinutesDefaultAndRoundTrip() {
        test::TempTerminal t;
        auto loaded = TerminalSettings::load(*t.db);
        QVERIFY(loaded);
        QCOMPARE(loaded->idleSignOutMinutes, 5);
        TerminalSettings changed = *loaded;
        changed.idleSignOutMinutes = 12;
        changed.voidWindowMinutes = 30;
        auto saved = saveSettingsAudited(*t.db, *loaded, changed, QStringLiteral("marco"), 1000);
        QVERIFY(saved);
        QCOMPARE(*saved, (QStringList{QStringLiteral("void_window_minutes"),
                                      QStringLiteral("idle_signout_minutes")}));
        auto again = TerminalSettings::load(*t.db);
        QVERIFY(again);
        QCOMPARE(again->idleSignOutMinutes, 12);
        QCOMPARE(again->voidWindowMinutes, 30);
        auto entries = AuditLog(*t.db).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().actor, QStringLiteral("marco"));
        QCOMPARE(entries->first().action, QStringLiteral("settings"));
        QCOMPARE(entries->first().detail, QStringLiteral("void_window_minutes, idle_signout_minutes"));
    }

    void nothingChangedWritesNothing() {
        test::TempTerminal t;
        auto loaded = TerminalSettings::load(*t.db);
        QVERIFY(loaded);
        auto saved = saveSettingsAudited(*t.db, *loaded, *loaded, QStringLiteral("marco"), 1000);
        QVERIFY(saved);
        QVERIFY(saved->isEmpty());
        auto entries = AuditLog(*t.db).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 0);
    }

    void staffIdFromName_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << "Ana" << QStringList{} << "ana";
        QTest::newRow("accents and spaces") << "  Ana María López " << QStringList{} << "ana-maria-lopez";
        QTest::newRow("taken") << "Ana" << QStringList{"ana", "ana-2"} << "ana-3";
        QTest::newRow("taken, other case") << "Ana" << QStringList{"ANA"} << "ana-2";
        QTest::newRow("Chinese only") << QString::fromUtf8("王芳") << QStringList{} << "staff";
        QTest::newRow("Chinese, taken") << QString::fromUtf8("李娜") << QStringList{"staff"} << "staff-2";
        QTest::newRow("long") << QString(60, u'x') << QStringList{} << QString(28, u'x');
    }
    void staffIdFromName() {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, id);
        QCOMPARE(staffIdFor(name, taken), id);
        QVERIFY(isValidStaffId(id));
    }
};

QTEST_GUILESS_MAIN(TestSettingsChange)
#include "tst_settingschange.moc"
