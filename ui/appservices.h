#pragma once

#include "ui/redemptioncontroller.h"
#include "ui/syncstatuscontroller.h"
#include "ui/wizardcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;

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
    Q_PROPERTY(o2o::WizardController* wizard READ wizard CONSTANT)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
public:
    AppServices(RedemptionController* redemption, SyncStatusController* syncStatus, DatabaseThread* database,
                QObject* parent = nullptr);

    RedemptionController* redemption() const { return m_redemption; }
    SyncStatusController* syncStatus() const { return m_syncStatus; }
    WizardController* wizard() const { return m_wizard; }
    void setWizard(WizardController* wizard) { m_wizard = wizard; }
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
    /** A code from the handheld scanner: to the claiming screen, or to the counter. */
    void submitScannedCode(const QString& code);

Q_SIGNALS:
    void languageChanged();
    /** A scanned code for the screen that claimed the scans. */
    void scanClaimed(const QString& code);

private:
    RedemptionController* m_redemption;
    SyncStatusController* m_syncStatus;
    WizardController* m_wizard = nullptr;
    DatabaseThread* m_database;
    QString m_language = QStringLiteral("en");
    QPointer<QObject> m_scanOwner;
    QPointer<QQmlEngine> m_engine;
};

} // namespace o2o
