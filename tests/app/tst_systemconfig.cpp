// /etc/o2o-terminal/terminal.conf: what it reads, what it ignores with a message, and that it is the
// lowest-precedence source (command line > environment > the file > defaults), with the real binary.
#include "app/systemconfig.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// o2o-terminal with exactly these arguments and environment changes (no --data-dir added).
Run terminal(const QStringList& args, const QHash<QString, QString>& env) {
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("O2O_DATA_DIR"));
    e.remove(QStringLiteral("O2O_WEDGE"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(terminalBinary(), args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSystemConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEverySetting() {
        const SystemConfig c = SystemConfig::parse(
            "# comment\n; another\n\n[terminal]\n data_dir = /var/lib/o2o-terminal \nlanguage=zh_CN\n"
            "camera = \"USB Camera\"\nsize=800x480\nkiosk = yes\nfullscreen=false\n"
            "wedge = suffix=tab,maxgap=30\nlog_rules = o2o.sync.debug=true;o2o.store.debug=true\n",
            QStringLiteral("/etc/o2o-terminal/terminal.conf"));
        QCOMPARE(c.warnings, QStringList());
        QCOMPARE(c.dataDir, QStringLiteral("/var/lib/o2o-terminal"));
        QCOMPARE(c.language, QStringLiteral("zh_CN"));
        QCOMPARE(c.camera, QStringLiteral("USB Camera"));
        QCOMPARE(c.size, QStringLiteral("800x480"));
        QCOMPARE(c.kiosk, std::optional<bool>(true));
        QCOMPARE(c.fullscreen, std::optional<bool>(false));
        QCOMPARE(c.wedge, QStringLiteral("suffix=tab,maxgap=30"));
        QCOMPARE(c.logRules, QStringLiteral("o2o.sync.debug=true;o2o.store.debug=true"));
    }

    void ignoresWhatItCannotUse_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("warning");
        QTest::newRow("unknown key") << QByteArray("[terminal]\ncolour=blue\n")
                                     << QStringLiteral("terminal.conf:2: unknown setting 'colour' ignored");
        QTest::newRow("bad boolean") << QByteArray("[terminal]\nkiosk=maybe\n")
                                     << QStringLiteral(
                                            "terminal.conf:2: kiosk must be true or false; ignored");
        QTest::newRow("relative data_dir")
            << QByteArray("[terminal]\n\ndata_dir=data\n")
            << QStringLiteral("terminal.conf:3: data_dir must be an absolute path; ignored");
        QTest::newRow("no equals") << QByteArray("[terminal]\nkiosk\n")
                                   << QStringLiteral("terminal.conf:2: not a 'key = value' line; ignored");
        QTest::newRow("other section") << QByteArray("[window]\nkiosk=true\n")
                                       << QStringLiteral("terminal.conf:1: unknown section [window] ignored");
    }
    void ignoresWhatItCannotUse() {
        QFETCH(QByteArray, text);
        QFETCH(QString, warning);
        const SystemConfig c = SystemConfig::parse(text, QStringLiteral("/etc/o2o-terminal/terminal.conf"));
        QCOMPARE(c.warnings, QStringList{warning});
        QVERIFY(c.dataDir.isEmpty());
        QVERIFY(!c.kiosk.has_value());
    }

    void theShippedFileSetsNothing() {
        QFile shipped(QStringLiteral(O2O_SOURCE_DIR "/packaging/terminal.conf"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray text = shipped.readAll();
        const SystemConfig c = SystemConfig::parse(text, shipped.fileName());
        QCOMPARE(c.warnings, QStringList());
        QVERIFY(c.dataDir.isEmpty() && c.language.isEmpty() && c.camera.isEmpty() && c.size.isEmpty() &&
                c.wedge.isEmpty() && c.logRules.isEmpty() && !c.kiosk && !c.fullscreen);
        // Uncommenting each documented line gives a file without a warning: the examples are valid.
        QByteArray uncommented = text;
        uncommented.replace("\n;", "\n");
        const SystemConfig all = SystemConfig::parse(uncommented, shipped.fileName());
        QCOMPARE(all.warnings, QStringList());
        QCOMPARE(all.dataDir, QStringLiteral("/var/lib/o2o-terminal"));
        QCOMPARE(all.wedge, QStringLiteral("suffix=enter,maxgap=35,minlength=4,endgap=60"));
    }

    void lowestPrecedence() {
        QTemporaryDir fromFile, fromEnv, fromArgs, config;
        const QString path = config.filePath(QStringLiteral("terminal.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[terminal]\ndata_dir=" + fromFile.path().toUtf8() + "\nshade=dark\n");
        file.close();
        const QHash<QString, QString> withConfig{{QStringLiteral("O2O_CONFIG"), path}};
        const QStringList status{QStringLiteral("status"), QStringLiteral("--json")};
        const auto dataDirOf = [](const Run& r) {
            return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("data_dir")).toString();
        };

        Run r = terminal(status, withConfig);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(dataDirOf(r), fromFile.path());
        QVERIFY(QFile::exists(fromFile.filePath(QStringLiteral("terminal.db"))));
        QVERIFY(r.err.contains("terminal.conf:3: unknown setting 'shade' ignored"));

        QHash<QString, QString> withEnv = withConfig;
        withEnv.insert(QStringLiteral("O2O_DATA_DIR"), fromEnv.path());
        r = terminal(status, withEnv);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(dataDirOf(r), fromEnv.path());

        r = terminal(QStringList{QStringLiteral("--data-dir"), fromArgs.path()} + status, withEnv);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(dataDirOf(r), fromArgs.path());

        // The handheld scanner's settings reach the doctor as O2O_WEDGE would.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[terminal]\nwedge = suffix=tab,maxgap=30,minlength=6,endgap=80\n");
        file.close();
        r = terminal({QStringLiteral("--data-dir"), fromArgs.path(), QStringLiteral("doctor")}, withConfig);
        QVERIFY2(r.out.contains("PASS  handheld_scanner: O2O_WEDGE: suffix=tab, maxgap=30 ms, minlength=6"),
                 r.out);
        QHash<QString, QString> wedgeEnv = withConfig;
        wedgeEnv.insert(QStringLiteral("O2O_WEDGE"), QStringLiteral("suffix=none"));
        r = terminal({QStringLiteral("--data-dir"), fromArgs.path(), QStringLiteral("doctor")}, wedgeEnv);
        QVERIFY2(r.out.contains("PASS  handheld_scanner: O2O_WEDGE: suffix=none, maxgap=35 ms"), r.out);
    }
};

QTEST_GUILESS_MAIN(TestSystemConfig)
#include "tst_systemconfig.moc"
