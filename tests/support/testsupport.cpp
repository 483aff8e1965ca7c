#include "tests/support/testsupport.h"

#include "store/terminalsettings.h"
#include "store/vouchercache.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace o2o::test {

TempTerminal::TempTerminal() {
    auto opened = Database::open(dir.path());
    if (!opened)
        qFatal("cannot open a test database: %s", qPrintable(opened.error().message));
    db = std::move(*opened);
}

void TempTerminal::add(const QList<VoucherRecord>& records, const QString& storeId) {
    auto settings = TerminalSettings::load(*db);
    QVERIFY(settings);
    settings->storeId = storeId;
    QVERIFY(settings->save(*db));
    VoucherCache cache(*db);
    sql::Transaction transaction(db->connection());
    QVERIFY(transaction.begin());
    for (const VoucherRecord& r : records)
        QVERIFY2(cache.upsert(r), "cannot add a test voucher");
    QVERIFY(transaction.commit());
}

VoucherRecord voucherRecord(const QString& code, VoucherKind kind) {
    VoucherRecord r;
    r.code = code;
    r.voucher.id = QStringLiteral("voucher-%1").arg(qHash(code)); // an id that does not reveal the code
    r.voucher.kind = kind;
    r.voucher.description = QStringLiteral("Test voucher");
    r.voucher.faceValueMinor = 1000;
    if (kind == VoucherKind::MultiUse)
        r.voucher.usesTotal = r.voucher.usesLeft = 5;
    if (kind == VoucherKind::StoredValue)
        r.voucher.balanceMinor = 10000;
    return r;
}

QString terminalBinary() {
    return qEnvironmentVariable("O2O_TERMINAL");
}

QJsonObject ProcessResult::json() const {
    return QJsonDocument::fromJson(out).object();
}

ProcessResult runTerminal(const QString& dataDir, const QStringList& args, const QByteArray& input) {
    return runProgram(terminalBinary(), dataDir, args, input);
}

ProcessResult runSandbox(const QString& dataDir, const QStringList& args) {
    return runProgram(qEnvironmentVariable("O2O_SANDBOX"), dataDir, args);
}

ProcessResult runProgram(const QString& program, const QString& dataDir, const QStringList& args,
                         const QByteArray& input) {
    QProcess process;
    process.start(program, QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel(); // the child sees the end of its input, never a terminal to wait on
    ProcessResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace o2o::test
