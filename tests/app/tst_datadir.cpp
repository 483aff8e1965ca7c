// The data directory as an attacker or a failing disk meets it: nothing readable by others, a
// read-only directory still readable, a full disk leaving nothing half-done.
#include "store/database.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace o2o;

namespace {

// Every file and folder below dir whose mode lets group or others in.
QStringList openToOthers(const QString& dir) {
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)))
            found.append(QStringLiteral("%1 (%2)").arg(path).arg(st.st_mode & 0777, 0, 8));
    }
    return found;
}

// Runs o2o-terminal with a shell prefix (an unprivileged user, a file-size limit).
test::ProcessResult runWrapped(const QString& shellPrefix, const QString& dataDir, const QStringList& args) {
    QStringList quoted;
    for (const QString& a : QStringList{test::terminalBinary(), QStringLiteral("--data-dir"), dataDir} + args)
        quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"), shellPrefix + QLatin1Char(' ') + quoted.join(u' ')});
    test::ProcessResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString firstDemoCode(const QString& dataDir) {
    const QByteArray first =
        test::fileBytes(dataDir + QStringLiteral("/demo-vouchers.jsonl")).split('\n').first();
    return QJsonDocument::fromJson(first).object().value(QStringLiteral("code")).toString();
}

} // namespace

class TestDataDir : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Under the usual umask 022 a new database, its -wal and its -shm are still 0600.
    void databaseFilesArePrivateInProcess() {
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        {
            auto db = Database::open(dir.path());
            QVERIFY(db);
            QVERIFY((*db)->connection().exec("INSERT INTO meta(key, value) VALUES('k', 'v')"));
            QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("terminal.db-wal"))));
            QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("terminal.db-shm"))));
            const QStringList open = openToOthers(dir.path());
            QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        }
        ::umask(old);
    }

    // The terminal makes nothing readable by others: the directory, the database, keys, demo files.
    void nothingInTheDataDirIsReadableByOthers() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("new/data"));
        const auto demo =
            runWrapped(QStringLiteral("umask 022;"), data, {QStringLiteral("demo"), QStringLiteral("init")});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(
            runWrapped(QStringLiteral("umask 022;"), data, {QStringLiteral("redeem"), firstDemoCode(data)})
                .exitCode,
            0);
        const QStringList open = openToOthers(data);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }

    // A disk that fills up while demo init writes leaves neither vouchers nor files behind.
    void demoInitOnAFullDiskIsAllOrNothing() {
        QTemporaryDir dir;
        // ulimit -f makes every file write past 256 KiB fail as a full disk does (EFBIG, signal ignored):
        // room for a new database's migrations in its WAL (over 150 KiB since step 10), not for the demo
        // set's 600 KiB of codes.
        const auto full = runWrapped(QStringLiteral("trap '' XFSZ; ulimit -f 256;"), dir.path(),
                                     {QStringLiteral("demo"), QStringLiteral("init"),
                                      QStringLiteral("--count"), QStringLiteral("3000")});
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains("cannot write"), full.err.constData());
        const auto status =
            test::runTerminal(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.json().value(QStringLiteral("cached_vouchers")).toInt(-1), 0);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("demo-*")}, QDir::Files).isEmpty());
    }

    // Reading commands work on a read-only data directory; a redemption says why it cannot be made.
    void readOnlyDirectory() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QCOMPARE(test::runTerminal(data, {QStringLiteral("demo"), QStringLiteral("init")}).exitCode, 0);
        const QString code = firstDemoCode(data);
        QCOMPARE(test::runTerminal(data, {QStringLiteral("redeem"), code}).exitCode, 0);
        QDirIterator files(data, QDir::Files);
        while (files.hasNext())
            QVERIFY(QFile::setPermissions(files.next(), QFileDevice::ReadOwner));
        QVERIFY(QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        // Root writes anywhere: run as an unprivileged user who owns the directory.
        QString asUser = QStringLiteral("exec");
        if (::geteuid() == 0) {
            QCOMPARE(QProcess::execute(QStringLiteral("chown"),
                                       {QStringLiteral("-R"), QStringLiteral("nobody"), dir.path()}),
                     0);
            QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                          QFileDevice::ReadOther | QFileDevice::ExeOther));
            asUser = QStringLiteral("exec setpriv --reuid=nobody --regid=nogroup --clear-groups");
        }
        const QByteArray before = test::fileBytes(data + QStringLiteral("/terminal.db"));
        QVERIFY(!before.isEmpty());

        const auto status = runWrapped(asUser, data, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.json().value(QStringLiteral("redemptions_today")).toInt(), 1);
        const auto ledger = runWrapped(asUser, data, {QStringLiteral("ledger"), QStringLiteral("--json")});
        QVERIFY2(ledger.exitCode == 0, ledger.err.constData());
        const auto check =
            runWrapped(asUser, data, {QStringLiteral("check"), code, QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json().value(QStringLiteral("reason")).toString(), QStringLiteral("already_redeemed"));

        const auto redeem = runWrapped(asUser, data, {QStringLiteral("redeem"), code});
        QCOMPARE(redeem.exitCode, 2);
        QVERIFY2(redeem.err.contains("is read-only, so nothing can be recorded"), redeem.err.constData());
        QCOMPARE(test::fileBytes(data + QStringLiteral("/terminal.db")), before);
        // Give the directory back, so QTemporaryDir can remove it.
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("root"), dir.path()});
        QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
