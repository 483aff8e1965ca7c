#pragma once

#include "core/error.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace o2o {

class DatabaseThread;

/**
 * The installer's first-run wizard: language, enrollment with the platform, the first installer PIN,
 * the camera and handheld scanner tests, kiosk mode, a summary. A new terminal (not enrolled, no staff)
 * opens it by itself. Enrollment and every store change run on the screens' database thread; failures
 * reach QML as typed codes, the words are QML's.
 */
class WizardController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(bool firstRun READ firstRun NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY stateChanged)
    Q_PROPERTY(EnrollError enrollError READ enrollError NOTIFY stateChanged)
    Q_PROPERTY(QString caFingerprint READ caFingerprint NOTIFY stateChanged)
    Q_PROPERTY(QString storeId READ storeId NOTIFY stateChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY stateChanged)
    Q_PROPERTY(QString platformUrl READ platformUrl NOTIFY stateChanged)
    Q_PROPERTY(bool installerCreated READ installerCreated NOTIFY stateChanged)
    Q_PROPERTY(PinError pinError READ pinError NOTIFY stateChanged)
    Q_PROPERTY(QStringList cameras READ cameras NOTIFY camerasChanged)
    Q_PROPERTY(QString cameraCode READ cameraCode NOTIFY stateChanged)
    Q_PROPERTY(QString scannerCode READ scannerCode NOTIFY stateChanged)
    Q_PROPERTY(bool kioskMode READ kioskMode NOTIFY stateChanged)
    Q_PROPERTY(QString cameraName READ cameraName NOTIFY stateChanged)
public:
    enum class Step { Language, Enrollment, Pin, Camera, Scanner, Kiosk, Done };
    Q_ENUM(Step)
    enum class EnrollError {
        None,
        BadAddress,       // not an https address
        BadPairingCode,   // not ten characters of the pairing alphabet
        WrongPairingCode, // the platform refused the code (used, expired, unknown)
        CaMismatch,       // the platform's CA is not the fingerprint given, or its certificate does not chain
        Unreachable,      // no answer (address, network, firewall)
        Failed,           // anything else (see the log)
    };
    Q_ENUM(EnrollError)
    enum class PinError { NoPinError, PinsDiffer, PinMalformed, PinNotStored };
    Q_ENUM(PinError)

    explicit WizardController(DatabaseThread* database, QObject* parent = nullptr);

    Step step() const { return m_step; }
    int stepCount() const { return int(Step::Done) + 1; }
    bool firstRun() const { return m_firstRun; }
    bool busy() const { return m_busy; }
    bool enrolled() const { return m_enrolled; }
    EnrollError enrollError() const { return m_enrollError; }
    QString caFingerprint() const { return m_caFingerprint; }
    QString storeId() const { return m_storeId; }
    QString deviceId() const { return m_deviceId; }
    QString platformUrl() const { return m_platformUrl; }
    bool installerCreated() const { return m_installerCreated; }
    PinError pinError() const { return m_pinError; }
    QStringList cameras() const;
    QString cameraCode() const { return m_cameraCode; }
    /** The camera chosen (its description); empty: the system's default camera. */
    QString cameraName() const { return m_cameraName; }
    QString scannerCode() const { return m_scannerCode; }
    bool kioskMode() const { return m_kioskMode; }

    /** Lets firstRun become true on a new terminal (the application; not screenshots or screen tests). */
    void setAutoOpen(bool on) { m_autoOpen = on; }
    /** Reads whether the terminal is enrolled and has staff (firstRun), off the GUI thread. */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void restart();
    /** Enrolls with the platform (on the database thread); fingerprint may be empty. */
    Q_INVOKABLE void enroll(const QString& platformUrl, const QString& pairingCode,
                            const QString& caFingerprint);
    /** Adds the installer staff member with this PIN (entered twice). */
    Q_INVOKABLE void createInstaller(const QString& name, const QString& pin, const QString& pinAgain);
    Q_INVOKABLE void setKioskMode(bool on);
    /** Uses this camera from now on (stored; the window switches to it at once). */
    Q_INVOKABLE void chooseCamera(const QString& name);
    /** A scan from the handheld scanner while the scanner step claims them. */
    Q_INVOKABLE void recordScan(const QString& code);
    /** A code the camera decoded. */
    void recordCameraCode(const QString& code);

    /** Maps an enrollment failure to what the installer is told. */
    static EnrollError classify(const Error& error);

Q_SIGNALS:
    void stepChanged();
    void stateChanged();
    void camerasChanged();
    /** The installer was stored with this PIN: the window signs them in, so the wizard goes on. */
    void installerStored(const QString& staffId, const QString& pin);
    /** The installer chose another camera: the window's camera path switches to it. */
    void cameraChosen(const QString& name);
    /** The installer turned kiosk mode on or off: the window follows at once. */
    void kioskModeChosen(bool on);

private:
    DatabaseThread* m_database;
    Step m_step = Step::Language;
    bool m_firstRun = false;
    bool m_autoOpen = false;
    bool m_busy = false;
    bool m_enrolled = false;
    EnrollError m_enrollError = EnrollError::None;
    QString m_caFingerprint;
    QString m_storeId;
    QString m_deviceId;
    QString m_platformUrl;
    bool m_installerCreated = false;
    PinError m_pinError = PinError::NoPinError;
    QString m_cameraCode;
    QString m_cameraName;
    QString m_scannerCode;
    bool m_kioskMode = false;
};

} // namespace o2o
