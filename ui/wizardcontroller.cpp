#include "ui/wizardcontroller.h"

#include "core/clock.h"
#include "store/pinhash.h"
#include "store/staffstore.h"
#include "store/syncstate.h"
#include "store/terminalsettings.h"
#include "sync/enrollment.h"
#include "ui/databasethread.h"
#include "ui/uilog.h"

#include <QCameraDevice>
#include <QDateTime>
#include <QMediaDevices>

namespace o2o {

namespace {
struct StartState {
    bool enrolled = false;
    bool hasStaff = false;
    bool kioskMode = false;
    QString cameraName;
    QString storeId;
};

// Who made a change from the wizard, for the audit log (no one is signed in yet).
const QString kWizardActor = QStringLiteral("installer-wizard");
} // namespace

WizardController::WizardController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database) {}

QStringList WizardController::cameras() const {
    QStringList names;
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        names << device.description();
    return names;
}

void WizardController::refresh() {
    m_database->run<StartState>(
        this,
        [](Database& db) -> Result<StartState> {
            StartState state;
            auto sync = SyncState::load(db);
            if (!sync)
                return Unexpected(sync.error());
            state.enrolled = sync->enrolled();
            auto any = StaffStore(db).any();
            if (!any)
                return Unexpected(any.error());
            state.hasStaff = *any;
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            state.kioskMode = settings->kioskMode;
            state.cameraName = settings->cameraName;
            state.storeId = settings->storeId;
            return state;
        },
        [this](Result<StartState> state) {
            if (!state) {
                qCWarning(lcUi) << "wizard: cannot read the terminal's state:" << state.error().message;
                return;
            }
            m_enrolled = state->enrolled;
            m_firstRun = m_autoOpen && !state->enrolled && !state->hasStaff;
            m_kioskMode = state->kioskMode;
            m_cameraName = state->cameraName;
            if (m_storeId.isEmpty())
                m_storeId = state->storeId;
            Q_EMIT stateChanged();
        });
}

void WizardController::next() {
    if (m_step == Step::Done)
        return;
    m_step = Step(int(m_step) + 1);
    Q_EMIT stepChanged();
}

void WizardController::back() {
    if (m_step == Step::Language)
        return;
    m_step = Step(int(m_step) - 1);
    Q_EMIT stepChanged();
}

void WizardController::restart() {
    m_step = Step::Language;
    m_enrollError = EnrollError::None;
    m_pinError = PinError::NoPinError;
    m_cameraCode.clear();
    m_scannerCode.clear();
    Q_EMIT stepChanged();
    Q_EMIT camerasChanged();
    Q_EMIT stateChanged();
    refresh();
}

WizardController::EnrollError WizardController::classify(const Error& error) {
    switch (error.code) {
    case ErrorCode::Usage:
        return EnrollError::BadAddress;
    case ErrorCode::Crypto:
        // A 403 from POST /v1/enroll is the platform refusing the pairing code; every other refusal is
        // the certificate check (the CA's fingerprint, the chain, the device certificate).
        return error.message.contains(QLatin1StringView("refused the enrollment (403"))
                   ? EnrollError::WrongPairingCode
                   : EnrollError::CaMismatch;
    case ErrorCode::Io:
        return EnrollError::Unreachable;
    case ErrorCode::InvalidInput:
        return error.message.contains(QLatin1StringView("refused the enrollment (4"))
                   ? EnrollError::WrongPairingCode
                   : EnrollError::Failed;
    default:
        return EnrollError::Failed;
    }
}

void WizardController::enroll(const QString& platformUrl, const QString& pairingCode,
                              const QString& caFingerprint) {
    if (m_busy)
        return;
    m_enrollError = EnrollError::None;
    if (normalizePairingCode(pairingCode).isEmpty()) {
        m_enrollError = EnrollError::BadPairingCode;
        Q_EMIT stateChanged();
        return;
    }
    m_busy = true;
    Q_EMIT stateChanged();
    const EnrollRequest request{platformUrl.trimmed(), pairingCode, caFingerprint.trimmed()};
    // On the screens' database thread: the HTTPS exchange and the stores never hold up the window.
    m_database->run<EnrollSummary>(
        this,
        [request](Database& db) {
            SystemClock clock;
            return o2o::enroll(db, request, clock);
        },
        [this](Result<EnrollSummary> summary) {
            m_busy = false;
            if (summary) {
                m_enrolled = true;
                m_caFingerprint = summary->caFingerprint;
                m_storeId = summary->storeId;
                m_deviceId = summary->deviceId;
                m_platformUrl = summary->platformUrl;
            } else {
                m_enrollError = classify(summary.error());
                qCWarning(lcUi) << "wizard: enrollment failed:" << summary.error().message;
            }
            Q_EMIT stateChanged();
        });
}

void WizardController::createInstaller(const QString& name, const QString& pin, const QString& pinAgain) {
    if (m_busy)
        return;
    m_pinError = PinError::NoPinError;
    if (pin != pinAgain)
        m_pinError = PinError::PinsDiffer;
    else if (!isWellFormedPin(pin))
        m_pinError = PinError::PinMalformed;
    if (m_pinError != PinError::NoPinError) {
        Q_EMIT stateChanged();
        return;
    }
    m_busy = true;
    Q_EMIT stateChanged();
    StaffMember member;
    member.id = QStringLiteral("installer");
    member.name = name.trimmed().isEmpty() ? QStringLiteral("Installer") : name.trimmed().left(80);
    member.role = StaffRole::Installer;
    m_database->run<bool>(
        this,
        [member, pin](Database& db) -> Result<bool> {
            StaffStore staff(db);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            auto existing = staff.find(member.id);
            if (!existing)
                return Unexpected(existing.error());
            // Reopened wizard: the installer exists already, so the PIN is replaced instead.
            if (*existing)
                O2O_TRY(staff.setPin(member.id, pin, kWizardActor, now));
            else
                O2O_TRY(staff.add(member, pin, kWizardActor, now));
            return true;
        },
        [this, id = member.id, pin](Result<bool> done) {
            m_busy = false;
            if (done) {
                m_installerCreated = true;
                Q_EMIT installerStored(id, pin);
            } else {
                m_pinError = PinError::PinNotStored;
                qCWarning(lcUi) << "wizard: cannot add the installer:" << done.error().message;
            }
            Q_EMIT stateChanged();
        });
}

void WizardController::setKioskMode(bool on) {
    m_kioskMode = on;
    Q_EMIT stateChanged();
    Q_EMIT kioskModeChosen(on);
    m_database->run<bool>(
        this,
        [on](Database& db) -> Result<bool> {
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            settings->kioskMode = on;
            O2O_TRY(settings->save(db));
            return true;
        },
        [](Result<bool> done) {
            if (!done)
                qCWarning(lcUi) << "wizard: cannot store kiosk mode:" << done.error().message;
        });
}

void WizardController::chooseCamera(const QString& name) {
    // Stored even when it seems unchanged: a refresh still on its way may hold an older choice.
    if (name != m_cameraName) {
        m_cameraName = name;
        m_cameraCode.clear(); // the test starts again with the new camera
        Q_EMIT stateChanged();
        Q_EMIT cameraChosen(name);
    }
    m_database->run<bool>(
        this,
        [name](Database& db) -> Result<bool> {
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            settings->cameraName = name;
            O2O_TRY(settings->save(db));
            return true;
        },
        [](Result<bool> done) {
            if (!done)
                qCWarning(lcUi) << "wizard: cannot store the camera:" << done.error().message;
        });
}

void WizardController::recordScan(const QString& code) {
    m_scannerCode = code;
    Q_EMIT stateChanged();
}

void WizardController::recordCameraCode(const QString& code) {
    if (m_step != Step::Camera)
        return;
    m_cameraCode = code;
    Q_EMIT stateChanged();
}

} // namespace o2o
