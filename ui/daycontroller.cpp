#include "ui/daycontroller.h"

#include "core/clock.h"
#include "core/voucher.h"
#include "store/atomicfile.h"
#include "store/businessdays.h"
#include "store/daycloseservice.h"
#include "store/dayclosestore.h"
#include "store/dayreport.h"
#include "store/staffstore.h"
#include "store/terminalsettings.h"
#include "ui/databasethread.h"
#include "ui/managerwords.h"
#include "ui/reportcsv.h"
#include "ui/reportpdf.h"
#include "ui/uilog.h"

#include <QDir>
#include <QLocale>

namespace o2o {

namespace {

struct DayData {
    QDate day;
    bool closed = false;
    QList<DayLogEntry> entries;
    DayLogTotals totals;
    QList<DayLogCashier> cashiers;
    QList<StaffMember> staff;
    QString currency;
    int voidWindowMinutes = 0;
};

Result<DayData> readDay(Database& db, DayLogQuery query) {
    SystemClock clock;
    DayData data;
    auto settings = TerminalSettings::load(db); // may write the terminal id: before the snapshot
    if (!settings)
        return Unexpected(settings.error());
    data.currency = settings->currency;
    data.voidWindowMinutes = settings->voidWindowMinutes;
    // One snapshot: the list and its totals count the same entries.
    sql::ReadSnapshot snapshot(db.connection());
    O2O_TRY(snapshot.begin());
    auto day = DayCloseService(db, clock).currentDay();
    if (!day)
        return Unexpected(day.error());
    data.day = *day;
    auto span = BusinessDays(db, clock.timeZone()).span(*day, *day);
    if (!span)
        return Unexpected(span.error());
    auto closed = DayCloseStore(db).isClosed(day->toString(Qt::ISODate));
    if (!closed)
        return Unexpected(closed.error());
    data.closed = *closed;
    query.fromMs = span->fromMs;
    query.toMs = span->toMs;
    DayLog log(db);
    auto entries = log.entries(query);
    if (!entries)
        return Unexpected(entries.error());
    data.entries = std::move(*entries);
    auto totals = log.totals(query);
    if (!totals)
        return Unexpected(totals.error());
    data.totals = *totals;
    auto cashiers = log.cashiers(span->fromMs, span->toMs);
    if (!cashiers)
        return Unexpected(cashiers.error());
    data.cashiers = std::move(*cashiers);
    auto staff = StaffStore(db).all();
    if (!staff)
        return Unexpected(staff.error());
    for (const StaffMember& member : *staff)
        if (member.active)
            data.staff.append(member);
    return data;
}

QString fileName(const QDate& day, const QString& format) {
    return QStringLiteral("o2o-day-%1.%2").arg(day.toString(Qt::ISODate), format);
}

Result<QString> writeReport(Database& db, const QString& folder, const QString& format) {
    SystemClock clock;
    if (auto settings = TerminalSettings::load(db); !settings)
        return Unexpected(settings.error());
    if (!QDir().mkpath(folder))
        return Unexpected(
            Error{ErrorCode::Io, QStringLiteral("cannot make the folder %1").arg(folder), false});
    sql::ReadSnapshot snapshot(db.connection());
    O2O_TRY(snapshot.begin());
    auto day = DayCloseService(db, clock).currentDay();
    if (!day)
        return Unexpected(day.error());
    auto report = DayReportBuilder(db, clock.timeZone()).build(*day, *day, clock.nowMsecs());
    if (!report)
        return Unexpected(report.error());
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = reportCsv(*report);
    } else {
        auto pdf = reportPdf(*report, QStringLiteral("Day report"));
        if (!pdf)
            return Unexpected(pdf.error());
        bytes = *pdf;
    }
    const QString path = QDir(folder).absoluteFilePath(fileName(*day, format));
    O2O_TRY(writeFileAtomically(path, bytes, FileAccess::OwnerOnly));
    return path;
}

} // namespace

DayController::DayController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_exportFolder(QDir(database->dataDir()).filePath(QStringLiteral("exports"))) {}

QString DayController::dayLabel() const {
    return m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : QString();
}

QStringList DayController::kindFilters() const {
    QStringList kinds{QString(), QStringLiteral("redemption"), QStringLiteral("sale")};
    for (VoucherKind kind : {VoucherKind::SingleUse, VoucherKind::MultiUse, VoucherKind::StoredValue,
                             VoucherKind::PickupOrder, VoucherKind::Ticket, VoucherKind::OnlineOnly})
        kinds.append(kindName(kind));
    return kinds;
}

QString DayController::kindLabel(const QString& kind) const {
    return kind.isEmpty() ? tr("Everything") : ManagerWords::kind(kind);
}

void DayController::setCashierFilter(const QString& cashier) {
    if (cashier == m_query.cashier)
        return;
    m_query.cashier = cashier;
    Q_EMIT filtersChanged();
    refresh();
}

void DayController::setKindFilter(const QString& kind) {
    if (kind == m_query.kind)
        return;
    m_query.kind = kind;
    Q_EMIT filtersChanged();
    refresh();
}

void DayController::setSearch(const QString& lastFour) {
    const QString tail = lastFour.trimmed().right(4);
    if (tail == m_query.codeTail)
        return;
    m_query.codeTail = tail;
    Q_EMIT filtersChanged();
    refresh();
}

void DayController::resetFilters() {
    const bool changed = !m_query.cashier.isEmpty() || !m_query.kind.isEmpty() || !m_query.codeTail.isEmpty();
    m_query.cashier.clear();
    m_query.kind.clear();
    m_query.codeTail.clear();
    m_export = {};
    Q_EMIT exportChanged();
    if (changed)
        Q_EMIT filtersChanged();
    refresh();
}

void DayController::refresh() {
    const quint64 generation = ++m_generation;
    ++m_loading;
    if (m_loading == 1)
        Q_EMIT loadingChanged();
    m_database->run<DayData>(
        this, [query = m_query](Database& db) { return readDay(db, query); },
        [this, generation](Result<DayData> data) {
            if (--m_loading == 0)
                Q_EMIT loadingChanged();
            if (generation != m_generation)
                return; // a newer filter's answer is on its way
            if (!data) {
                qCWarning(lcUi) << "day list:" << data.error().message;
                m_problem = tr("The day's entries cannot be read: %1").arg(data.error().message);
                m_entries.setRows({});
                Q_EMIT loaded();
                return;
            }
            m_problem.clear();
            m_day = data->day;
            m_dayClosed = data->closed;
            m_voidWindowMinutes = data->voidWindowMinutes;
            m_totals = DayTotalsView{int(data->totals.redemptions),
                                     ManagerWords::money(data->totals.redemptionsMinor, data->currency),
                                     int(data->totals.uses),
                                     int(data->totals.sales),
                                     ManagerWords::money(data->totals.salesMinor, data->currency),
                                     int(data->totals.voided)};
            m_cashierIds = {QString()};
            m_cashierLabels = {tr("All cashiers")};
            for (const DayLogCashier& c : data->cashiers) {
                m_cashierIds.append(c.id);
                m_cashierLabels.append(c.name.isEmpty() ? c.id : c.name);
            }
            m_staffIds.clear();
            m_staffLabels.clear();
            for (const StaffMember& member : data->staff) {
                m_staffIds.append(member.id);
                m_staffLabels.append(
                    QStringLiteral("%1 (%2)").arg(member.name, ManagerWords::role(roleName(member.role))));
            }
            m_entries.setRows(std::move(data->entries));
            Q_EMIT loaded();
        });
}

void DayController::setExportFolder(const QString& folder) {
    if (folder == m_exportFolder)
        return;
    m_exportFolder = folder;
    Q_EMIT exportChanged();
}

void DayController::exportDay(const QString& format) {
    if (m_exporting)
        return;
    const QString fmt = format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("pdf");
    const QString folder = QDir::cleanPath(QDir(m_exportFolder.trimmed()).absolutePath());
    m_exporting = true;
    m_export = {};
    Q_EMIT exportChanged();
    m_database->run<QString>(
        this, [folder, fmt](Database& db) { return writeReport(db, folder, fmt); },
        [this](Result<QString> path) {
            m_exporting = false;
            m_export = {};
            if (path) {
                m_export.done = true;
                m_export.path = *path;
                m_export.message = tr("Saved: %1").arg(*path);
                qCInfo(lcUi) << "day report exported to" << *path;
            } else {
                m_export.failed = true;
                m_export.message = tr("Not saved: %1").arg(path.error().message);
                qCWarning(lcUi) << "day report export:" << path.error().message;
            }
            Q_EMIT exportChanged();
        });
}

} // namespace o2o
