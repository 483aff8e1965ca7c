#include "tests/bench/benchcounter.h"

#include "store/auditlog.h"
#include "store/catalogstore.h"
#include "store/saleservice.h"
#include "tests/bench/benchutil.h"

#include <QDir>

namespace o2o::bench {

QJsonObject runCounterBenchmark(const QString& workDir, int auditEntries, int sales) {
    QDir(workDir).removeRecursively();
    auto db = Database::open(workDir);
    must(bool(db), "open the database");
    sql::Connection& c = (*db)->connection();

    // The chain written as the terminal writes it (one append per entry), in one transaction to be quick.
    const double fillSeconds = secondsOf([&] {
        must(bool(c.exec("BEGIN")), "begin");
        AuditLog audit(**db);
        for (int i = 0; i < auditEntries; ++i)
            must(bool(audit.append(QStringLiteral("ana"), QStringLiteral("wrong_pin"), QStringLiteral("ana"),
                                   QStringLiteral("attempt %1 of 5").arg(i % 5 + 1), 1763467200000LL + i)),
                 "append");
        must(bool(c.exec("COMMIT")), "commit");
    });
    AuditCheck check;
    const double verifySeconds = secondsOf([&] {
        auto r = AuditLog(**db).verify();
        must(r && r->intact && r->entries == auditEntries, "verify");
        check = *r;
    });

    // Sales, each its own durable transaction (synchronous=FULL), against a bare one-row commit.
    TerminalSettings settings = *TerminalSettings::load(**db);
    settings.storeId = QStringLiteral("bench-store");
    must(bool(settings.save(**db)), "settings");
    must(bool(CatalogStore(**db).upsert({QStringLiteral("TEA"), QStringLiteral("Tea"), 220, 1000, true})),
         "catalog");
    SystemClock clock;
    SaleService service(**db, clock);
    SaleInput input;
    SaleLineInput line;
    line.sku = QStringLiteral("TEA");
    line.quantity = 2;
    input.lines = {line};
    input.cashier = QStringLiteral("ana");
    std::vector<double> saleMs;
    for (int i = 0; i < sales; ++i)
        saleMs.push_back(1000 * secondsOf([&] { must(bool(service.sell(input)), "sale"); }));
    must(bool(c.exec("CREATE TABLE bench_commits(id INTEGER PRIMARY KEY, note TEXT)")), "commit table");
    auto row = c.prepare("INSERT INTO bench_commits(note) VALUES(?1)");
    std::vector<double> bareMs;
    for (int i = 0; i < sales; ++i)
        bareMs.push_back(1000 * secondsOf([&] {
                             must(bool(c.exec("BEGIN IMMEDIATE")), "begin");
                             row->reset().bind(1, QStringLiteral("durable commit"));
                             must(row->step() == sql::kDone, "insert");
                             must(bool(c.exec("COMMIT")), "commit");
                         }));
    return QJsonObject{{QStringLiteral("audit_entries"), auditEntries},
                       {QStringLiteral("audit_fill_s"), fillSeconds},
                       {QStringLiteral("audit_verify_s"), verifySeconds},
                       {QStringLiteral("sales"), sales},
                       {QStringLiteral("sale_commit_p50_ms"), percentile(saleMs, 0.50)},
                       {QStringLiteral("sale_commit_p99_ms"), percentile(saleMs, 0.99)},
                       {QStringLiteral("bare_commit_p50_ms"), percentile(bareMs, 0.50)},
                       {QStringLiteral("bare_commit_p99_ms"), percentile(bareMs, 0.99)},
                       {QStringLiteral("peak_rss_mb"), peakRssMb()}};
}

} // namespace o2o::bench
