#include "store/backuprestore.h"
#include "store/migrations.h"
#include "store/redemptionledger.h"
#include "store/safetycopy.h"
#include "store/vouchercache.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTest>

#include <array>

using namespace o2o;

namespace {
// A cached voucher as a terminal of schema 1 wrote it (this build's VoucherCache writes later columns).
bool addSchema1Voucher(Database& db, const VoucherRecord& r) {
    auto stmt = db.connection().prepare("INSERT INTO vouchers(code_hash, voucher_id, kind, status, "
                                        "description, currency, face_value, balance, "
                                        "uses_total, uses_left, valid_from, valid_until, stores, weekdays, "
                                        "minute_from, minute_until, min_spend, "
                                        "items, code_tail) VALUES(?1, ?2, 'single_use', 'active', '', 'EUR', "
                                        "0, 0, 1, 1, 0, 0, '', 127, 0, 1440, "
                                        "0, '', ?3)");
    if (!stmt)
        return false;
    stmt->bindBlob(1, db.hasher().hash(r.code)).bind(2, r.voucher.id).bind(3, r.code.right(4));
    return stmt->step() == sql::kDone;
}
} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromEmpty() {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(db);
        QCOMPARE(*(*db)->connection().scalar("PRAGMA user_version"), qint64(latestSchemaVersion()));
        QCOMPARE(*(*db)->connection().scalar("PRAGMA application_id"), qint64(0x4F324F54));
        QCOMPARE(
            *(*db)->connection().scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                        "('meta', 'vouchers', 'redemptions', 'outbox')"),
            4);
        auto mode = (*db)->connection().prepare("PRAGMA journal_mode");
        QCOMPARE(mode->step(), sql::kRow);
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
    }

    // Data written by every earlier schema survives the upgrade to the latest.
    void fromEveryEarlierVersion_data() {
        QTest::addColumn<int>("version");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void fromEveryEarlierVersion() {
        QFETCH(int, version);
        QTemporaryDir dir;
        const VoucherRecord record = test::voucherRecord(QStringLiteral("CODE-OLD"));
        {
            auto db = Database::openAtVersion(dir.path(), version);
            QVERIFY(db);
            QCOMPARE(*(*db)->connection().scalar("PRAGMA user_version"), qint64(version));
            QVERIFY(addSchema1Voucher(**db, record));
            if (version >= 2) {
                // The columns of schema 2, as a terminal of that time wrote them.
                QVERIFY((*db)->connection().exec(
                    "INSERT INTO redemptions(id, code_hash, voucher_id, code_tail, kind, description, uses, "
                    "amount, currency, cashier, terminal_id, store_id, at_ms, online) VALUES('r-1', "
                    "x'00', 'v', 'TAIL', 'single_use', '', 1, 0, 'EUR', '', '', '', 1000, 0);"
                    "INSERT INTO outbox(event_id, type, payload, created_ms) VALUES('e-1', 'redemption', "
                    "'{}', 1000)"));
            }
        }
        auto db = Database::open(dir.path());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(*(*db)->connection().scalar("PRAGMA user_version"), qint64(latestSchemaVersion()));
        VoucherCache cache(**db);
        auto found = cache.find(QStringLiteral("CODE-OLD"));
        QVERIFY(found && *found);
        QCOMPARE((*found)->voucher.id, record.voucher.id);
        RedemptionLedger ledger(**db);
        QCOMPARE(ledger.between(0, 2000)->size(), version >= 2 ? 1 : 0);
        if (version >= 2 && version < 6) // step 6: the machine's clock of an older entry is its filed time
            QCOMPARE(ledger.between(0, 2000)->first().wallMs, 1000);
        QCOMPARE(*ledger.pendingEvents(), qint64(version >= 2 ? 1 : 0));
    }

    // Two terminals (a window and a command) opening one old database at the same moment: each step runs
    // once between them. Step 6 adds a column, so a second run would fail with "duplicate column name".
    void twoProcessesMigrateOnce() {
        QTemporaryDir dir;
        { QVERIFY(Database::openAtVersion(dir.path(), latestSchemaVersion() - 1)); }
        sql::Connection holder;
        QVERIFY(holder.open(dir.filePath(Database::fileName()), false));
        // Hold the write lock while both start, so both read the old version before either can migrate.
        QVERIFY(holder.exec("BEGIN IMMEDIATE"));
        std::array<QProcess, 2> processes;
        for (QProcess& p : processes)
            p.start(test::terminalBinary(), {QStringLiteral("--data-dir"), dir.path(),
                                             QStringLiteral("status"), QStringLiteral("--json")});
        for (QProcess& p : processes)
            QVERIFY(p.waitForStarted());
        QTest::qWait(1500); // the fault being made: both are now waiting on the lock with version 5 read
        QVERIFY(holder.exec("COMMIT"));
        for (QProcess& p : processes) {
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        auto db = Database::open(dir.path());
        QVERIFY(db);
        QCOMPARE(*(*db)->connection().scalar("PRAGMA user_version"), qint64(latestSchemaVersion()));
    }

    void reopeningChangesNothing() {
        QTemporaryDir dir;
        { QVERIFY(Database::open(dir.path())); }
        const QByteArray before = test::fileBytes(dir.filePath(Database::fileName()));
        { QVERIFY(Database::open(dir.path())); }
        QCOMPARE(test::fileBytes(dir.filePath(Database::fileName())), before);
    }

    void newerSchemaIsRefusedAndKept() {
        QTemporaryDir dir;
        {
            auto db = Database::open(dir.path());
            QVERIFY(db);
            QVERIFY((*db)->connection().exec("PRAGMA user_version = 99"));
        }
        const QByteArray before = test::fileBytes(dir.filePath(Database::fileName()));
        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(
                     QStringLiteral("this database was written by a newer version (schema 99); this terminal "
                                    "knows up to %1: install the newer version or restore a backup")
                         .arg(latestSchemaVersion())),
                 qPrintable(db.error().message));
        QCOMPARE(test::fileBytes(dir.filePath(Database::fileName())), before);
        QVERIFY(!QFile::exists(dir.filePath(Database::fileName()) + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(dir.filePath(Database::fileName()) + QStringLiteral("-shm")));
    }

    // The first open after an upgrade copies the old database (VACUUM INTO) before the first step.
    void safetyCopyBeforeMigrating() {
        QTemporaryDir dir;
        const int old = latestSchemaVersion() - 1;
        {
            auto db = Database::openAtVersion(dir.path(), old);
            QVERIFY(db);
            QVERIFY(addSchema1Voucher(**db, test::voucherRecord(QStringLiteral("CODE-KEPT"))));
        }
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists());
        { QVERIFY(Database::open(dir.path())); }
        const QStringList copies = safetycopy::list(dir.path(), QStringLiteral("upgrade"));
        QCOMPARE(copies.size(), 1);
        QVERIFY2(
            QFileInfo(copies.first()).fileName().startsWith(QStringLiteral("terminal-schema%1-").arg(old)),
            qPrintable(copies.first()));
        QCOMPARE(QFile::permissions(copies.first()) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        sql::Connection copy;
        QVERIFY(copy.openReadOnly(copies.first(), true));
        QCOMPARE(*copy.scalar("PRAGMA user_version"), qint64(old));
        QCOMPARE(*copy.scalar("SELECT count(*) FROM vouchers"), 1);
        QCOMPARE(*integrityCheck(copy), QStringList{QStringLiteral("ok")});
        // Current now: opening again copies nothing.
        { QVERIFY(Database::open(dir.path())); }
        QCOMPARE(safetycopy::list(dir.path(), QStringLiteral("upgrade")), copies);
    }

    void onlyTheLastThreeSafetyCopiesKept() {
        QTemporaryDir old;
        { QVERIFY(Database::openAtVersion(old.path(), latestSchemaVersion() - 1)); }
        QTemporaryDir dir;
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            // A fresh old database each round (the same terminal upgraded five times, say).
            QFile::remove(dir.filePath(Database::fileName()));
            QVERIFY(QFile::copy(old.filePath(Database::fileName()), dir.filePath(Database::fileName())));
            QFile::remove(dir.filePath(Database::keyFileName()));
            QVERIFY(
                QFile::copy(old.filePath(Database::keyFileName()), dir.filePath(Database::keyFileName())));
            { QVERIFY(Database::open(dir.path())); }
            const QStringList now = safetycopy::list(dir.path(), QStringLiteral("upgrade"));
            QVERIFY(!now.isEmpty());
            QVERIFY(!made.contains(now.first()));
            made.prepend(now.first());
            QCOMPARE(now.size(), qMin(i + 1, 3));
        }
        QCOMPARE(safetycopy::list(dir.path(), QStringLiteral("upgrade")), made.mid(0, 3));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("*.db")}, QDir::Files)
                     .size(),
                 3);
    }

    void secondOpenerWhileTheFirstStaysOpen() {
        // A new database's header lives in the WAL until a checkpoint: a second process (the GUI and
        // `sync --once`, say) must still recognise the file while the first connection is open.
        QTemporaryDir dir;
        auto first = Database::open(dir.path());
        QVERIFY(first);
        auto second = Database::open(dir.path());
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("support"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
