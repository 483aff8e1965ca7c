#pragma once

#include "store/campaignreport.h"
#include "ui/daycontroller.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;

/** The campaigns of the period, one row each, as the manager's campaign report lists them. */
class CampaignListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by CampaignController")
public:
    enum Role {
        CampaignRole = Qt::UserRole + 1,
        RedemptionsRole,
        SalesRole,
        SpendRole,
        MembersNewRole,
        MembersReturningRole,
        BusiestHourRole,
    };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reset(QList<CampaignTotals> campaigns, QString currency);

private:
    QList<CampaignTotals> m_campaigns;
    QString m_currency;
};

/**
 * The campaign report in the manager's area: per campaign, redemptions, the spend of the sales they were
 * used in and members new and returning, for today or the last 7 or 30 business days; saved as PDF or CSV.
 * Reads and writes on the DatabaseThread through store/ (CampaignReportBuilder); a newer request wins.
 */
class CampaignController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(o2o::CampaignListModel* campaigns READ campaigns CONSTANT)
    Q_PROPERTY(int periodDays READ periodDays WRITE setPeriodDays NOTIFY loaded)
    Q_PROPERTY(QString fromDay READ fromDay NOTIFY loaded)
    Q_PROPERTY(QString toDay READ toDay NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loaded)
    Q_PROPERTY(QString problem READ problem NOTIFY loaded)
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportChanged)
    Q_PROPERTY(o2o::ExportResultView exportResult READ exportResult NOTIFY exportChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
public:
    explicit CampaignController(DatabaseThread* database, QObject* parent = nullptr);

    CampaignListModel* campaigns() { return &m_model; }
    int periodDays() const { return m_periodDays; }
    /** 1 (today), 7 or 30 business days ending today. */
    void setPeriodDays(int days);
    QString fromDay() const { return m_from.toString(Qt::ISODate); }
    QString toDay() const { return m_to.toString(Qt::ISODate); }
    bool loading() const { return m_loading; }
    QString problem() const { return m_problem; }
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString& folder);
    ExportResultView exportResult() const { return m_export; }
    bool exporting() const { return m_exporting; }

    Q_INVOKABLE void refresh();
    /** Writes the period's campaign report as "pdf" or "csv" into exportFolder (made when missing). */
    Q_INVOKABLE void exportCampaigns(const QString& format);

Q_SIGNALS:
    void loaded();
    void exportChanged();

private:
    DatabaseThread* m_database;
    CampaignListModel m_model;
    int m_periodDays = 1;
    QDate m_from;
    QDate m_to;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_problem;
    QString m_exportFolder;
    ExportResultView m_export;
    bool m_exporting = false;
};

} // namespace o2o
