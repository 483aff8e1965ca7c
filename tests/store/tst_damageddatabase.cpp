#include "store/vouchercache.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace o2o;

namespace {

enum class Damage { Truncated, GarbageHeader, TextFile, ForeignSqlite, BrokenSchemaPage, BadPageSize };

void makeHealthyDatabase(const QString& dir) {
    auto db = Database::open(dir);
    QVERIFY(db);
    VoucherCache cache(**db);
    QVERIFY((*db)->connection().exec("BEGIN"));
    for (int i = 0; i < 2000; ++i)
        QVERIFY(cache.upsert(test::voucherRecord(QStringLiteral("CODE-%1").arg(i))));
    QVERIFY((*db)->connection().exec("COMMIT"));
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

void damage(const QString& dir, Damage kind) {
    const QString path = QDir(dir).filePath(Database::fileName());
    switch (kind) {
    case Damage::Truncated:
        makeHealthyDatabase(dir);
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 4096 / 2 * 4096));
        break;
    case Damage::GarbageHeader:
        makeHealthyDatabase(dir);
        overwrite(path, 0, QByteArray(16, '\x5a'));
        break;
    case Damage::TextFile: {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
        break;
    }
    case Damage::ForeignSqlite: {
        sql::Connection c;
        QVERIFY(c.open(path, false));
        QVERIFY(c.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos(name) "
                       "VALUES('cat')"));
        break;
    }
    case Damage::BrokenSchemaPage:
        makeHealthyDatabase(dir);
        overwrite(path, 100, QByteArray(200, '\xff')); // the b-tree header of sqlite_master
        break;
    case Damage::BadPageSize:
        makeHealthyDatabase(dir);
        overwrite(path, 16, QByteArray("\x03\x00", 2));
        break;
    }
}

} // namespace

class TestDamagedDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedAndUntouched_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << int(Damage::Truncated) << "truncated";
        QTest::newRow("garbage header") << int(Damage::GarbageHeader) << "not an SQLite database";
        QTest::newRow("text file") << int(Damage::TextFile) << "not an SQLite database";
        QTest::newRow("another application's sqlite") << int(Damage::ForeignSqlite) << "another application";
        QTest::newRow("broken schema page") << int(Damage::BrokenSchemaPage) << "damaged";
        QTest::newRow("impossible page size") << int(Damage::BadPageSize) << "page size";
    }
    void refusedAndUntouched() {
        QFETCH(int, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        damage(dir.path(), Damage(kind));
        const QString path = dir.filePath(Database::fileName());
        const QByteArray before = test::fileBytes(path);
        QVERIFY(!before.isEmpty());

        // In process: a clear error, nothing changed.
        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::DatabaseDamaged);
        QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("left untouched")));
        QCOMPARE(test::fileBytes(path), before);

        // Through the command line: exit 2, the reason on stderr, still byte for byte the same.
        const auto redeem =
            test::runTerminal(dir.path(), {QStringLiteral("redeem"), QStringLiteral("CODE-1")});
        QCOMPARE(redeem.exitCode, 2);
        QVERIFY2(redeem.err.contains(says.toUtf8()), redeem.err.constData());
        QVERIFY(redeem.out.isEmpty());
        const auto import =
            test::runTerminal(dir.path(), {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(import.exitCode, 2);
        QCOMPARE(test::fileBytes(path), before);

        // A copy for support, identical to what was found.
        const QStringList copies =
            QDir(dir.filePath(QStringLiteral("support"))).entryList({QStringLiteral("*.refused")});
        QVERIFY(!copies.isEmpty());
        QCOMPARE(test::fileBytes(dir.filePath(QStringLiteral("support/") + copies.first())), before);
    }
};

QTEST_GUILESS_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
