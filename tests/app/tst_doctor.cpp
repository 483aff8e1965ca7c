// `o2o-terminal doctor`: the checks and their statuses on a fresh demo terminal, a damaged database, an
// exhausted offline budget, and a terminal enrolled with the real o2o-sandbox (platform reachable, the
// client certificate's days left, the clock), then with the platform down and an expired certificate.
#include "sync/devicecrypto.h"
#include "sync/devicefiles.h"
#include "tests/sync/expiredcertificate.h"
#include "tests/sync/sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

namespace {

const QStringList kNames{
    QStringLiteral("camera"),         QStringLiteral("camera_decode"), QStringLiteral("handheld_scanner"),
    QStringLiteral("platform"),       QStringLiteral("tls"),           QStringLiteral("clock"),
    QStringLiteral("disk"),           QStringLiteral("database"),      QStringLiteral("outbox"),
    QStringLiteral("offline_budget"), QStringLiteral("data_age"),      QStringLiteral("translations"),
    QStringLiteral("fonts"),          QStringLiteral("versions")};

struct Doctor {
    int exitCode = -1;
    QStringList names;
    QHash<QString, QJsonObject> checks;
    QString status(const QString& name) const {
        return checks.value(name).value(QStringLiteral("status")).toString();
    }
    QString detail(const QString& name) const {
        return checks.value(name).value(QStringLiteral("detail")).toString();
    }
    QString hint(const QString& name) const {
        return checks.value(name).value(QStringLiteral("hint")).toString();
    }
};

Doctor doctor(const QString& dataDir, const QByteArray& wedge = {}) {
    Doctor d;
    // The child inherits the environment: O2O_WEDGE for this run only.
    if (!wedge.isNull())
        qputenv("O2O_WEDGE", wedge);
    const ProcessResult r = runTerminal(dataDir, {QStringLiteral("doctor"), QStringLiteral("--json")});
    qunsetenv("O2O_WEDGE");
    d.exitCode = r.exitCode;
    const QJsonObject json = r.json();
    for (const QJsonValue c : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        d.names.append(o.value(QStringLiteral("name")).toString());
        d.checks.insert(o.value(QStringLiteral("name")).toString(), o);
    }
    return d;
}

QString demoTerminal(const QTemporaryDir& dir, QStringList* codes = nullptr) {
    const ProcessResult r =
        runTerminal(dir.path(), {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--count"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
    // The plain single-use ones --count adds (the demo's other deals have conditions).
    if (codes)
        for (const QJsonValue v : r.json().value(QStringLiteral("vouchers")).toArray())
            if (v[QStringLiteral("description")].toString().startsWith(QStringLiteral("Free coffee")))
                codes->append(v[QStringLiteral("code")].toString());
    return r.exitCode == 0 ? dir.path() : QString();
}

qint64 pendingEvents(const QString& dataDir) {
    return runTerminal(dataDir, {QStringLiteral("status"), QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("pending_events"))
        .toInteger(-1);
}

} // namespace

class TestDoctor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDemoTerminal() {
        QTemporaryDir dir;
        QVERIFY(!demoTerminal(dir).isEmpty());
        const Doctor d = doctor(dir.path());
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(d.names, kNames);
        // Every check has exactly the four fields, and a hint whenever it did not pass.
        for (const QJsonObject& c : d.checks) {
            QCOMPARE(c.keys(), (QStringList{QStringLiteral("detail"), QStringLiteral("hint"),
                                            QStringLiteral("name"), QStringLiteral("status")}));
            QCOMPARE(c.value(QStringLiteral("hint")).toString().isEmpty(),
                     c.value(QStringLiteral("status")).toString() == QStringLiteral("pass"));
        }
        // This machine may or may not have a camera; it never fails the doctor.
        QVERIFY(d.status(QStringLiteral("camera")) != QStringLiteral("fail"));
        QCOMPARE(d.status(QStringLiteral("camera_decode")), QStringLiteral("pass"));
        QCOMPARE(d.status(QStringLiteral("handheld_scanner")), QStringLiteral("pass"));
        QCOMPARE(d.detail(QStringLiteral("handheld_scanner")),
                 QStringLiteral("defaults: suffix=enter, maxgap=35 ms, minlength=4, endgap=60 ms"));
        for (const char* notEnrolled : {"platform", "tls", "clock", "data_age"}) {
            QCOMPARE(d.status(QLatin1String(notEnrolled)), QStringLiteral("warn"));
            QVERIFY(d.detail(QLatin1String(notEnrolled)).startsWith(QStringLiteral("not enrolled")));
        }
        QVERIFY(d.hint(QStringLiteral("platform")).contains(QStringLiteral("o2o-terminal enroll")));
        QVERIFY(d.status(QStringLiteral("disk")) != QStringLiteral("fail"));
        QCOMPARE(d.status(QStringLiteral("database")), QStringLiteral("pass"));
        QCOMPARE(d.status(QStringLiteral("outbox")), QStringLiteral("pass"));
        QCOMPARE(d.detail(QStringLiteral("outbox")), QStringLiteral("no event waiting to upload"));
        QCOMPARE(d.status(QStringLiteral("offline_budget")), QStringLiteral("pass"));
        QCOMPARE(d.status(QStringLiteral("translations")), QStringLiteral("pass"));
        QCOMPARE(d.detail(QStringLiteral("translations")), QStringLiteral("en, es, zh_CN"));
        QCOMPARE(d.status(QStringLiteral("fonts")), QStringLiteral("pass"));
        QCOMPARE(d.status(QStringLiteral("versions")), QStringLiteral("pass"));
        QVERIFY(d.detail(QStringLiteral("versions"))
                    .startsWith(QStringLiteral("o2o-terminal " O2O_VERSION ", Qt 6.")));
        for (const char* part : {"SQLite 3.", "ZXing 1.", "OpenSSL 3.", "curl "})
            QVERIFY2(d.detail(QStringLiteral("versions")).contains(QLatin1String(part)), part);

        // Plain text: one line a check, each non-pass with its fix.
        const ProcessResult text = runTerminal(dir.path(), {QStringLiteral("doctor")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("PASS  database: "));
        QVERIFY(text.out.contains("WARN  platform: not enrolled"));
        QVERIFY(text.out.contains("      fix: enroll: o2o-terminal enroll"));
    }

    void handheldScannerSettings_data() {
        QTest::addColumn<QByteArray>("wedge");
        QTest::addColumn<QString>("status");
        QTest::newRow("tuned") << QByteArray("suffix=tab,maxgap=30,minlength=6,endgap=80")
                               << QStringLiteral("pass");
        QTest::newRow("unknown key") << QByteArray("suffix=tab,speed=fast") << QStringLiteral("warn");
        QTest::newRow("bad suffix") << QByteArray("suffix=space") << QStringLiteral("warn");
    }
    void handheldScannerSettings() {
        QFETCH(QByteArray, wedge);
        QFETCH(QString, status);
        QTemporaryDir dir;
        QVERIFY(!demoTerminal(dir).isEmpty());
        const Doctor d = doctor(dir.path(), wedge);
        QCOMPARE(d.exitCode, 0); // a scanner setting never keeps the counter closed
        QCOMPARE(d.status(QStringLiteral("handheld_scanner")), status);
        if (status == QStringLiteral("pass"))
            QCOMPARE(d.detail(QStringLiteral("handheld_scanner")),
                     QStringLiteral("O2O_WEDGE: suffix=tab, maxgap=30 ms, minlength=6, endgap=80 ms"));
    }

    void damagedDatabaseFails_data() {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("header overwritten") << qint64(0);
        QTest::newRow("pages overwritten") << qint64(8192);
    }
    void damagedDatabaseFails() {
        QFETCH(qint64, offset);
        QTemporaryDir dir;
        QVERIFY(!demoTerminal(dir).isEmpty());
        QFile db(dir.filePath(QStringLiteral("terminal.db")));
        QVERIFY(db.size() > offset + 8192);
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.seek(offset));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 37 + 11) & 0xff);
        QCOMPARE(db.write(junk), junk.size());
        db.close();
        const Doctor d = doctor(dir.path());
        QCOMPARE(d.exitCode, 1);
        QCOMPARE(d.names, kNames); // every other check still reports
        QCOMPARE(d.status(QStringLiteral("database")), QStringLiteral("fail"));
        QVERIFY(!d.hint(QStringLiteral("database")).isEmpty());
        QCOMPARE(d.status(QStringLiteral("camera_decode")), QStringLiteral("pass"));
        QCOMPARE(d.status(QStringLiteral("translations")), QStringLiteral("pass"));
    }

    void outboxAndExhaustedOfflineBudget() {
        QTemporaryDir dir;
        QStringList codes;
        QVERIFY(!demoTerminal(dir, &codes).isEmpty());
        QVERIFY(codes.size() >= 2);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("config"), QStringLiteral("--offline-max-count"),
                                          QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("redeem"), codes[0]}).exitCode, 0);
        Doctor d = doctor(dir.path());
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(d.status(QStringLiteral("outbox")), QStringLiteral("pass"));
        // The redemption's event and the audit entry of the settings change.
        QCOMPARE(pendingEvents(dir.path()), 2);
        QVERIFY2(d.detail(QStringLiteral("outbox"))
                     .startsWith(QStringLiteral("2 event(s) waiting; the oldest for ")),
                 qPrintable(d.detail(QStringLiteral("outbox"))));
        QCOMPARE(d.status(QStringLiteral("offline_budget")), QStringLiteral("pass"));
        QCOMPARE(d.detail(QStringLiteral("offline_budget")),
                 QStringLiteral("50% used since the last sync: 1 of 2 redemptions"));

        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("redeem"), codes[1]}).exitCode, 0);
        d = doctor(dir.path());
        QCOMPARE(d.exitCode, 1);
        QCOMPARE(d.status(QStringLiteral("offline_budget")), QStringLiteral("fail"));
        QCOMPARE(d.detail(QStringLiteral("offline_budget")),
                 QStringLiteral(
                     "100% used since the last sync: 2 of 2 redemptions: offline redemptions are refused"));
        QCOMPARE(pendingEvents(dir.path()), 3);
        QVERIFY2(d.detail(QStringLiteral("outbox")).startsWith(QStringLiteral("3 event(s) waiting")),
                 qPrintable(d.detail(QStringLiteral("outbox"))));
    }

    void enrolledWithTheSandbox() {
        SandboxServer platform;
        QVERIFY(platform.start());
        QCOMPARE(platform.admin({QStringLiteral("keys"), QStringLiteral("new")}).exitCode, 0);
        SyncTerminal t;
        QVERIFY(t.enroll(platform));
        QCOMPARE(t.syncOnce().exitCode, 0);

        Doctor d = doctor(t.dataDir());
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(d.names, kNames);
        QCOMPARE(d.status(QStringLiteral("platform")), QStringLiteral("pass"));
        QVERIFY2(d.detail(QStringLiteral("platform"))
                     .startsWith(platform.url() + QStringLiteral(" answered /v1/health in ")),
                 qPrintable(d.detail(QStringLiteral("platform"))));
        QCOMPARE(d.status(QStringLiteral("tls")), QStringLiteral("pass"));
        // The days left, from the certificate enrollment stored.
        QFile certFile(DeviceFiles::in(t.dataDir()).certificate);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QFile caFile(DeviceFiles::in(t.dataDir()).ca);
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        auto cert = certificateValidity(certFile.readAll());
        auto ca = certificateValidity(caFile.readAll());
        QVERIFY(cert && ca);
        const qint64 days =
            (std::min(cert->notAfterMs, ca->notAfterMs) - QDateTime::currentMSecsSinceEpoch()) / 86'400'000;
        QVERIFY(days > 30);
        QVERIFY2(d.detail(QStringLiteral("tls"))
                     .startsWith(QStringLiteral("client certificate valid for %1 more days").arg(days)),
                 qPrintable(d.detail(QStringLiteral("tls"))));
        // The sandbox runs on this machine's clock.
        QCOMPARE(d.status(QStringLiteral("clock")), QStringLiteral("pass"));
        QCOMPARE(d.status(QStringLiteral("data_age")), QStringLiteral("pass"));

        // The platform down: a failure with what to check.
        platform.stop();
        d = doctor(t.dataDir());
        QCOMPARE(d.exitCode, 1);
        QCOMPARE(d.status(QStringLiteral("platform")), QStringLiteral("fail"));
        QVERIFY(d.hint(QStringLiteral("platform")).contains(QStringLiteral("network")));
        QCOMPARE(d.status(QStringLiteral("clock")), QStringLiteral("warn"));
        QCOMPARE(d.status(QStringLiteral("tls")), QStringLiteral("pass"));

        // An expired client certificate.
        const QByteArray expired = expiredDeviceCertificate(
            platform.dataDir(), t.dataDir(), t.status().value(QStringLiteral("device_id")).toString());
        QVERIFY(!expired.isEmpty());
        QFile file(DeviceFiles::in(t.dataDir()).certificate);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(expired), expired.size());
        file.close();
        d = doctor(t.dataDir());
        QCOMPARE(d.exitCode, 1);
        QCOMPARE(d.status(QStringLiteral("tls")), QStringLiteral("fail"));
        QVERIFY(d.detail(QStringLiteral("tls"))
                    .startsWith(QStringLiteral("the client certificate is not valid now")));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
