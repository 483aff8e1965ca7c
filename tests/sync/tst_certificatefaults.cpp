// The platform stops accepting the terminal's certificate (unknown, revoked, expired), against the real
// o2o-sandbox over HTTPS on 127.0.0.1: nothing is lost, and after enrolling again the platform's ledger
// equals the terminal's.
#include "core/clock.h"
#include "sync/devicefiles.h"
#include "sync/syncengine.h"
#include "tests/sync/expiredcertificate.h"
#include "tests/sync/faultscenario.h"

#include <QFile>
#include <QTest>

using namespace o2o;
using namespace o2o::test;

class TestCertificateFaults : public FaultTestCase {
    Q_OBJECT

private Q_SLOTS:
    // The platform stops accepting the terminal's certificate: sync fails with nothing lost and the
    // terminal offline; enrolling again (a new pairing code) uploads everything exactly once, including
    // events whose earlier answer was lost before the refusal.
    void refusedCertificateLosesNothing_data() {
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown (devices forget)") << QStringLiteral("forget") << 401;
        QTest::newRow("revoked (devices revoke)") << QStringLiteral("revoke") << 403;
        QTest::newRow("expired") << QStringLiteral("expired") << 403;
    }
    void refusedCertificateLosesNothing() {
        QFETCH(QString, refusal);
        QFETCH(int, status);
        constexpr int kLostFirst = 2; // redeemed and applied, but the answer was lost before the refusal

        SyncTerminal t;
        Vouchers v;
        enrolledTerminal(t, v);
        if (QTest::currentTestFailed())
            return;
        const QString terminalId = t.terminalId();
        QHash<QString, QString> made;
        redeemOffline(t, v, 0, kLostFirst, made);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_platform.fault(QStringLiteral("reset_mid_response"), kEventsPath));
        QCOMPARE(t.syncOnce().exitCode, 2);
        TerminalEvents lost;
        readTerminalEvents(t, lost);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(lost.pending.size(), kLostFirst);
        QCOMPARE(keySet(platformEvents(m_platform, terminalId).voucherOf), keySet(lost.pending));
        redeemOffline(t, v, kLostFirst, kSteps, made);
        if (QTest::currentTestFailed())
            return;

        const QString device = t.status().value(QStringLiteral("device_id")).toString();
        QVERIFY(!device.isEmpty());
        if (refusal == QStringLiteral("expired")) {
            const QByteArray expired = expiredDeviceCertificate(m_platform.dataDir(), t.dataDir(), device);
            QVERIFY(!expired.isEmpty());
            QFile file(DeviceFiles::in(t.dataDir()).certificate);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(expired), expired.size());
        } else {
            QCOMPARE(m_platform.admin({QStringLiteral("devices"), refusal, device}).exitCode, 0);
        }
        TerminalEvents before;
        readTerminalEvents(t, before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(before.pending.size(), made.size());

        {
            auto db = Database::open(t.dataDir());
            QVERIFY(db);
            SystemClock clock;
            SyncEngine engine(**db, clock);
            const auto cycle = engine.runCycle();
            QVERIFY(!cycle);
            QCOMPARE(cycle.error().code, ErrorCode::Crypto);
            QCOMPARE(cycle.error().retryable, false);
            QVERIFY2(cycle.error().message.contains(QStringLiteral("answered %1").arg(status)),
                     qPrintable(cycle.error().message));
            QVERIFY2(cycle.error().message.contains(QStringLiteral("enroll again")),
                     qPrintable(cycle.error().message));
        }
        TerminalEvents after;
        readTerminalEvents(t, after);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(after.pending, before.pending); // nothing lost
        QVERIFY(after.answered.isEmpty());
        QCOMPARE(t.status().value(QStringLiteral("online")).toBool(), false);
        const PlatformEvents refused = platformEvents(m_platform, terminalId);
        QCOMPARE(keySet(refused.voucherOf), keySet(lost.pending)); // only what came before the refusal

        QVERIFY(t.enroll(m_platform));
        QVERIFY(t.status().value(QStringLiteral("device_id")).toString() != device);
        const ProcessResult r = t.syncOnce();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject uploaded = r.json().value(QStringLiteral("uploaded")).toObject();
        QCOMPARE(uploaded.value(QStringLiteral("duplicate")).toInt(-1), kLostFirst);
        // ...and the new enrollment's audit entry.
        QCOMPARE(uploaded.value(QStringLiteral("accepted")).toInt(-1), int(made.size()) - kLostFirst + 1);
        QCOMPARE(t.status().value(QStringLiteral("online")).toBool(), true);

        verifyLedgersEqual(m_platform, t, made);
        if (QTest::currentTestFailed())
            return;
        verifyPlatformCounts(m_observer, v);
    }
};

QTEST_GUILESS_MAIN(TestCertificateFaults)
#include "tst_certificatefaults.moc"
