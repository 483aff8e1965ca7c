// A full disk and failing writes, at every write point of a redemption, a sale, a void and a pull page
// (tests/support/faultvfs.h, "the i-th database write fails"): each ends refused with a message that says
// the disk is full or could not be written, never accepted; nothing of it is kept; once the fault clears
// the same operation on the same connection goes through, exactly once.
#include "store/changeapply.h"
#include "store/redemptionservice.h"
#include "store/saleservice.h"
#include "store/staffstore.h"
#include "store/voidservice.h"
#include "tests/support/faultvfs.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <functional>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace o2o;

namespace {

constexpr qint64 kNoonMs = 1763467200000LL; // Tuesday 2025-11-18 12:00 UTC

/** One attempt of an operation: true done (accepted), false refused, or the error. */
using Attempt = std::function<Result<bool>()>;

/**
 * The rows compared before and after: all of them, but for what an earlier step of the operation writes
 * in its own transaction and keeps, rightly, when a later one fails. A void signs the manager in first
 * (the PIN attempt counted before it is checked, so a cut-short entry still counts): staff, audit_log
 * and the audit event in the outbox.
 */
struct Scope {
    QStringList skipTables;
    QMap<QString, QString> rowsOf; // table -> the WHERE clause of the rows that are compared
};

/** An operation under test, bound to a database; the attempt may be made again (the retry). */
struct Operation {
    const char* name;
    Scope scope;
    std::function<Attempt(Database&, const Clock&)> bind;
};

QByteArray selectFrom(const Scope& scope, const QString& table, const char* what) {
    QByteArray query = "SELECT " + QByteArray(what) + " FROM \"" + table.toUtf8() + '"';
    if (scope.rowsOf.contains(table))
        query += " WHERE " + scope.rowsOf.value(table).toUtf8();
    return query;
}

using Rows = QMap<QString, qint64>;

QStringList tableNames(Database& db) {
    QStringList names;
    auto stmt = db.connection().prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (stmt && stmt->step() == sql::kRow)
        names.append(stmt->text(0));
    return names;
}

/** Every row of each table but `skip`, hashed per table: equal digests, equal data. */
QMap<QString, QByteArray> digest(Database& db, const Scope& scope) {
    QMap<QString, QByteArray> tables;
    sqlite3* handle = db.connection().handle();
    for (const QString& table : tableNames(db)) {
        if (scope.skipTables.contains(table))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        sqlite3_stmt* stmt = nullptr;
        const QByteArray query = selectFrom(scope, table, "*");
        if (sqlite3_prepare_v2(handle, query.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return {};
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const char type = char('0' + sqlite3_column_type(stmt, c));
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
                hash.addData(QByteArrayView(&type, 1));
                hash.addData(QByteArrayView(bytes, sqlite3_column_bytes(stmt, c)));
            }
        }
        sqlite3_finalize(stmt);
        tables[table] = hash.result();
    }
    return tables;
}

/** The tables whose content differs. */
QStringList changedTables(const QMap<QString, QByteArray>& after, const QMap<QString, QByteArray>& before) {
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.append(it.key());
    return changed;
}

Rows rowCounts(Database& db, const Scope& scope) {
    Rows rows;
    for (const QString& table : tableNames(db)) {
        if (scope.skipTables.contains(table))
            continue;
        const QByteArray query = selectFrom(scope, table, "count(*)");
        auto stmt = db.connection().prepare(query.constData());
        rows[table] = stmt && stmt->step() == sql::kRow ? stmt->int64(0) : -1;
    }
    return rows;
}

Rows difference(const Rows& after, const Rows& before) {
    Rows delta;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (const qint64 d = it.value() - before.value(it.key()); d != 0)
            delta[it.key()] = d;
    return delta;
}

QString describe(const Rows& rows) {
    QStringList parts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        parts.append(QStringLiteral("%1%2%3")
                         .arg(it.key(), it.value() > 0 ? QStringLiteral("+") : QString())
                         .arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

Result<bool> done(bool accepted) {
    return accepted;
}

VoucherRecord storedValue(const QString& code) {
    VoucherRecord card = test::voucherRecord(code, VoucherKind::StoredValue);
    card.voucher.faceValueMinor = card.voucher.balanceMinor = 5000;
    return card;
}

} // namespace

class TestDiskFaults : public QObject {
    Q_OBJECT

    test::TempTerminal m_base;
    QString m_voidTarget;
    qint64 m_cases = 0;

    /** A fresh copy of the prepared terminal: each fault gets the same starting point. */
    std::unique_ptr<QTemporaryDir> copyOfBase() {
        auto dir = std::make_unique<QTemporaryDir>();
        for (const QString& name : {Database::fileName(), Database::keyFileName()})
            if (!QFile::copy(m_base.dir.filePath(name), dir->filePath(name)))
                return nullptr;
        return dir;
    }

    QList<Operation> operations() {
        const QString voidTarget = m_voidTarget;
        return {
            {"redemption",
             {},
             [](Database& db, const Clock& clock) -> Attempt {
                 auto service = std::make_shared<RedemptionService>(db, clock);
                 return [service] {
                     RedeemInput in;
                     in.code = QStringLiteral("REDEEM-ME");
                     in.cashier = QStringLiteral("ana");
                     auto r = service->redeem(in);
                     return r ? done(r->verdict.accepted()) : Unexpected(r.error());
                 };
             }},
            {"sale with a deal and a card",
             {},
             [](Database& db, const Clock& clock) -> Attempt {
                 auto service = std::make_shared<SaleService>(db, clock);
                 return [service] {
                     SaleInput in;
                     in.lines = {SaleLineInput{{}, QStringLiteral("Coffee"), QStringLiteral("12.50"), 2}};
                     in.voucherCodes = {QStringLiteral("SALE-DEAL"), QStringLiteral("SALE-CARD")};
                     in.cashier = QStringLiteral("ana");
                     auto r = service->sell(in);
                     return r ? done(r->sale.has_value()) : Unexpected(r.error());
                 };
             }},
            {"void",
             {{QStringLiteral("staff"), QStringLiteral("audit_log")},
              {{QStringLiteral("outbox"), QStringLiteral("type <> 'audit'")}}},
             [voidTarget](Database& db, const Clock& clock) -> Attempt {
                 auto service = std::make_shared<VoidService>(db, clock);
                 return [service, voidTarget] {
                     auto r = service->voidEntry(VoidRequest{voidTarget, QStringLiteral("mistake"),
                                                             QStringLiteral("max"), QStringLiteral("9999")});
                     return r ? done(r->refusal.isEmpty()) : Unexpected(r.error());
                 };
             }},
            {"pull page",
             {},
             [](Database& db, const Clock& clock) -> Attempt {
                 ChangePage page;
                 for (const QString& code : {QStringLiteral("PULL-1"), QStringLiteral("PULL-2")}) {
                     FeedChange change;
                     change.record = test::voucherRecord(code);
                     page.changes.push_back(change);
                 }
                 FeedChange card;
                 card.record = storedValue(QStringLiteral("PULL-CARD"));
                 page.changes.push_back(card);
                 FeedChange removed;
                 removed.kind = FeedChange::Kind::VoucherRemoved;
                 removed.voucherId = test::voucherRecord(QStringLiteral("PULL-GONE")).voucher.id;
                 page.changes.push_back(removed);
                 FeedChange settings;
                 settings.kind = FeedChange::Kind::Settings;
                 settings.settings.offlineMaxCount = 40;
                 settings.settings.currency = QStringLiteral("EUR");
                 page.changes.push_back(settings);
                 page.nextCursor = QStringLiteral("cursor-after-page");
                 page.serverTimeMs = kNoonMs;
                 Database* target = &db;
                 const qint64 nowMs = clock.nowMsecs();
                 return [target, page, nowMs] {
                     auto r = applyChangePage(*target, page, nowMs);
                     return r ? done(true) : Unexpected(r.error());
                 };
             }},
        };
    }

private Q_SLOTS:
    void initTestCase() {
        test::FaultVfs::install();
        // Processes crash here, the machine never loses power (that is tst_powerloss): the page cache keeps
        // every write, so no sync needs to wait for the disk.
        test::FaultVfs::setRealSyncs(false);
        m_base.add({test::voucherRecord(QStringLiteral("REDEEM-ME")),
                    test::voucherRecord(QStringLiteral("SALE-DEAL")),
                    storedValue(QStringLiteral("SALE-CARD")), test::voucherRecord(QStringLiteral("VOID-ME")),
                    test::voucherRecord(QStringLiteral("PULL-GONE"))});
        StaffMember manager;
        manager.id = manager.name = QStringLiteral("max");
        manager.role = StaffRole::Manager;
        QVERIFY(StaffStore(*m_base.db)
                    .add(manager, QStringLiteral("9999"), QStringLiteral("local:test"), kNoonMs));
        FixedClock clock(kNoonMs);
        RedeemInput in;
        in.code = QStringLiteral("VOID-ME");
        in.cashier = QStringLiteral("max");
        auto redeemed = RedemptionService(*m_base.db, clock).redeem(in);
        QVERIFY(redeemed && redeemed->verdict.accepted());
        m_voidTarget = redeemed->redemptionId;
        m_base.db.reset(); // closed: the file holds everything, the copies start from it
    }

    // A refused operation must stay refused when the process dies right after the fault (no clean close,
    // no later write that would overwrite what the failed commit left in the WAL).
    void refusedStaysRefusedAfterACrash_data() { everyWritePointFails_data(); }

    void refusedStaysRefusedAfterACrash() {
        QFETCH(int, operation);
        const Operation op = operations().at(operation);
        FixedClock clock(kNoonMs + 60'000);
        int cameBack = 0;
        int unknown = 0;
        int keptWhenUnknown = 0;
        int attempts = 0;
        QStringList where;
        for (const auto fault : {test::FaultVfs::Fault::DiskFull, test::FaultVfs::Fault::IoError}) {
            for (qint64 point = 1;; ++point) {
                auto dir = copyOfBase();
                QVERIFY(dir);
                Rows before;
                {
                    auto db = Database::open(dir->path());
                    QVERIFY(db);
                    before = rowCounts(**db, op.scope);
                }
                const pid_t pid = ::fork();
                QVERIFY(pid >= 0);
                if (pid == 0) {
                    auto db = Database::open(dir->path());
                    if (!db)
                        ::_exit(5);
                    Attempt attempt = op.bind(**db, clock);
                    test::FaultVfs::armInjection(point, fault);
                    auto result = attempt();
                    // 0: refused as not recorded, then the crash; 3: refused, maybe recorded; 1: no write
                    // point left to fail.
                    if (test::FaultVfs::injectedFaults() == 0)
                        ::_exit(1);
                    if (result && *result)
                        ::_exit(2);
                    ::_exit(!result && result.error().message.contains(QLatin1String("is not known")) ? 3
                                                                                                      : 0);
                }
                int status = 0;
                QCOMPARE(::waitpid(pid, &status, 0), pid);
                QVERIFY(WIFEXITED(status));
                if (WEXITSTATUS(status) == 1)
                    break;
                QVERIFY(WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 3);
                const bool saidUnknown = WEXITSTATUS(status) == 3;
                unknown += saidUnknown ? 1 : 0;
                ++attempts;
                auto db = Database::open(dir->path());
                QVERIFY(db);
                auto integrity = (*db)->connection().prepare("PRAGMA integrity_check");
                QVERIFY(integrity && integrity->step() == sql::kRow);
                QCOMPARE(integrity->text(0), QStringLiteral("ok"));
                const Rows effect = difference(rowCounts(**db, op.scope), before);
                keptWhenUnknown += saidUnknown && !effect.isEmpty() ? 1 : 0;
                // Either way is true of "not known"; "not recorded" must stay not recorded.
                if (!effect.isEmpty() && !saidUnknown) {
                    ++cameBack;
                    where.append(QStringLiteral("%1 at %2: %3")
                                     .arg(fault == test::FaultVfs::Fault::DiskFull
                                              ? QStringLiteral("disk full")
                                              : QStringLiteral("I/O error"))
                                     .arg(point)
                                     .arg(describe(effect)));
                }
            }
        }
        qInfo("%s: %d refused attempts ended by a crash, %d said 'not known' (the disk still failing; %d of "
              "them were kept), %d said 'not recorded' and came back: %s",
              op.name, attempts, unknown, keptWhenUnknown, cameBack,
              qPrintable(where.join(QStringLiteral("; "))));
        QCOMPARE(cameBack, 0);
    }

    void cleanupTestCase() { qInfo("%lld faults injected and recovered from in all", m_cases); }

    void everyWritePointFails_data() {
        QTest::addColumn<int>("operation");
        for (int i = 0; i < 4; ++i)
            QTest::newRow(operations().at(i).name) << i;
    }

    void everyWritePointFails() {
        QFETCH(int, operation);
        const Operation op = operations().at(operation);
        QElapsedTimer timer;
        timer.start();
        FixedClock clock(kNoonMs + 60'000);

        // The counting pass: the operation without a fault, its write points and what it adds.
        qint64 writePoints = 0;
        Rows cleanEffect;
        {
            auto dir = copyOfBase();
            QVERIFY(dir);
            auto db = Database::open(dir->path());
            QVERIFY(db);
            const Rows before = rowCounts(**db, op.scope);
            Attempt attempt = op.bind(**db, clock);
            test::FaultVfs::armInjection(0, test::FaultVfs::Fault::DiskFull);
            auto result = attempt();
            writePoints = test::FaultVfs::writePoints();
            test::FaultVfs::disarm();
            QVERIFY2(result && *result, result ? "refused" : qPrintable(result.error().message));
            cleanEffect = difference(rowCounts(**db, op.scope), before);
        }
        QVERIFY(writePoints > 0);
        QVERIFY(!cleanEffect.isEmpty());

        const QRegularExpression clear(QStringLiteral(
            "the disk is full, so the database could not be written|"
            "the disk could not be written \\(.+\\), so this was not recorded|"
            "the disk could not be written \\(.+\\), and whether this was recorded is not known"));
        int errors = 0;
        int refusals = 0;
        for (const auto fault : {test::FaultVfs::Fault::DiskFull, test::FaultVfs::Fault::IoError}) {
            for (qint64 point = 1; point <= writePoints; ++point) {
                const QString where =
                    QStringLiteral("%1, %2 at write point %3 of %4")
                        .arg(QLatin1String(op.name), fault == test::FaultVfs::Fault::DiskFull
                                                         ? QStringLiteral("disk full")
                                                         : QStringLiteral("I/O error"))
                        .arg(point)
                        .arg(writePoints);
                auto dir = copyOfBase();
                QVERIFY(dir);
                auto db = Database::open(dir->path());
                QVERIFY(db);
                const auto before = digest(**db, op.scope);
                const Rows rowsBefore = rowCounts(**db, op.scope);
                Attempt attempt = op.bind(**db, clock);

                test::FaultVfs::armInjection(point, fault);
                auto result = attempt();
                const qint64 injected = test::FaultVfs::injectedFaults();
                test::FaultVfs::disarm();
                ++m_cases;
                QVERIFY2(injected >= 1, qPrintable(where + QStringLiteral(": no fault was injected")));
                QVERIFY2(!(result && *result),
                         qPrintable(where + QStringLiteral(": accepted on a failing disk")));
                if (!result) {
                    ++errors;
                    // What the CLI and the window show: the error as the database explains it.
                    const Error error = (*db)->explain(result.error());
                    QVERIFY2(error.code == ErrorCode::Database && clear.match(error.message).hasMatch(),
                             qPrintable(where + QStringLiteral(": unclear message: ") + error.message));
                } else {
                    ++refusals;
                }
                const QStringList changed = changedTables(digest(**db, op.scope), before);
                QVERIFY2(changed.isEmpty(),
                         qPrintable(where + QStringLiteral(": the failed attempt left data in ") +
                                    changed.join(QStringLiteral(", "))));

                // The fault clears: the same operation on the same connection goes through.
                auto retried = attempt();
                QVERIFY2(retried && *retried,
                         qPrintable(where + QStringLiteral(": the retry failed: ") +
                                    (retried ? QStringLiteral("refused") : retried.error().message)));
                db->reset();

                // What is on disk after the power cycle: the retried operation, once, and a healthy file.
                auto reopened = Database::open(dir->path());
                QVERIFY2(reopened, qPrintable(where));
                auto integrity = (*reopened)->connection().prepare("PRAGMA integrity_check");
                QVERIFY(integrity && integrity->step() == sql::kRow);
                QCOMPARE(integrity->text(0), QStringLiteral("ok"));
                const Rows effect = difference(rowCounts(**reopened, op.scope), rowsBefore);
                QVERIFY2(effect == cleanEffect,
                         qPrintable(where + QStringLiteral(": added %1 instead of %2")
                                                .arg(describe(effect), describe(cleanEffect))));
            }
        }
        qInfo(
            "%s: %lld write points (%s), %d faults each of disk full and I/O error: %d errors, %d refusals, "
            "0 accepted, every retry done once; %.2f s",
            op.name, writePoints, qPrintable(describe(cleanEffect)), int(writePoints), errors, refusals,
            timer.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
