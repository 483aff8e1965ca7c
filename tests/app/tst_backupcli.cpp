// backup and restore through o2o-terminal, on real SQLite files: round trip, refusals and their exit codes.
#include "store/migrations.h"
#include "store/sqlite.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace o2o;
using test::runTerminal;

namespace {
QString firstDemoCode(const QString& dataDir) {
    const test::ProcessResult demo =
        runTerminal(dataDir, {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--json")});
    if (demo.exitCode != 0)
        return {};
    for (const QJsonValue& v : demo.json().value(QStringLiteral("vouchers")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("single_use"))
            return v.toObject().value(QStringLiteral("code")).toString();
    return {};
}

qint64 pendingEvents(const QString& dataDir) {
    return runTerminal(dataDir, {QStringLiteral("status"), QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("pending_events"))
        .toInteger(-1);
}

QStringList restoreCopies(const QString& dataDir) {
    return QDir(dataDir + QStringLiteral("/backups"))
        .entryList({QStringLiteral("*-restore.db")}, QDir::Files);
}

void setUserVersion(const QString& path, int version) {
    sql::Connection c;
    QVERIFY(c.open(path, false));
    QVERIFY(c.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData()));
}
} // namespace

class TestBackupCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // backup, a redemption after it, a forced restore: the redemption is gone and the code redeems again.
    void roundTrip() {
        QTemporaryDir dir;
        const QString code = firstDemoCode(dir.path());
        QVERIFY(!code.isEmpty());
        const QString file = dir.filePath(QStringLiteral("copy.db"));
        const test::ProcessResult backup = runTerminal(
            dir.path(), {QStringLiteral("backup"), QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QCOMPARE(backup.json().value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
        QCOMPARE(backup.json().value(QStringLiteral("pending_events")).toInteger(), 0);
        QCOMPARE(backup.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(QFile::permissions(file) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(backup.json().value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));

        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("redeem"), QStringLiteral("--"), code}).exitCode, 0);
        QCOMPARE(pendingEvents(dir.path()), 1);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("redeem"), QStringLiteral("--"), code}).exitCode, 1);

        const test::ProcessResult restore =
            runTerminal(dir.path(), {QStringLiteral("restore"), file, QStringLiteral("--force"),
                                     QStringLiteral("--json")});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(restore.json().value(QStringLiteral("discarded_pending_events")).toInteger(), 1);
        const QString kept = restore.json().value(QStringLiteral("replaced_copy")).toString();
        QVERIFY(QFile::exists(kept));
        QCOMPARE(QFile::permissions(kept) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(restoreCopies(dir.path()).size(), 1);
        QCOMPARE(pendingEvents(dir.path()), 0);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("redeem"), QStringLiteral("--"), code}).exitCode, 0);

        // The replaced database is itself a backup that restores: the first redemption comes back.
        QCOMPARE(
            runTerminal(dir.path(), {QStringLiteral("restore"), kept, QStringLiteral("--force")}).exitCode,
            0);
        QCOMPARE(pendingEvents(dir.path()), 1);
    }

    void refusedWhileEventsWaitToUpload() {
        QTemporaryDir dir;
        const QString code = firstDemoCode(dir.path());
        const QString file = dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode,
                 0);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("redeem"), QStringLiteral("--"), code}).exitCode, 0);
        const QString db = dir.filePath(QStringLiteral("terminal.db"));
        const QByteArray before = test::fileBytes(db);
        const test::ProcessResult restore = runTerminal(dir.path(), {QStringLiteral("restore"), file});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains("1 events wait to upload"), restore.err.constData());
        QVERIFY2(restore.err.contains("--force"), restore.err.constData());
        QCOMPARE(test::fileBytes(db), before);
        QCOMPARE(pendingEvents(dir.path()), 1);
        QVERIFY(restoreCopies(dir.path()).isEmpty());
    }

    void refusedWhileAnotherProcessHasItOpen() {
        QTemporaryDir dir;
        QVERIFY(!firstDemoCode(dir.path()).isEmpty());
        const QString file = dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode,
                 0);
        sql::Connection holder; // the window or the sync service, say
        QVERIFY(holder.open(dir.filePath(QStringLiteral("terminal.db")), false));
        QCOMPARE(holder.scalar("SELECT count(*) FROM vouchers").value_or(-1) > 0, true);
        const test::ProcessResult restore = runTerminal(dir.path(), {QStringLiteral("restore"), file});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains("another process has"), restore.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".terminal.db.restoring"))));
    }

    // Files that are not a healthy terminal database of a schema this build knows: exit 1, nothing changed.
    void badFilesRefused_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("corrupt page") << QStringLiteral("corrupt") << QByteArray("integrity");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QByteArray("truncated");
        QTest::newRow("text file") << QStringLiteral("text") << QByteArray("not an SQLite database");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QByteArray("newer version");
        QTest::newRow("other application") << QStringLiteral("foreign") << QByteArray("another application");
    }
    void badFilesRefused() {
        QFETCH(QString, damage);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        QVERIFY(!firstDemoCode(dir.path()).isEmpty());
        const QString file = dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode,
                 0);
        QFile f(file);
        if (damage == QStringLiteral("corrupt")) {
            // Overwrite the middle of the vouchers' pages: the header stays valid, the b-tree does not.
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size >= 8 * 4096);
            for (qint64 page = 2; page < size / 4096; page += 2) {
                f.seek(page * 4096 + 8);
                f.write(QByteArray(200, '\xA5'));
            }
            f.close();
        } else if (damage == QStringLiteral("truncated")) {
            QVERIFY(f.resize(f.size() - 4096));
        } else if (damage == QStringLiteral("text")) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("not a database\n").repeated(100));
            f.close();
        } else if (damage == QStringLiteral("newer")) {
            setUserVersion(file, latestSchemaVersion() + 1);
        } else {
            sql::Connection c;
            QVERIFY(c.open(file, false));
            QVERIFY(c.exec("PRAGMA application_id = 1234"));
        }
        const QString db = dir.filePath(QStringLiteral("terminal.db"));
        const QByteArray before = test::fileBytes(db);
        const test::ProcessResult restore =
            runTerminal(dir.path(), {QStringLiteral("restore"), file, QStringLiteral("--force")});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.err.contains(message), restore.err.constData());
        QCOMPARE(test::fileBytes(db), before);
        QVERIFY(restoreCopies(dir.path()).isEmpty());
    }

    void usage() {
        QTemporaryDir dir;
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("backup")}).exitCode, 2);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("restore")}).exitCode, 2);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("restore"), dir.filePath(QStringLiteral("none.db"))})
                     .exitCode,
                 2);
    }

    // An older binary and a newer database: every command refuses with the same words, exit 2, and not a
    // byte of the file (nor a -wal or -shm beside it) changes.
    void newerDatabaseRefusedUntouched_data() {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("status") << QStringList{QStringLiteral("status"), QStringLiteral("--json")};
        QTest::newRow("redeem") << QStringList{QStringLiteral("redeem"), QStringLiteral("ANY-CODE-1234")};
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                                               QStringLiteral("x.db")};
        QTest::newRow("config") << QStringList{QStringLiteral("config"), QStringLiteral("--store"),
                                               QStringLiteral("s2")};
    }
    void newerDatabaseRefusedUntouched() {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        QVERIFY(!firstDemoCode(dir.path()).isEmpty());
        const QString db = dir.filePath(QStringLiteral("terminal.db"));
        setUserVersion(db, latestSchemaVersion() + 1);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        const QByteArray before = test::fileBytes(db);
        const test::ProcessResult r = runTerminal(dir.path(), command);
        QCOMPARE(r.exitCode, 2);
        const QByteArray expected =
            QStringLiteral(
                "this database was written by a newer version (schema %1); this terminal knows up to "
                "%2: install the newer version or restore a backup")
                .arg(latestSchemaVersion() + 1)
                .arg(latestSchemaVersion())
                .toUtf8();
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QCOMPARE(test::fileBytes(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(db + QStringLiteral("-shm")));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists());
    }

    // The way out the message offers: restoring a backup over the newer database needs --force (its events
    // cannot be counted) and keeps its bytes.
    void restoreOverNewerDatabase() {
        QTemporaryDir dir;
        QVERIFY(!firstDemoCode(dir.path()).isEmpty());
        const QString file = dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode,
                 0);
        const QString db = dir.filePath(QStringLiteral("terminal.db"));
        setUserVersion(db, latestSchemaVersion() + 1);
        const QByteArray newer = test::fileBytes(db);
        const test::ProcessResult refused = runTerminal(dir.path(), {QStringLiteral("restore"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("cannot be read"), refused.err.constData());
        QCOMPARE(test::fileBytes(db), newer);
        const test::ProcessResult forced =
            runTerminal(dir.path(), {QStringLiteral("restore"), file, QStringLiteral("--force"),
                                     QStringLiteral("--json")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(test::fileBytes(forced.json().value(QStringLiteral("replaced_copy")).toString()), newer);
        QCOMPARE(runTerminal(dir.path(), {QStringLiteral("status")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
