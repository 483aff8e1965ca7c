// Enrollment against the real o2o-sandbox over HTTPS: credentials, pinning, refusals.
#include "store/database.h"
#include "store/syncstate.h"
#include "sync/devicecrypto.h"
#include "sync/devicefiles.h"
#include "sync/httpclient.h"
#include "tests/sync/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

class TestEnrollment : public QObject {
    Q_OBJECT

private:
    SandboxServer m_platform;
    SandboxServer m_other; // a second platform with its own CA

    static QString fingerprintOf(const QString& pemFile) {
        auto fingerprint = certificateFingerprint(fileBytes(pemFile));
        return fingerprint ? *fingerprint : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("O2O_SANDBOX"));
        QVERIFY(m_platform.start());
        QVERIFY(m_other.start());
    }

    void enrollsAndKeepsItsKeyPrivate() {
        SyncTerminal t;
        const QString code = m_platform.pairingCode();
        const ProcessResult r =
            t.run({QStringLiteral("enroll"), QStringLiteral("--platform"), m_platform.url(),
                   QStringLiteral("--pairing-code"), code, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject answer = r.json();
        QCOMPARE(answer.value(QStringLiteral("store_id")).toString(), QStringLiteral("store-1"));
        QCOMPARE(answer.value(QStringLiteral("ca_fingerprint")).toString(),
                 fingerprintOf(m_platform.caFile()));
        QVERIFY(!r.err.contains(code.toUtf8())); // logs mask the pairing code

        const DeviceFiles files = DeviceFiles::in(t.dataDir());
        QVERIFY(files.present());
        // Mode 0600: the owner reads and writes, nobody else anything.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(files.key).permissions() & (others | QFileDevice::ExeOwner),
                 QFileDevice::Permissions());
        QVERIFY(
            QFileInfo(files.key).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(fileBytes(files.ca), fileBytes(m_platform.caFile()));
        QVERIFY(checkKeyMatchesCertificate(fileBytes(files.key), fileBytes(files.certificate)));
        QCOMPARE(*certificateCommonName(fileBytes(files.certificate)),
                 answer.value(QStringLiteral("device_id")).toString());

        const QJsonObject status = t.status();
        QCOMPARE(status.value(QStringLiteral("enrolled")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("store_id")).toString(), QStringLiteral("store-1"));
        QCOMPARE(status.value(QStringLiteral("platform")).toString(), m_platform.url());
        // The platform knows the device by its certificate.
        const QByteArray devices =
            m_platform.admin({QStringLiteral("devices"), QStringLiteral("--json")}).out;
        QVERIFY(devices.contains(answer.value(QStringLiteral("device_id")).toString().toUtf8()));
    }

    void acceptsTheFingerprintAsTyped() {
        SyncTerminal t;
        // Upper case with colons, as a person reads it off a screen.
        QString typed;
        const QString hex = fingerprintOf(m_platform.caFile()).toUpper();
        for (int i = 0; i < hex.size(); i += 2)
            typed += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
        const ProcessResult r = t.run({QStringLiteral("enroll"), QStringLiteral("--platform"),
                                       m_platform.url(), QStringLiteral("--pairing-code"),
                                       m_platform.pairingCode(), QStringLiteral("--ca-fingerprint"), typed});
        QCOMPARE(r.exitCode, 0);
        // The CA fetched before enrolling was only for the enrollment request: the pin is the stored one.
        QCOMPARE(QDir(t.dataDir()).entryList({QStringLiteral("enroll-ca-*")}, QDir::Files), QStringList());
        QCOMPARE(fingerprintOf(DeviceFiles::in(t.dataDir()).ca), fingerprintOf(m_platform.caFile()));
    }

    // Checked before the pairing code is sent (GET /v1/ca): a server that is not the platform the
    // installer meant never sees the code, so the code still works afterwards.
    void refusesAnotherPlatformsFingerprint() {
        SyncTerminal t;
        const QString code = m_platform.pairingCode();
        const ProcessResult r = t.run({QStringLiteral("enroll"), QStringLiteral("--platform"),
                                       m_platform.url(), QStringLiteral("--pairing-code"), code,
                                       QStringLiteral("--ca-fingerprint"), fingerprintOf(m_other.caFile())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("fingerprint"));
        QVERIFY(r.err.contains("not sent"));
        QVERIFY(!DeviceFiles::in(t.dataDir()).present());
        QVERIFY(!QFile::exists(DeviceFiles::in(t.dataDir()).key));
        QCOMPARE(t.status().value(QStringLiteral("enrolled")).toBool(), false);
        QCOMPARE(t.run({QStringLiteral("enroll"), QStringLiteral("--platform"), m_platform.url(),
                        QStringLiteral("--pairing-code"), code, QStringLiteral("--ca-fingerprint"),
                        fingerprintOf(m_platform.caFile())})
                     .exitCode,
                 0);
    }

    void refusesAUsedPairingCode() {
        SyncTerminal first, second;
        const QString code = m_platform.pairingCode();
        const QStringList args{QStringLiteral("enroll"), QStringLiteral("--platform"), m_platform.url(),
                               QStringLiteral("--pairing-code"), code};
        QCOMPARE(first.run(args).exitCode, 0);
        const ProcessResult again = second.run(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("403"));
        QVERIFY(!DeviceFiles::in(second.dataDir()).present());
    }

    void refusesBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no platform") << QStringList{QStringLiteral("--pairing-code"),
                                                    QStringLiteral("7KQ2M9XH4P")}
                                     << 2;
        QTest::newRow("no code") << QStringList{QStringLiteral("--platform"),
                                                QStringLiteral("https://127.0.0.1:1")}
                                 << 2;
        QTest::newRow("plain http") << QStringList{QStringLiteral("--platform"),
                                                   QStringLiteral("http://127.0.0.1:1"),
                                                   QStringLiteral("--pairing-code"),
                                                   QStringLiteral("7KQ2M9XH4P")}
                                    << 2;
        QTest::newRow("code with O") << QStringList{QStringLiteral("--platform"),
                                                    QStringLiteral("https://127.0.0.1:1"),
                                                    QStringLiteral("--pairing-code"),
                                                    QStringLiteral("7KQ2M9XH4O")}
                                     << 2;
        QTest::newRow("short fingerprint")
            << QStringList{QStringLiteral("--platform"),       QStringLiteral("https://127.0.0.1:1"),
                           QStringLiteral("--pairing-code"),   QStringLiteral("7KQ2M9XH4P"),
                           QStringLiteral("--ca-fingerprint"), QStringLiteral("abcd")}
            << 2;
        QTest::newRow("nobody listening")
            << QStringList{QStringLiteral("--platform"), QStringLiteral("https://127.0.0.1:1"),
                           QStringLiteral("--pairing-code"), QStringLiteral("7KQ2M9XH4P")}
            << 2;
    }
    void refusesBadArguments() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        SyncTerminal t;
        const ProcessResult r = t.run(QStringList{QStringLiteral("enroll")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!DeviceFiles::in(t.dataDir()).present());
    }

    // The check enrollment relies on: the chain a server shows must lead to the CA it hands out.
    void serverChainMustLeadToTheCaReceived() {
        HttpClient http(TlsSettings{});
        HttpRequest request;
        request.url = m_platform.url() + QStringLiteral("/v1/health");
        request.captureCertificates = true;
        auto response = http.send(request);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(!response->peerCertificates.isEmpty());
        QVERIFY(verifyServerChain(response->peerCertificates, fileBytes(m_platform.caFile()),
                                  QStringLiteral("127.0.0.1")));
        auto other = verifyServerChain(response->peerCertificates, fileBytes(m_other.caFile()),
                                       QStringLiteral("127.0.0.1"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::Crypto);
        // Right CA, but the certificate is not for this host name.
        QVERIFY(!verifyServerChain(response->peerCertificates, fileBytes(m_platform.caFile()),
                                   QStringLiteral("platform.example")));
    }

    // After enrollment only the pinned CA counts: a server with another platform's CA is refused.
    void pinnedCaRefusesAnotherPlatform() {
        SyncTerminal t;
        QVERIFY(t.enroll(m_platform));
        QCOMPARE(t.syncOnce().exitCode, 0);
        const QJsonObject before = t.status();
        // The same address now answered by a server whose certificate another CA signed.
        QVERIFY(QFile::remove(DeviceFiles::in(t.dataDir()).ca));
        QVERIFY(QFile::copy(m_other.caFile(), DeviceFiles::in(t.dataDir()).ca));
        const ProcessResult r = t.syncOnce();
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("TLS"), r.err.constData());
        const QJsonObject after = t.status();
        QCOMPARE(after.value(QStringLiteral("online")).toBool(), false);
        QCOMPARE(after.value(QStringLiteral("cached_vouchers")),
                 before.value(QStringLiteral("cached_vouchers")));
        QCOMPARE(after.value(QStringLiteral("last_download")), before.value(QStringLiteral("last_download")));
    }
};

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
