#include "tests/bench/benchcache.h"
#include "tests/bench/benchutil.h"

#include "core/voucherrecord.h"
#include "store/redemptionservice.h"
#include "store/vouchercache.h"
#include "store/voucherimport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <sys/resource.h>

namespace o2o::bench {

namespace {

constexpr qint64 kNowMs = 1763467200000LL; // a fixed Wednesday noon, so rules always evaluate the same way

QString codeFor(qint64 i) {
    return QStringLiteral("BENCH-%1-%2")
        .arg(i, 8, 10, QLatin1Char('0'))
        .arg((i * 2654435761LL) % 100000, 5, 10, QLatin1Char('0'));
}

// Mostly single-use deals, with passes and cards and some rules, as a real store's cache would hold.
QByteArray recordLine(qint64 i) {
    const QByteArray code = codeFor(i).toLatin1();
    switch (i % 10) {
    case 0:
        return R"({"code":")" + code + R"(","id":"v)" + QByteArray::number(i) +
               R"(","kind":"multi_use","description":"10 classes","face_value":1500,"uses_total":10,"stores":["bench-store"]})";
    case 1:
        return R"({"code":")" + code + R"(","id":"v)" + QByteArray::number(i) +
               R"(","kind":"stored_value","description":"Gift card","face_value":20000})";
    case 2:
        return R"({"code":")" + code + R"(","id":"v)" + QByteArray::number(i) +
               R"(","kind":"single_use","description":"Lunch deal","face_value":500,"min_spend":2000,"weekdays":[1,2,3,4,5],"hours":{"from":"11:00","until":"15:00"}})";
    default:
        return R"({"code":")" + code + R"(","id":"v)" + QByteArray::number(i) +
               R"(","kind":"single_use","description":"Dinner for two","face_value":5000,"valid_from":1700000000,"valid_until":1900000000,"stores":["bench-store","other"]})";
    }
}

// The bare SQLite baselines use the same schema, rows and keys, without parsing, hashing or rules.
struct Baselines {
    double insertSeconds = 0;
    double lookupsPerSecond = 0;
    double commitP50Ms = 0;
    double commitP99Ms = 0;
};

Baselines measureBaselines(const QString& dir, const QList<VoucherRecord>& records,
                           const QList<QByteArray>& hashes, const std::vector<qint64>& probe) {
    Baselines b;
    auto db = Database::open(dir);
    must(bool(db), "open baseline database");
    sql::Connection& c = (*db)->connection();
    auto insert = c.prepare(VoucherCache::upsertSql());
    must(bool(insert), "prepare baseline insert");
    // The same rows, encoded beforehand: the baseline pays for SQLite only.
    std::vector<VoucherRow> rows;
    rows.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        rows.push_back(VoucherRow::encode(hashes[i], records[i].code.right(4), records[i].voucher));
    b.insertSeconds = secondsOf([&] {
        must(bool(c.exec("BEGIN")), "begin");
        for (const VoucherRow& r : rows) {
            VoucherCache::bindRow(insert->reset(), r);
            must(insert->step() == sql::kDone, "baseline insert");
        }
        must(bool(c.exec("COMMIT")), "commit");
    });

    auto lookup = c.prepare(VoucherCache::findSql());
    qint64 found = 0;
    const double lookupSeconds = secondsOf([&] {
        for (qint64 i : probe) {
            lookup->reset().bindBlob(1, hashes[i]);
            found += lookup->step() == sql::kRow;
        }
    });
    must(found == qint64(probe.size()), "baseline lookups find every row");
    b.lookupsPerSecond = double(probe.size()) / lookupSeconds;

    must(bool(c.exec("CREATE TABLE commits(id INTEGER PRIMARY KEY, at INTEGER, note TEXT)")), "commit table");
    auto row = c.prepare("INSERT INTO commits(at, note) VALUES(?1, ?2)");
    std::vector<double> commits;
    for (int i = 0; i < 1000; ++i) {
        commits.push_back(1000 * secondsOf([&] {
                              must(bool(c.exec("BEGIN IMMEDIATE")), "begin");
                              row->reset().bind(1, i).bind(2, QStringLiteral("durable commit"));
                              must(row->step() == sql::kDone, "insert");
                              must(bool(c.exec("COMMIT")), "commit");
                          }));
    }
    b.commitP50Ms = percentile(commits, 0.50);
    b.commitP99Ms = percentile(commits, 0.99);
    return b;
}

} // namespace

QJsonObject runCacheBenchmark(const QString& workDir, qint64 n) {
    QDir(workDir).removeRecursively();
    QDir().mkpath(workDir);
    const QString file = QDir(workDir).filePath(QStringLiteral("vouchers.jsonl"));
    {
        QFile out(file);
        must(out.open(QIODevice::WriteOnly), "write voucher file");
        for (qint64 i = 0; i < n; ++i)
            out.write(recordLine(i) + '\n');
    }

    const QString terminalDir = QDir(workDir).filePath(QStringLiteral("terminal"));
    auto db = Database::open(terminalDir);
    must(bool(db), "open terminal database");
    auto settings = TerminalSettings::load(**db);
    settings->storeId = QStringLiteral("bench-store");
    must(bool(settings->save(**db)), "save settings");
    QFile in(file);
    must(in.open(QIODevice::ReadOnly), "read voucher file");
    qint64 imported = 0;
    const double importSeconds = secondsOf([&] {
        auto summary = importVoucherLines(**db, in);
        must(bool(summary), "import");
        imported = summary->vouchers;
    });
    must(imported == n, "every voucher imported");

    const qint64 probes = std::min<qint64>(n, 200000);
    std::vector<qint64> probe(static_cast<size_t>(probes));
    QRandomGenerator random(42);
    for (auto& p : probe)
        p = qint64(random.bounded(quint64(n)));
    // Only the probed codes are held, so the peak RSS below is the terminal's, not the harness's.
    QStringList probeCodes;
    probeCodes.reserve(probes);
    for (qint64 i : probe)
        probeCodes.append(parseVoucherRecord(recordLine(i))->code);

    FixedClock clock(kNowMs);
    RedemptionService service(**db, clock);
    qint64 accepted = 0;
    const double checkSeconds = secondsOf([&] {
        RedeemInput input;
        input.spendText = QStringLiteral("25.00");
        for (const QString& code : probeCodes) {
            input.code = code;
            auto outcome = service.check(input);
            must(bool(outcome), "check");
            accepted += outcome->verdict.accepted();
        }
    });

    std::vector<double> redeems;
    for (qint64 i = 3; i < n && redeems.size() < 1000; i += 10) { // single-use deals
        RedeemInput input;
        input.code = parseVoucherRecord(recordLine(i))->code;
        input.cashier = QStringLiteral("bench");
        redeems.push_back(1000 * secondsOf([&] {
                              auto outcome = service.redeem(input);
                              must(outcome && outcome->verdict.accepted(), "redeem");
                          }));
    }
    const double terminalPeakRssMb = peakRssMb();

    // The same rows for the baselines, parsed and hashed outside the timed part.
    QList<VoucherRecord> records;
    QList<QByteArray> hashes;
    records.reserve(n);
    hashes.reserve(n);
    for (qint64 i = 0; i < n; ++i) {
        records.append(*parseVoucherRecord(recordLine(i)));
        hashes.append((*db)->hasher().hash(records.last().code));
    }
    db->reset();
    const Baselines base =
        measureBaselines(QDir(workDir).filePath(QStringLiteral("baseline")), records, hashes, probe);
    const double checkPerSecond = double(probes) / checkSeconds;
    const double redeemP99 = percentile(redeems, 0.99);
    QJsonObject result{
        {QStringLiteral("vouchers"), n},
        {QStringLiteral("check_per_s"), qRound64(checkPerSecond)},
        {QStringLiteral("check_accepted_share"), double(accepted) / double(probes)},
        {QStringLiteral("redeem_p50_ms"), percentile(redeems, 0.50)},
        {QStringLiteral("redeem_p99_ms"), redeemP99},
        {QStringLiteral("import_s"), importSeconds},
        {QStringLiteral("peak_rss_mb"), terminalPeakRssMb},
        {QStringLiteral("bare_lookup_per_s"), qRound64(base.lookupsPerSecond)},
        {QStringLiteral("bare_commit_p50_ms"), base.commitP50Ms},
        {QStringLiteral("bare_commit_p99_ms"), base.commitP99Ms},
        {QStringLiteral("bare_insert_s"), base.insertSeconds},
        {QStringLiteral("check_vs_bare_lookup"), checkPerSecond / base.lookupsPerSecond},
        {QStringLiteral("redeem_p99_limit_ms"), 2 * base.commitP99Ms + 1},
        {QStringLiteral("import_vs_bare_insert"), importSeconds / base.insertSeconds},
    };
    QDir(workDir).removeRecursively();
    return result;
}

} // namespace o2o::bench
