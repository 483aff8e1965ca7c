// report campaigns: what each online campaign brought into the store, as JSON, CSV or PDF.
#include "app/cli.h"
#include "store/atomicfile.h"
#include "store/campaignreport.h"
#include "store/daycloseservice.h"
#include "store/terminalsettings.h"
#include "ui/campaignreportexport.h"

#include <QJsonDocument>

namespace o2o {

int commandReportCampaigns(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("json"));
    const QString out = args.value(QStringLiteral("out"), QStringLiteral("-"));
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("report campaigns takes --from and --to only"));
    if (format != QStringLiteral("json") && format != QStringLiteral("csv") &&
        format != QStringLiteral("pdf"))
        return reportUsage(QStringLiteral("--format must be json, csv or pdf"));
    if (format == QStringLiteral("pdf") && out == QStringLiteral("-"))
        return reportUsage(QStringLiteral("a PDF report needs --out FILE"));
    const bool hasFrom = args.values.contains(QStringLiteral("from"));
    const bool hasTo = args.values.contains(QStringLiteral("to"));
    QDate from = QDate::fromString(args.value(QStringLiteral("from")), QStringLiteral("yyyy-MM-dd"));
    QDate to = QDate::fromString(args.value(QStringLiteral("to")), QStringLiteral("yyyy-MM-dd"));
    if (hasFrom != hasTo ||
        (hasFrom && (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)))
        return reportUsage(
            QStringLiteral("--from and --to must both be dates like 2026-11-22, --to not before "
                           "--from, at most a year apart"));

    auto db = Database::openForReading(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    if (auto settings = TerminalSettings::load(**db); !settings)
        return reportError((*db)->explain(settings.error()));
    if (!hasFrom) {
        auto today = DayCloseService(**db, clock).currentDay();
        if (!today)
            return reportError((*db)->explain(today.error()));
        from = to = *today;
    }
    sql::ReadSnapshot snapshot((*db)->connection());
    if (auto r = snapshot.begin(); !r)
        return reportError((*db)->explain(r.error()));
    auto report = CampaignReportBuilder(**db, clock.timeZone()).build(from, to);
    if (!report)
        return reportError((*db)->explain(report.error()));

    QByteArray bytes;
    if (format == QStringLiteral("json")) {
        if (out == QStringLiteral("-")) {
            printJson(report->toJson());
            return ExitOk;
        }
        bytes = QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else if (format == QStringLiteral("csv")) {
        bytes = campaignReportCsv(*report);
    } else {
        auto pdf = campaignReportPdf(*report);
        if (!pdf)
            return reportError(pdf.error());
        bytes = *pdf;
    }
    if (out == QStringLiteral("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitOk;
    }
    if (auto written = writeFileAtomically(out, bytes, FileAccess::OwnerOnly); !written)
        return reportError(written.error());
    printLine(QStringLiteral("Campaign report %1 to %2 written to %3 (%4): %5 campaigns.")
                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), out, format)
                  .arg(report->campaigns.size()));
    return ExitOk;
}

} // namespace o2o
