#pragma once

#include "ui/campaigncontroller.h"
#include "ui/closedaycontroller.h"
#include "ui/countermember.h"
#include "ui/daycontroller.h"
#include "ui/doctorcontroller.h"
#include "ui/redemptioncontroller.h"
#include "ui/returncontroller.h"
#include "ui/salecontroller.h"
#include "ui/sessioncontroller.h"
#include "ui/settingscontroller.h"
#include "ui/staffcontroller.h"
#include "ui/syncdashboardcontroller.h"
#include "ui/syncstatuscontroller.h"
#include "ui/voidcontroller.h"
#include "ui/wizardcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;

/** The manager's screens' controllers (the day, voids, closing the day, sync and conflicts). */
struct ManagerControllers {
    DayController* day = nullptr;
    VoidController* voids = nullptr;
    CloseDayController* closeDay = nullptr;
    SyncDashboardController* syncDashboard = nullptr;
};

/**
 * Everything a screen may use, one typed property per area controller: Main.qml gets it as
 * `required property AppServices app` and hands each screen its controller. Adding a screen area means
 * one controller, one property here, one line in TerminalUi that makes it.
 *
 * Scans: a handheld scanner's code arrives here whatever screen or dialog is open (the wedge filter sits on
 * the application). A screen that consumes scans itself (the sale) claims them while it is up; otherwise
 * the counter checks them. No scan is dropped on the way.
 */
class AppServices : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(o2o::RedemptionController* redemption READ redemption CONSTANT)
    Q_PROPERTY(o2o::SyncStatusController* syncStatus READ syncStatus CONSTANT)
    Q_PROPERTY(o2o::CounterMember* counterMember READ counterMember CONSTANT)
    Q_PROPERTY(o2o::DayController* day READ day CONSTANT)
    Q_PROPERTY(o2o::CampaignController* campaigns READ campaigns CONSTANT)
    Q_PROPERTY(o2o::VoidController* voids READ voids CONSTANT)
    Q_PROPERTY(o2o::CloseDayController* closeDay READ closeDay CONSTANT)
    Q_PROPERTY(o2o::SyncDashboardController* syncDashboard READ syncDashboard CONSTANT)
    Q_PROPERTY(o2o::SaleController* sale READ sale CONSTANT)
    Q_PROPERTY(o2o::SessionController* session READ session CONSTANT)
    Q_PROPERTY(o2o::StaffController* staff READ staff CONSTANT)
    Q_PROPERTY(o2o::SettingsController* settings READ settings CONSTANT)
    Q_PROPERTY(o2o::WizardController* wizard READ wizard CONSTANT)
    Q_PROPERTY(o2o::DoctorController* doctor READ doctor CONSTANT)
    Q_PROPERTY(o2o::ReturnController* returns READ returns CONSTANT)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk NOTIFY kioskChanged)
public:
    AppServices(RedemptionController* redemption, SyncStatusController* syncStatus, DatabaseThread* database,
                ManagerControllers manager, SaleController* sale, QObject* parent = nullptr);

    RedemptionController* redemption() const { return m_redemption; }
    SyncStatusController* syncStatus() const { return m_syncStatus; }
    DayController* day() const { return m_manager.day; }
    VoidController* voids() const { return m_manager.voids; }
    CloseDayController* closeDay() const { return m_manager.closeDay; }
    SyncDashboardController* syncDashboard() const { return m_manager.syncDashboard; }
    SaleController* sale() const { return m_sale; }
    ~AppServices() override;
    /** Sign-in, staff and settings work on the screens' database thread: made here with it. */
    SessionController* session() { return &m_session; }
    StaffController* staff() { return &m_staff; }
    CounterMember* counterMember() { return &m_counterMember; }
    SettingsController* settings() { return &m_settings; }
    /** Returns at the counter (issue 14): made here with the screens' database thread. */
    ReturnController* returns() { return &m_returns; }
    /** The campaign report (issue 14): made here with the screens' database thread. */
    CampaignController* campaigns() { return &m_campaigns; }
    WizardController* wizard() const { return m_wizard; }
    void setWizard(WizardController* wizard) { m_wizard = wizard; }
    DoctorController* doctor() const { return m_doctor; }
    void setDoctor(DoctorController* doctor) { m_doctor = doctor; }
    /** The screens' own database thread (reports, staff, settings): never SQL on the GUI thread. */
    DatabaseThread* database() const { return m_database; }

    bool kiosk() const { return m_redemption->kiosk(); }
    QString language() const { return m_language; }
    QStringList languages() const;
    /** The engine whose qsTr bindings follow setLanguage(). */
    void setEngine(QQmlEngine* engine) { m_engine = engine; }
    /** Switches the window's language at run time: every qsTr binding re-evaluates. */
    Q_INVOKABLE void setLanguage(const QString& language);

    /** A screen takes the scans while it is up (the sale); release with the same owner. */
    Q_INVOKABLE void claimScans(QObject* owner);
    Q_INVOKABLE void releaseScans(QObject* owner);
    bool scansClaimed() const { return !m_scanOwner.isNull(); }
    /** A code from the handheld scanner: to the claiming screen, or to the counter; held for the next
     *  sign-in while staff exist and nobody is signed in at a counter (not a kiosk). */
    void submitScannedCode(const QString& code);

Q_SIGNALS:
    void languageChanged();
    void kioskChanged();
    /** A scanned code for the screen that claimed the scans. */
    void scanClaimed(const QString& code);

private:
    RedemptionController* m_redemption;
    SyncStatusController* m_syncStatus;
    WizardController* m_wizard = nullptr;
    DoctorController* m_doctor = nullptr;
    DatabaseThread* m_database;
    ManagerControllers m_manager;
    SaleController* m_sale;
    SessionController m_session;
    StaffController m_staff;
    SettingsController m_settings;
    ReturnController m_returns;
    CounterMember m_counterMember;
    CampaignController m_campaigns;
    QString m_language = QStringLiteral("en");
    QPointer<QObject> m_scanOwner;
    QPointer<QQmlEngine> m_engine;
};

} // namespace o2o
