#include "tests/bench/benchday.h"
#include "tests/bench/benchutil.h"

#include "store/dayreport.h"
#include "store/redemptionledger.h"
#include "store/salestore.h"
#include "store/terminalsettings.h"
#include "ui/reportcsv.h"
#include "ui/reportpdf.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

namespace o2o::bench {

namespace {

const QTimeZone kZone("Europe/Paris");
const QDate kDay(2025, 11, 18);
const char* const kKinds[] = {"single_use", "single_use",   "single_use",
                              "multi_use",  "stored_value", "ticket"};

void fillDay(const QString& dir, int redemptions, int sales) {
    auto db = Database::open(dir);
    must(bool(db), "open the database");
    auto settings = TerminalSettings::load(**db);
    must(bool(settings), "settings");
    settings->storeId = QStringLiteral("bench-store");
    must(bool(settings->save(**db)), "save settings");
    const qint64 open = QDateTime(kDay, QTime(8, 0), kZone).toMSecsSinceEpoch();
    const qint64 spread = 14 * 3600 * 1000LL; // 08:00 to 22:00
    sql::Transaction transaction((*db)->connection());
    must(bool(transaction.begin()), "begin");
    RedemptionLedger ledger(**db);
    for (int i = 0; i < redemptions; ++i) {
        LedgerEntry e;
        e.id = QStringLiteral("r%1").arg(i);
        e.voucherId = QStringLiteral("v%1").arg(i);
        e.codeTail = QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        e.kind = QString::fromLatin1(kKinds[i % 6]);
        e.description = QStringLiteral("Deal %1").arg(i % 50);
        e.uses = e.kind == QStringLiteral("stored_value") ? 0 : 1;
        e.amountMinor = 500 + (i % 7) * 100;
        e.currency = QStringLiteral("EUR");
        e.cashier = QStringLiteral("cashier-%1").arg(i % 12);
        e.terminalId = settings->terminalId;
        e.storeId = settings->storeId;
        e.atMs = e.wallMs = open + spread * i / redemptions;
        e.online = i % 4 == 0;
        must(bool(ledger.record(e, QByteArray::number(i))), "record a redemption");
    }
    SaleStore saleStore(**db);
    for (int i = 0; i < sales; ++i) {
        Sale s;
        s.id = QStringLiteral("s%1").arg(i);
        s.cashier = QStringLiteral("cashier-%1").arg(i % 12);
        s.atMs = s.wallMs = open + spread * i / sales;
        s.currency = QStringLiteral("EUR");
        s.subtotalMinor = 1000 + i % 3000;
        s.taxMinor = s.subtotalMinor / 10;
        s.totalMinor = s.subtotalMinor + s.taxMinor;
        s.lines = QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                         {QStringLiteral("quantity"), 1},
                                         {QStringLiteral("amount"), s.subtotalMinor}}};
        s.payments = QJsonArray{
            QJsonObject{{QStringLiteral("method"), i % 2 ? QStringLiteral("card") : QStringLiteral("cash")},
                        {QStringLiteral("amount"), s.totalMinor}}};
        must(bool(saleStore.record(s)), "record a sale");
    }
    // 1 % voided, and a few conflicts, as a busy day has them.
    must(bool((*db)->connection().exec(
             "INSERT INTO voids(id, target_id, target_kind, reason, by_staff, at_ms, event_id) "
             "SELECT 'void-' || id, id, 'redemption', 'customer changed mind', 'max', at_ms + 60000, '' "
             "FROM redemptions WHERE seq % 100 = 0")),
         "voids");
    must(bool((*db)->connection().exec(
             "INSERT INTO conflicts(event_id, redemption_id, voucher_id, terminal_id, at_ms, "
             "first_terminal_id, "
             "first_at_ms, first_redemption_id, recorded_ms) SELECT 'c-' || id, id, voucher_id, terminal_id, "
             "at_ms, 'other', at_ms - 1000, 'x', at_ms FROM redemptions WHERE seq % 5000 = 1")),
         "conflicts");
    must(bool(transaction.commit()), "commit");
}

} // namespace

QJsonObject runDayBenchmark(const QString& workDir, int redemptions, int sales, bool keep) {
    const QString dir = workDir + QStringLiteral("/day");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const double fillSeconds = secondsOf([&] { fillDay(dir, redemptions, sales); });

    QByteArray json;
    QByteArray pdf;
    QByteArray csv;
    qint64 counted = 0;
    const auto report = [&](auto&& render) {
        auto db = Database::openForReading(dir);
        must(bool(db), "open for reading");
        auto built = DayReportBuilder(**db, kZone).build(kDay, kDay, QDateTime::currentMSecsSinceEpoch());
        must(bool(built), "build the report");
        counted = built->totals.redemptions + built->totals.voids;
        render(*built);
    };
    std::vector<double> jsonRuns, pdfRuns, csvRuns;
    for (int run = 0; run < 3; ++run) {
        jsonRuns.push_back(secondsOf([&] {
            report([&](const DayReport& r) {
                json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
            });
        }));
        pdfRuns.push_back(secondsOf([&] {
            report([&](const DayReport& r) {
                auto bytes = reportPdf(r, QStringLiteral("Day report"));
                must(bool(bytes), "render the PDF");
                pdf = *bytes;
            });
        }));
        csvRuns.push_back(secondsOf([&] { report([&](const DayReport& r) { csv = reportCsv(r); }); }));
    }
    must(counted == redemptions, "every redemption counted");
    if (!keep)
        QDir(dir).removeRecursively();
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("day")},
                       {QStringLiteral("redemptions"), redemptions},
                       {QStringLiteral("sales"), sales},
                       {QStringLiteral("fill_s"), fillSeconds},
                       {QStringLiteral("json_s_median"), percentile(jsonRuns, 0.5)},
                       {QStringLiteral("pdf_s_median"), percentile(pdfRuns, 0.5)},
                       {QStringLiteral("csv_s_median"), percentile(csvRuns, 0.5)},
                       {QStringLiteral("json_bytes"), json.size()},
                       {QStringLiteral("pdf_bytes"), pdf.size()},
                       {QStringLiteral("csv_bytes"), csv.size()},
                       {QStringLiteral("peak_rss_mb"), peakRssMb()},
                       {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
                       {QStringLiteral("threads"), QThread::idealThreadCount()}};
}

} // namespace o2o::bench
