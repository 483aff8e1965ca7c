#pragma once

#include "core/error.h"
#include "store/campaignreport.h"

#include <QByteArray>

namespace o2o {

/**
 * The campaign report as CSV (one row per campaign, then per campaign and day, then per campaign and hour;
 * amounts as decimal strings) and as an A4 PDF built with PdfLayout like the day report. The PDF needs a
 * QGuiApplication (fonts).
 */
QByteArray campaignReportCsv(const CampaignReport& report);
[[nodiscard]] Result<QByteArray> campaignReportPdf(const CampaignReport& report);

} // namespace o2o
