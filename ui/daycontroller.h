#pragma once

#include "ui/dayentriesmodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;

/** The totals over every entry the filters match (voided ones apart), as the day screen shows them. */
class DayTotalsView {
    Q_GADGET
    QML_VALUE_TYPE(dayTotals)
    Q_PROPERTY(int redemptions MEMBER redemptions CONSTANT)
    Q_PROPERTY(QString redemptionsAmount MEMBER redemptionsAmount CONSTANT)
    Q_PROPERTY(int uses MEMBER uses CONSTANT)
    Q_PROPERTY(int sales MEMBER sales CONSTANT)
    Q_PROPERTY(QString salesAmount MEMBER salesAmount CONSTANT)
    Q_PROPERTY(int voided MEMBER voided CONSTANT)
public:
    int redemptions = 0;
    QString redemptionsAmount;
    int uses = 0;
    int sales = 0;
    QString salesAmount;
    int voided = 0;
};

/** What the last export did: a file written (path) or why not (message). */
class ExportResultView {
    Q_GADGET
    QML_VALUE_TYPE(exportResult)
    Q_PROPERTY(bool done MEMBER done CONSTANT)
    Q_PROPERTY(bool failed MEMBER failed CONSTANT)
    Q_PROPERTY(QString path MEMBER path CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
public:
    bool done = false;
    bool failed = false;
    QString path;
    QString message;
};

/**
 * The manager's day: the current business day's redemptions and sales with their totals, filtered by
 * cashier and kind and searched by the code's last four characters; the staff who may enter a PIN; the
 * day exported as PDF or CSV. Every read runs on the DatabaseThread through store/ (DayLog, StaffStore,
 * DayReportBuilder); a newer request wins over an older one still running.
 */
class DayController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(o2o::DayEntriesModel* entries READ entries CONSTANT)
    Q_PROPERTY(o2o::DayTotalsView totals READ totals NOTIFY loaded)
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY loaded)
    Q_PROPERTY(bool dayClosed READ dayClosed NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY loaded)
    Q_PROPERTY(QStringList cashierIds READ cashierIds NOTIFY loaded)
    Q_PROPERTY(QStringList cashierLabels READ cashierLabels NOTIFY loaded)
    Q_PROPERTY(QStringList kindFilters READ kindFilters CONSTANT)
    Q_PROPERTY(QStringList staffIds READ staffIds NOTIFY loaded)
    Q_PROPERTY(QStringList staffLabels READ staffLabels NOTIFY loaded)
    Q_PROPERTY(int voidWindowMinutes READ voidWindowMinutes NOTIFY loaded)
    Q_PROPERTY(QString cashierFilter READ cashierFilter WRITE setCashierFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(o2o::ExportResultView exportResult READ exportResult NOTIFY exportChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
public:
    explicit DayController(DatabaseThread* database, QObject* parent = nullptr);

    DayEntriesModel* entries() { return &m_entries; }
    DayTotalsView totals() const { return m_totals; }
    QString dayLabel() const;
    QDate day() const { return m_day; }
    bool dayClosed() const { return m_dayClosed; }
    bool loading() const { return m_loading != 0; }
    QString problem() const { return m_problem; }
    QStringList cashierIds() const { return m_cashierIds; }
    QStringList cashierLabels() const { return m_cashierLabels; }
    /** "" (everything), "redemption", "sale", then each voucher kind's name. */
    QStringList kindFilters() const;
    QStringList staffIds() const { return m_staffIds; }
    QStringList staffLabels() const { return m_staffLabels; }
    int voidWindowMinutes() const { return m_voidWindowMinutes; }
    QString cashierFilter() const { return m_query.cashier; }
    QString kindFilter() const { return m_query.kind; }
    QString search() const { return m_query.codeTail; }
    void setCashierFilter(const QString& cashier);
    void setKindFilter(const QString& kind);
    void setSearch(const QString& lastFour);
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString& folder);
    ExportResultView exportResult() const { return m_export; }
    bool exporting() const { return m_exporting; }

    /** Reads the day again (the current business day: after a close, the next one). */
    Q_INVOKABLE void refresh();
    /** A filter's words ("" reads "Everything"). */
    Q_INVOKABLE QString kindLabel(const QString& kind) const;
    /** Clears the filters and the export message (a screen opened afresh). */
    Q_INVOKABLE void resetFilters();
    /** Writes the day's report as "pdf" or "csv" into exportFolder (made when missing). */
    Q_INVOKABLE void exportDay(const QString& format);
    /** The row with this id, for the void dialog; nullptr when it is not in the list. */
    const DayLogEntry* entry(const QString& id) const { return m_entries.find(id); }

Q_SIGNALS:
    void loaded();
    void loadingChanged();
    void filtersChanged();
    void exportChanged();

private:
    DatabaseThread* m_database;
    DayEntriesModel m_entries;
    DayTotalsView m_totals;
    DayLogQuery m_query;
    QDate m_day;
    bool m_dayClosed = false;
    int m_loading = 0;
    quint64 m_generation = 0;
    QString m_problem;
    QStringList m_cashierIds;
    QStringList m_cashierLabels;
    QStringList m_staffIds;
    QStringList m_staffLabels;
    int m_voidWindowMinutes = 0;
    QString m_exportFolder;
    ExportResultView m_export;
    bool m_exporting = false;
};

} // namespace o2o
