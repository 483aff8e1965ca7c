#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace o2o;

// The command line as scripts, kiosks and outside checks use it: commands, JSON fields, exit codes.
class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_codeByKind;
    QStringList m_extraCodes;

    test::ProcessResult run(const QStringList& args) { return test::runTerminal(m_dir.path(), args); }
    int pending() {
        return run({QStringLiteral("status"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("pending_events"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QFile::exists(test::terminalBinary()));
        const auto demo = run({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--count"),
                               QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        const QJsonArray vouchers = demo.json().value(QStringLiteral("vouchers")).toArray();
        QCOMPARE(vouchers.size(), 9 + 5);
        for (const QJsonValue v : vouchers) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("description")).toString().isEmpty());
            const QString kind = o.value(QStringLiteral("kind")).toString();
            if (o.value(QStringLiteral("description")).toString().startsWith(QStringLiteral("Free coffee")))
                m_extraCodes.append(o.value(QStringLiteral("code")).toString());
            else if (!m_codeByKind.contains(kind))
                m_codeByKind.insert(kind, o.value(QStringLiteral("code")).toString());
        }
        QCOMPARE(QSet<QString>(m_codeByKind.keyBegin(), m_codeByKind.keyEnd()),
                 (QSet<QString>{"single_use", "multi_use", "stored_value", "pickup_order", "ticket",
                                "online_only"}));
        QCOMPARE(m_extraCodes.size(), 5);
        QImage sheet(m_dir.filePath(QStringLiteral("demo-qr-sheet.png")));
        QVERIFY(!sheet.isNull());
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("demo-qr-sheet.pdf"))).size() > 1000);
    }

    void version() {
        const auto r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("o2o-terminal "));
    }

    void checkDoesNotRedeem() {
        const auto r = run({QStringLiteral("check"), m_extraCodes[0], QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
        QVERIFY(!r.json().contains(QStringLiteral("redemption_id")));
        QCOMPARE(pending(), 0);
    }

    void redeemThenRefused() {
        const auto first = run({QStringLiteral("redeem"), m_extraCodes[1], QStringLiteral("--cashier"),
                                QStringLiteral("mia"), QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject o = first.json();
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("accepted"));
        QCOMPARE(o.value(QStringLiteral("redemption_id")).toString().size(), 36);
        QCOMPARE(o.value(QStringLiteral("voucher")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("single_use"));
        QCOMPARE(o.value(QStringLiteral("voucher")).toObject().value(QStringLiteral("uses_left")).toInt(), 0);
        // The code itself never comes back in clear, only its last four characters.
        QVERIFY(!first.out.contains(m_extraCodes[1].toUtf8()));
        QVERIFY(first.out.contains(m_extraCodes[1].right(4).toUtf8()));

        const auto second = run({QStringLiteral("redeem"), m_extraCodes[1], QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(second.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
        QCOMPARE(second.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("already_redeemed"));
        QVERIFY(!second.json().value(QStringLiteral("message")).toString().isEmpty());

        const auto ledger = run({QStringLiteral("ledger"), QStringLiteral("--json")});
        QCOMPARE(ledger.exitCode, 0);
        const QJsonArray rows = ledger.json().value(QStringLiteral("redemptions")).toArray();
        QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const QJsonValue& row) {
            return row.toObject().value(QStringLiteral("redemption_id")) ==
                       o.value(QStringLiteral("redemption_id")) &&
                   row.toObject().value(QStringLiteral("cashier")).toString() == QStringLiteral("mia");
        }));
        const auto otherDay = run({QStringLiteral("ledger"), QStringLiteral("--date"),
                                   QStringLiteral("2001-01-01"), QStringLiteral("--json")});
        QCOMPARE(otherDay.json().value(QStringLiteral("redemptions")).toArray().size(), 0);
    }

    void giftCardAndPass() {
        const auto card =
            run({QStringLiteral("redeem"), m_codeByKind[QStringLiteral("stored_value")],
                 QStringLiteral("--amount"), QStringLiteral("12.50"), QStringLiteral("--json")});
        QCOMPARE(card.exitCode, 0);
        QCOMPARE(card.json()
                     .value(QStringLiteral("voucher"))
                     .toObject()
                     .value(QStringLiteral("balance"))
                     .toString(),
                 QStringLiteral("187.50"));
        const auto pass = run({QStringLiteral("redeem"), m_codeByKind[QStringLiteral("multi_use")],
                               QStringLiteral("--uses"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(pass.exitCode, 0);
        QCOMPARE(pass.json()
                     .value(QStringLiteral("voucher"))
                     .toObject()
                     .value(QStringLiteral("uses_left"))
                     .toInt(),
                 7);
        const auto partner = run({QStringLiteral("redeem"), m_codeByKind[QStringLiteral("online_only")],
                                  QStringLiteral("--json")});
        QCOMPARE(partner.exitCode, 1);
        QCOMPARE(partner.json().value(QStringLiteral("reason")).toString(), QStringLiteral("needs_network"));
    }

    // However hostile, a code is refused with a reason: never a crash, never a write.
    void hostileCodes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("10000 characters") << QString(10000, u'A') << "malformed";
        QTest::newRow("control characters") << QStringLiteral("O2O-\x01\x02\x1b[2J") << "malformed";
        QTest::newRow("sql") << "'; DROP TABLE vouchers; --"
                             << "unknown_code";
        QTest::newRow("shell") << "$(touch /tmp/o2o-pwned); `id` | rm -rf ~"
                               << "unknown_code";
        QTest::newRow("format string") << "%s%s%s%n%n"
                                       << "unknown_code";
        QTest::newRow("empty") << ""
                               << "malformed";
        QTest::newRow("dashes after --") << "--json"
                                         << "unknown_code";
        QTest::newRow("right-to-left override") << QString::fromUtf8("O2O-\u202E1234") << "malformed";
    }
    void hostileCodes() {
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const int before = pending();
        const auto r = run({QStringLiteral("redeem"), QStringLiteral("--json"), QStringLiteral("--"), code});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(pending(), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/o2o-pwned")));
    }

    void invalidUtf8Code() {
        // QProcess cannot pass raw bytes; a shell can.
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral(
                      "exec \"$0\" --data-dir \"$1\" redeem \"$(printf 'O2O-\\377\\376\\300')\" --json"),
                  test::terminalBinary(), m_dir.path()});
        QVERIFY(sh.waitForFinished(30000));
        QCOMPARE(sh.exitCode(), 1);
        QVERIFY(sh.readAllStandardOutput().contains("\"reason\":\"malformed\""));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("redeem without code") << QStringList{"redeem"};
        QTest::newRow("two codes") << QStringList{"redeem", "A", "B"};
        QTest::newRow("bad amount") << QStringList{"redeem", "X", "--amount", "12,50"};
        QTest::newRow("zero uses") << QStringList{"redeem", "X", "--uses", "0"};
        QTest::newRow("unknown option") << QStringList{"redeem", "X", "--force"};
        QTest::newRow("bad date") << QStringList{"ledger", "--date", "22/11/2026"};
        QTest::newRow("missing import file") << QStringList{"cache", "import", "/nonexistent/file.jsonl"};
        QTest::newRow("bad currency") << QStringList{"config", "--currency", "euro"};
        QTest::newRow("option without value") << QStringList{"redeem", "X", "--amount"};
        QTest::newRow("window in an unknown language")
            << QStringList{"--lang", "tlh", "--screenshot", "/tmp/x.png"};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const int before = pending();
        const auto r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(pending(), before);
    }

    void badAmountOnRealCardWritesNothing() {
        const int before = pending();
        const auto r = run({QStringLiteral("redeem"), m_codeByKind[QStringLiteral("stored_value")],
                            QStringLiteral("--amount"), QStringLiteral("1.234")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("decimal places"));
        QCOMPARE(pending(), before);
    }

    void cacheImportAllOrNothing() {
        const QString file = m_dir.filePath(QStringLiteral("import.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"code":"IMP-1","id":"imp-1","kind":"single_use","stores":["demo-store"]})"
                "\n"
                R"({"code":"IMP-2","id":"imp-2","kind":"single_use"})"
                "\n");
        f.close();
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("import"), file}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("redeem"), QStringLiteral("IMP-1")}).exitCode, 0);

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"code":"IMP-3","id":"imp-3","kind":"single_use"})"
                "\n"
                "{broken\n");
        f.close();
        const auto bad = run({QStringLiteral("cache"), QStringLiteral("import"), file});
        QCOMPARE(bad.exitCode, 1); // refused for its content: exit 1, as the README reserves for refusals
        QVERIFY(bad.err.contains("line 2"));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("IMP-3"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("unknown_code"));
    }

    // A pipe, standard input or a device says atEnd() before anything was read: the import must read to
    // the end of the stream all the same, and a stream with no record is refused, not "0 imported".
    void cacheImportFromStreams_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("imported");
        const QByteArray two = R"({"code":"PIPE-1","id":"pipe-1","kind":"single_use"})"
                               "\n"
                               R"({"code":"PIPE-2","id":"pipe-2","kind":"single_use"})";
        QTest::newRow("dash is standard input") << QStringList{"-"} << two << 0 << 2;
        QTest::newRow("/dev/stdin") << QStringList{"/dev/stdin"} << two << 0 << 2;
        QTest::newRow("empty standard input") << QStringList{"-"} << QByteArray() << 1 << 0;
        QTest::newRow("blank lines only") << QStringList{"-"} << QByteArray("\n \n") << 1 << 0;
        QTest::newRow("/dev/zero") << QStringList{"/dev/zero"} << QByteArray() << 1 << 0;
        QTest::newRow("/dev/urandom") << QStringList{"/dev/urandom"} << QByteArray() << 1 << 0;
    }
    void cacheImportFromStreams() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(int, imported);
        QTemporaryDir dir;
        const auto r = test::runTerminal(
            dir.path(), QStringList{"cache", "import"} + args + QStringList{"--json"}, input);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0)
            QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), imported);
        else
            QVERIFY2(r.err.contains("nothing was imported"), r.err.constData());
        const auto status =
            test::runTerminal(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.json().value(QStringLiteral("cached_vouchers")).toInt(), imported);
    }

    // Two lines with one code would merge silently (the last wins) and be counted twice: refused whole.
    void cacheImportRefusesDuplicateCodes() {
        QTemporaryDir dir;
        const QByteArray lines = R"({"code":"DUP-1","id":"d-1","kind":"single_use","face_value":100})"
                                 "\n"
                                 R"({"code":"DUP-2","id":"d-2","kind":"single_use"})"
                                 "\n"
                                 R"({"code":"DUP-1","id":"d-3","kind":"single_use","face_value":900})"
                                 "\n";
        const auto r = test::runTerminal(
            dir.path(), {QStringLiteral("cache"), QStringLiteral("import"), QStringLiteral("-")}, lines);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 3: the same code as line 1"), r.err.constData());
        const auto status =
            test::runTerminal(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.json().value(QStringLiteral("cached_vouchers")).toInt(), 0);
    }

    void configAndBudget() {
        const auto set = run({QStringLiteral("config"), QStringLiteral("--offline-max-count"),
                              QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json().value(QStringLiteral("offline_max_count")).toInt(), 0);
        const auto refused = run({QStringLiteral("redeem"), m_extraCodes[2], QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("offline_budget_exceeded"));
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("--offline-max-count"), QStringLiteral("-1")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("redeem"), m_extraCodes[2]}).exitCode, 0);
    }

    // A refusal carries the facts behind it (README: `detail`) and prints them as the cashier's sentence.
    void refusalDetail_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QJsonObject>("detail");
        QTest::newRow("expired") << "DETAIL-EXP"
                                 << "expired"
                                 << QJsonObject{{"valid_until", "2026-11-03T00:00:00+01:00"},
                                                {"text", "Expired on 3 Nov 2026"}};
        QTest::newRow("wrong store") << "DETAIL-S17"
                                     << "wrong_store"
                                     << QJsonObject{{"stores", QJsonArray{"S-17"}},
                                                    {"this_store", "store-1"},
                                                    {"text", "For store S-17 only"}};
        QTest::newRow("below min spend") << "DETAIL-MIN"
                                         << "below_min_spend"
                                         << QJsonObject{{"min_spend", "20.00"},
                                                        {"spend", "0.00"},
                                                        {"currency", "EUR"},
                                                        {"text", "Minimum spend 20.00 EUR"}};
    }
    void refusalDetail() {
        QFETCH(QString, code);
        QFETCH(QString, reason);
        QFETCH(QJsonObject, detail);
        QTemporaryDir dir;
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Europe/Madrid"); // the terminal's local time, for the processes started here
        const auto restoreZone = qScopeGuard([&] { qputenv("TZ", zone); });
        const QByteArray lines =
            R"({"code":"DETAIL-EXP","id":"d-exp","kind":"single_use","valid_until":1793660400})"
            "\n"
            R"({"code":"DETAIL-S17","id":"d-s17","kind":"single_use","stores":["S-17"]})"
            "\n"
            R"({"code":"DETAIL-MIN","id":"d-min","kind":"single_use","min_spend":2000})"
            "\n";
        QCOMPARE(test::runTerminal(dir.path(), {"cache", "import", "-"}, lines).exitCode, 0);
        QCOMPARE(test::runTerminal(dir.path(), {"config", "--store", "store-1"}).exitCode, 0);
        for (const QString& command : {QStringLiteral("check"), QStringLiteral("redeem")}) {
            const auto r = test::runTerminal(dir.path(), {command, code, "--json"});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), reason);
            QCOMPARE(r.json().value(QStringLiteral("detail")).toObject(), detail);
            const auto text = test::runTerminal(dir.path(), {command, code});
            QCOMPARE(text.out.split('\n').first(),
                     QStringLiteral("REFUSED (%1): %2")
                         .arg(reason, detail.value(QStringLiteral("text")).toString())
                         .toUtf8());
        }
    }

    // Already used: when, where, by whom, and whether the platform knows yet.
    void alreadyRedeemedDetail() {
        QTemporaryDir dir;
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Europe/Madrid");
        const auto restoreZone = qScopeGuard([&] { qputenv("TZ", zone); });
        QCOMPARE(test::runTerminal(dir.path(), {"cache", "import", "-"},
                                   R"({"code":"DETAIL-ONE","id":"d-one","kind":"single_use"})")
                     .exitCode,
                 0);
        QCOMPARE(test::runTerminal(dir.path(),
                                   {"staff", "add", "--id", "ana", "--name", "Ana", "--role", "cashier"},
                                   "4821\n")
                     .exitCode,
                 0);
        const auto first =
            test::runTerminal(dir.path(), {"redeem", "DETAIL-ONE", "--cashier", "ana", "--json"});
        QCOMPARE(first.exitCode, 0);
        const QString redemptionId = first.json().value(QStringLiteral("redemption_id")).toString();
        const auto ledger = test::runTerminal(dir.path(), {"ledger", "--json"});
        const QJsonObject entry =
            ledger.json().value(QStringLiteral("redemptions")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("redemption_id")).toString(), redemptionId);
        const QString at = entry.value(QStringLiteral("at")).toString();
        const QString terminalId = entry.value(QStringLiteral("terminal_id")).toString();
        QCOMPARE(terminalId.size(), 36);
        const QString time =
            QDateTime::fromString(at, Qt::ISODate).toLocalTime().toString(QStringLiteral("HH:mm"));
        const QJsonObject expected{{"in_ledger", true},
                                   {"redemption_id", redemptionId},
                                   {"at", at},
                                   {"terminal_id", terminalId},
                                   {"this_terminal", true},
                                   {"cashier_id", "ana"},
                                   {"cashier_name", "Ana"},
                                   {"unsynced", true},
                                   {"text", QStringLiteral("Already used today at %1 on this terminal by Ana "
                                                           "(not yet uploaded)")
                                                .arg(time)}};
        for (const QStringList& args : {QStringList{"check", "DETAIL-ONE", "--json"},
                                        QStringList{"redeem", "DETAIL-ONE", "--cashier", "ana", "--json"}}) {
            const auto r = test::runTerminal(dir.path(), args);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.json().value(QStringLiteral("reason")).toString(), QStringLiteral("already_redeemed"));
            QCOMPARE(r.json().value(QStringLiteral("message")).toString(), QStringLiteral("Already used."));
            QCOMPARE(r.json().value(QStringLiteral("detail")).toObject(), expected);
        }
    }

    // A wrong value is named and nothing is saved, not even the options that were right.
    void wrongConfigValuesChangeNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const auto row = [](const char* name, QStringList args, const char* named) {
            QTest::newRow(name) << args << QString::fromLatin1(named);
        };
        row("count too large", {QStringLiteral("--offline-max-count"), QStringLiteral("2000000")},
            "--offline-max-count");
        row("count below -1", {QStringLiteral("--offline-max-count"), QStringLiteral("-2")},
            "--offline-max-count");
        row("hours not a number", {QStringLiteral("--offline-max-hours"), QStringLiteral("soon")},
            "--offline-max-hours");
        row("value not an amount", {QStringLiteral("--offline-max-value"), QStringLiteral("12.345")},
            "--offline-max-value");
        row("good count, bad hours",
            {QStringLiteral("--offline-max-count"), QStringLiteral("3"),
             QStringLiteral("--offline-max-hours"), QStringLiteral("99999")},
            "--offline-max-hours");
        row("bad currency", {QStringLiteral("--currency"), QStringLiteral("EURO")}, "--currency");
        row("idle sign-out over 8 hours", {QStringLiteral("--idle-signout-minutes"), QStringLiteral("481")},
            "--idle-signout-minutes");
        row("good void window, idle not a number",
            {QStringLiteral("--void-window-minutes"), QStringLiteral("30"),
             QStringLiteral("--idle-signout-minutes"), QStringLiteral("soon")},
            "--idle-signout-minutes");
    }
    void wrongConfigValuesChangeNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QJsonObject before = run({QStringLiteral("config"), QStringLiteral("--json")}).json();
        QVERIFY(!before.isEmpty());
        const auto refused = run(QStringList{QStringLiteral("config")} + args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(named.toUtf8()), refused.err.constData());
        QCOMPARE(run({QStringLiteral("config"), QStringLiteral("--json")}).json(), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
