// report: the redemptions and sales of a business day (or a run of days) as JSON, CSV or PDF.
#include "app/cli.h"
#include "store/atomicfile.h"
#include "store/daycloseservice.h"
#include "store/dayreport.h"
#include "store/terminalsettings.h"
#include "ui/reportcsv.h"
#include "ui/reportpdf.h"

#include <QJsonDocument>

namespace o2o {

namespace {

QDate dayArgument(const CliArgs& args, const QString& option) {
    return QDate::fromString(args.value(option), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

int commandReport(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("json"));
    const QString out = args.value(QStringLiteral("out"), QStringLiteral("-"));
    const bool hasDate = args.values.contains(QStringLiteral("date"));
    const bool hasRange =
        args.values.contains(QStringLiteral("from")) || args.values.contains(QStringLiteral("to"));
    if (!args.positional.isEmpty() || (hasDate && hasRange))
        return reportUsage(QStringLiteral("report takes --date YYYY-MM-DD, or --from and --to, not both"));
    if (format != QStringLiteral("json") && format != QStringLiteral("csv") &&
        format != QStringLiteral("pdf"))
        return reportUsage(QStringLiteral("--format must be json, csv or pdf"));
    if (format == QStringLiteral("pdf") && out == QStringLiteral("-"))
        return reportUsage(QStringLiteral("a PDF report needs --out FILE"));
    QDate from;
    QDate to;
    if (hasDate) {
        from = to = dayArgument(args, QStringLiteral("date"));
        if (!from.isValid())
            return reportUsage(QStringLiteral("--date must be a date like 2026-11-22"));
    } else if (hasRange) {
        from = dayArgument(args, QStringLiteral("from"));
        to = dayArgument(args, QStringLiteral("to"));
        if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)
            return reportUsage(QStringLiteral(
                "--from and --to must both be dates like 2026-11-22, --to not before --from, at "
                "most a year apart"));
    }

    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    if (auto settings = TerminalSettings::load(**db); !settings)
        return reportError((*db)->explain(settings.error()));
    if (!from.isValid()) {
        auto today = DayCloseService(**db, clock).currentDay();
        if (!today)
            return reportError((*db)->explain(today.error()));
        from = to = *today;
    }
    // One snapshot: a redemption committed meanwhile is either in every figure or in none.
    sql::ReadSnapshot snapshot((*db)->connection());
    if (auto r = snapshot.begin(); !r)
        return reportError((*db)->explain(r.error()));
    auto report = DayReportBuilder(**db, clock.timeZone()).build(from, to, clock.nowMsecs());
    if (!report)
        return reportError((*db)->explain(report.error()));

    QByteArray bytes;
    if (format == QStringLiteral("json")) {
        bytes = QJsonDocument(report->toJson())
                    .toJson(out == QStringLiteral("-") ? QJsonDocument::Compact : QJsonDocument::Indented);
    } else if (format == QStringLiteral("csv")) {
        bytes = reportCsv(*report);
    } else {
        auto pdf = reportPdf(*report, from == to ? QStringLiteral("Day report") : QStringLiteral("Report"));
        if (!pdf)
            return reportError(pdf.error());
        bytes = *pdf;
    }
    if (out == QStringLiteral("-")) {
        if (format == QStringLiteral("json"))
            printJson(report->toJson());
        else
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitOk;
    }
    if (auto written = writeFileAtomically(out, bytes, FileAccess::OwnerOnly); !written)
        return reportError(written.error());
    printLine(
        QStringLiteral("Report %1 written to %2 (%3): %4 redemptions, %5 sales, %6 voids, %7 events "
                       "waiting to upload.")
            .arg(from == to
                     ? from.toString(Qt::ISODate)
                     : QStringLiteral("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                 out, format)
            .arg(report->totals.redemptions)
            .arg(report->totals.sales)
            .arg(report->totals.voids)
            .arg(report->pendingEvents));
    return ExitOk;
}

} // namespace o2o
