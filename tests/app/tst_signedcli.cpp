// Signed vouchers end to end with the real programs: the sandbox issues and exports its keys, a terminal
// that has never seen the vouchers trusts the export and judges them offline.
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace o2o;
using test::runSandbox;
using test::runTerminal;

class TestSignedCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_platform;
    QTemporaryDir m_terminal;

    QString sandboxDir() const { return m_platform.path(); }
    QString terminalDir() const { return m_terminal.path(); }

    QString issue(const QStringList& options) {
        const auto r = runSandbox(sandboxDir(), QStringList{QStringLiteral("issue")} + options +
                                                    QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("issue failed: %s", r.err.constData());
        return r.json()
            .value(QStringLiteral("vouchers"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString exportTrust(const QString& name) {
        const QString file = m_platform.filePath(name);
        const auto r = runSandbox(
            sandboxDir(), {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), file});
        return r.exitCode == 0 ? file : QString();
    }
    test::ProcessResult redeem(const QString& code, const QStringList& extra = {}) {
        return runTerminal(terminalDir(), QStringList{QStringLiteral("redeem"), QStringLiteral("--json"),
                                                      QStringLiteral("--"), code} +
                                              extra);
    }
    static QString verdictOf(const test::ProcessResult& r) {
        const QJsonObject o = r.json();
        return o.value(QStringLiteral("verdict")).toString() == QStringLiteral("accepted")
                   ? QStringLiteral("accepted")
                   : o.value(QStringLiteral("reason")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("O2O_SANDBOX").isEmpty());
        QCOMPARE(runSandbox(sandboxDir(), {QStringLiteral("keys"), QStringLiteral("new")}).exitCode, 0);
        QCOMPARE(runTerminal(terminalDir(),
                             {QStringLiteral("config"), QStringLiteral("--store"), QStringLiteral("shop-7")})
                     .exitCode,
                 0);
    }

    void unseenSignedVoucherIsAcceptedOfflineOnce() {
        const QString code =
            issue({QStringLiteral("--kind"), QStringLiteral("single_use"), QStringLiteral("--store"),
                   QStringLiteral("shop-7"), QStringLiteral("--value"), QStringLiteral("5.00"),
                   QStringLiteral("--signed")});
        QVERIFY(code.startsWith(QStringLiteral("O2O:")));
        // Before the terminal trusts the platform, the key is unknown.
        QCOMPARE(verdictOf(redeem(code)), QStringLiteral("unknown_key"));

        const QString trust = exportTrust(QStringLiteral("trust-1.o2o"));
        QVERIFY(!trust.isEmpty());
        const auto imported = runTerminal(terminalDir(), {QStringLiteral("trust"), QStringLiteral("import"),
                                                          trust, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.json().value(QStringLiteral("first_trust")).toBool());

        const auto first = redeem(code);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(verdictOf(first), QStringLiteral("accepted"));
        QVERIFY(!first.json().value(QStringLiteral("redemption_id")).toString().isEmpty());
        const auto second = redeem(code);
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(verdictOf(second), QStringLiteral("already_redeemed"));
        // The code is never echoed whole.
        QVERIFY(!first.out.contains(code.mid(4).toLatin1()));

        const auto wrongStore =
            issue({QStringLiteral("--kind"), QStringLiteral("ticket"), QStringLiteral("--store"),
                   QStringLiteral("shop-8"), QStringLiteral("--signed")});
        QCOMPARE(verdictOf(redeem(wrongStore)), QStringLiteral("wrong_store"));
    }

    void alteredCopiesAreRefused() {
        const QString code =
            issue({QStringLiteral("--kind"), QStringLiteral("single_use"), QStringLiteral("--store"),
                   QStringLiteral("*"), QStringLiteral("--signed")});
        for (int at : {6, 40, 90, 150, int(code.size()) - 2}) {
            QString altered = code;
            altered[at] = altered[at] == u'A' ? u'B' : u'A';
            const auto r = redeem(altered);
            QCOMPARE(r.exitCode, 1);
            const QString reason = verdictOf(r);
            QVERIFY2(reason == QStringLiteral("bad_signature") || reason == QStringLiteral("malformed") ||
                         reason == QStringLiteral("unknown_key"),
                     qPrintable(reason));
        }
        QCOMPARE(verdictOf(redeem(code)), QStringLiteral("accepted"));
    }

    void revokedVoucherIsRefusedAfterTheNextTrustList() {
        const QString code = issue({QStringLiteral("--kind"), QStringLiteral("multi_use"),
                                    QStringLiteral("--uses"), QStringLiteral("3"), QStringLiteral("--store"),
                                    QStringLiteral("shop-7"), QStringLiteral("--signed")});
        QCOMPARE(verdictOf(redeem(code)), QStringLiteral("accepted"));
        QCOMPARE(runSandbox(sandboxDir(), {QStringLiteral("revoke"), code}).exitCode, 0);
        const QString trust = exportTrust(QStringLiteral("trust-2.o2o"));
        QCOMPARE(
            runTerminal(terminalDir(), {QStringLiteral("trust"), QStringLiteral("import"), trust}).exitCode,
            0);
        QCOMPARE(verdictOf(redeem(code)), QStringLiteral("revoked"));

        // The older list is refused, and the revocation stays.
        const auto older = runTerminal(terminalDir(), {QStringLiteral("trust"), QStringLiteral("import"),
                                                       m_platform.filePath(QStringLiteral("trust-1.o2o"))});
        QCOMPARE(older.exitCode, 1); // refused for its content, as a code is
        QVERIFY2(older.err.contains("older than the one held"), older.err.constData());
        QCOMPARE(verdictOf(redeem(code)), QStringLiteral("revoked"));
    }

    void rotatingCodesGoStale() {
        const QString code =
            issue({QStringLiteral("--kind"), QStringLiteral("ticket"), QStringLiteral("--store"),
                   QStringLiteral("shop-7"), QStringLiteral("--rotating")});
        QVERIFY(!code.isEmpty());
        QCOMPARE(verdictOf(redeem(code)), QStringLiteral("stale_code"));
        const auto old =
            runSandbox(sandboxDir(), {QStringLiteral("wallet"), code, QStringLiteral("--at-offset"),
                                      QStringLiteral("-120"), QStringLiteral("--json")});
        QCOMPARE(old.exitCode, 0);
        QCOMPARE(verdictOf(redeem(old.json().value(QStringLiteral("code")).toString())),
                 QStringLiteral("stale_code"));
        const auto now = runSandbox(sandboxDir(), {QStringLiteral("wallet"), code, QStringLiteral("--json")});
        const QString live = now.json().value(QStringLiteral("code")).toString();
        QVERIFY(live.startsWith(QStringLiteral("O2OW:")));
        QCOMPARE(verdictOf(redeem(live)), QStringLiteral("accepted"));
        QCOMPARE(verdictOf(redeem(live)), QStringLiteral("already_redeemed"));
    }

    void hostileTrustFilesAreRefused() {
        const QString garbage = m_platform.filePath(QStringLiteral("garbage.o2o"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("O2O-TRUST 1\n{\"sequence\":99}\n\x01\x02\xff signature AAAA\n"));
        f.close();
        const auto r =
            runTerminal(terminalDir(), {QStringLiteral("trust"), QStringLiteral("import"), garbage});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("trust file refused"), r.err.constData());
        // The same refusal through standard input.
        const auto piped = runTerminal(
            terminalDir(), {QStringLiteral("trust"), QStringLiteral("import"), QStringLiteral("-")},
            test::fileBytes(garbage));
        QCOMPARE(piped.exitCode, 1);
        QVERIFY2(piped.err.contains("trust file refused"), piped.err.constData());
        const auto missing = runTerminal(terminalDir(), {QStringLiteral("trust"), QStringLiteral("import"),
                                                         garbage + QStringLiteral(".none")});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSignedCli)
#include "tst_signedcli.moc"
