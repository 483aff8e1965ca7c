#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace o2o;

// Two processes that redeem the same voucher at the same moment: exactly one is accepted.
class TestRedemptionRace : public QObject {
    Q_OBJECT

    static QList<int> raceProcesses(const QString& dataDir, const QString& code, int count,
                                    QList<QByteArray>* outputs) {
        QList<QProcess*> processes;
        for (int i = 0; i < count; ++i) {
            auto* p = new QProcess;
            p->start(test::terminalBinary(), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("redeem"),
                                              code, QStringLiteral("--json")});
            processes.append(p);
        }
        QList<int> exitCodes;
        for (QProcess* p : processes) {
            p->waitForFinished(60000);
            exitCodes.append(p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1);
            if (outputs)
                outputs->append(p->readAllStandardOutput());
            delete p;
        }
        return exitCodes;
    }

private Q_SLOTS:
    void twoProcessesOneSingleUseVoucher() {
        constexpr int kRounds = 25;
        test::TempTerminal terminal;
        QList<VoucherRecord> records;
        for (int i = 0; i < kRounds; ++i)
            records.append(test::voucherRecord(QStringLiteral("RACE-%1").arg(i)));
        terminal.add(records);
        terminal.db.reset();
        for (int i = 0; i < kRounds; ++i) {
            QList<QByteArray> outputs;
            const QList<int> codes = raceProcesses(terminal.dataDir(), records[i].code, 2, &outputs);
            QCOMPARE(codes.count(0), 1);
            QCOMPARE(codes.count(1), 1);
            const QByteArray loser = codes[0] == 1 ? outputs[0] : outputs[1];
            QCOMPARE(QJsonDocument::fromJson(loser).object().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("already_redeemed"));
        }
        const auto status =
            test::runTerminal(terminal.dataDir(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.json().value(QStringLiteral("pending_events")).toInt(), kRounds);
    }

    void eightProcessesOnAFiveUsePass() {
        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(QStringLiteral("PASS-RACE"), VoucherKind::MultiUse)});
        terminal.db.reset();
        const QList<int> codes = raceProcesses(terminal.dataDir(), QStringLiteral("PASS-RACE"), 8, nullptr);
        QCOMPARE(codes.count(0), 5);
        QCOMPARE(codes.count(1), 3);
    }
};

QTEST_GUILESS_MAIN(TestRedemptionRace)
#include "tst_redemptionrace.moc"
