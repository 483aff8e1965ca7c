#include "ui/campaigncontroller.h"

#include "core/clock.h"
#include "core/money.h"
#include "store/atomicfile.h"
#include "store/daycloseservice.h"
#include "ui/campaignreportexport.h"
#include "ui/databasethread.h"
#include "ui/uilog.h"

#include <QDir>

namespace o2o {

namespace {

// The period ends with the current business day (after a close: the next one).
Result<CampaignReport> buildReport(Database& db, int periodDays) {
    SystemClock clock;
    sql::ReadSnapshot snapshot(db.connection());
    O2O_TRY(snapshot.begin());
    auto today = DayCloseService(db, clock).currentDay();
    if (!today)
        return Unexpected(today.error());
    return CampaignReportBuilder(db, clock.timeZone()).build(today->addDays(1 - periodDays), *today);
}

Result<QString> writeCampaignReport(Database& db, int periodDays, const QString& folder,
                                    const QString& format) {
    if (!QDir().mkpath(folder))
        return Unexpected(
            Error{ErrorCode::Io, QStringLiteral("cannot make the folder %1").arg(folder), false});
    auto report = buildReport(db, periodDays);
    if (!report)
        return Unexpected(report.error());
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = campaignReportCsv(*report);
    } else {
        auto pdf = campaignReportPdf(*report);
        if (!pdf)
            return Unexpected(pdf.error());
        bytes = *pdf;
    }
    const QString path = QDir(folder).absoluteFilePath(
        QStringLiteral("o2o-campaigns-%1-%2.%3")
            .arg(report->from.toString(Qt::ISODate), report->to.toString(Qt::ISODate), format));
    O2O_TRY(writeFileAtomically(path, bytes, FileAccess::OwnerOnly));
    return path;
}

} // namespace

int CampaignListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_campaigns.size())
        return {};
    const CampaignTotals& c = m_campaigns.at(index.row());
    switch (role) {
    case CampaignRole:
        return c.campaign;
    case RedemptionsRole:
        return int(c.redemptions);
    case SalesRole:
        return int(c.sales);
    case SpendRole:
        return Money(c.spendMinor, m_currency).toString();
    case MembersNewRole:
        return int(c.membersNew);
    case MembersReturningRole:
        return int(c.membersReturning);
    case BusiestHourRole: {
        int busiest = -1;
        for (int h = 0; h < 24; ++h)
            if (c.byHour[size_t(h)].redemptions > 0 &&
                (busiest < 0 || c.byHour[size_t(h)].redemptions > c.byHour[size_t(busiest)].redemptions))
                busiest = h;
        return busiest < 0 ? QString() : QStringLiteral("%1:00").arg(busiest, 2, 10, QLatin1Char('0'));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CampaignListModel::roleNames() const {
    return {{CampaignRole, "campaign"},
            {RedemptionsRole, "redemptions"},
            {SalesRole, "sales"},
            {SpendRole, "spend"},
            {MembersNewRole, "membersNew"},
            {MembersReturningRole, "membersReturning"},
            {BusiestHourRole, "busiestHour"}};
}

void CampaignListModel::reset(QList<CampaignTotals> campaigns, QString currency) {
    beginResetModel();
    m_campaigns = std::move(campaigns);
    m_currency = std::move(currency);
    endResetModel();
}

CampaignController::CampaignController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_exportFolder(QDir(database->dataDir()).filePath(QStringLiteral("exports"))) {}

void CampaignController::setPeriodDays(int days) {
    days = days >= 30 ? 30 : days >= 7 ? 7 : 1;
    if (days == m_periodDays)
        return;
    m_periodDays = days;
    refresh();
}

void CampaignController::refresh() {
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT loaded();
    const int days = m_periodDays;
    m_database->run<CampaignReport>(
        this, [days](Database& db) { return buildReport(db, days); },
        [this, generation](Result<CampaignReport> report) {
            if (generation != m_generation)
                return; // a newer request is on its way
            m_loading = false;
            if (report) {
                m_problem.clear();
                m_from = report->from;
                m_to = report->to;
                m_model.reset(report->campaigns, report->currency);
            } else {
                m_problem = tr("The campaign report cannot be read: %1").arg(report.error().message);
                qCWarning(lcUi) << "campaign report:" << report.error().message;
            }
            Q_EMIT loaded();
        });
}

void CampaignController::setExportFolder(const QString& folder) {
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

void CampaignController::exportCampaigns(const QString& format) {
    if (m_exporting)
        return;
    const QString fmt = format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("pdf");
    const QString folder = QDir::cleanPath(QDir(m_exportFolder.trimmed()).absolutePath());
    const int days = m_periodDays;
    m_exporting = true;
    m_export = {};
    Q_EMIT exportChanged();
    m_database->run<QString>(
        this, [days, folder, fmt](Database& db) { return writeCampaignReport(db, days, folder, fmt); },
        [this](Result<QString> path) {
            m_exporting = false;
            m_export = {};
            if (path) {
                m_export.done = true;
                m_export.path = *path;
                m_export.message = tr("Saved: %1").arg(*path);
                qCInfo(lcUi) << "campaign report exported to" << *path;
            } else {
                m_export.failed = true;
                m_export.message = tr("Not saved: %1").arg(path.error().message);
                qCWarning(lcUi) << "campaign report export:" << path.error().message;
            }
            Q_EMIT exportChanged();
        });
}

} // namespace o2o
