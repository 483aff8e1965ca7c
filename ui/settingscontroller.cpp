#include "ui/settingscontroller.h"

#include "store/settingschange.h"
#include "ui/databasethread.h"
#include "ui/sessioncontroller.h"
#include "ui/uilog.h"

#include <QDateTime>

namespace o2o {

namespace {
struct SavedSettings {
    TerminalSettings settings;
    int changed = 0;
};
} // namespace

SettingsController::SettingsController(DatabaseThread* database, SessionController* session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session) {}

int SettingsController::maxVoidWindowMinutes() const {
    return SettingLimits::kMaxVoidWindowMinutes;
}

int SettingsController::maxIdleSignOutMinutes() const {
    return SettingLimits::kMaxIdleSignOutMinutes;
}

void SettingsController::load() {
    m_database->run<TerminalSettings>(
        this, [](Database& db) { return TerminalSettings::load(db); },
        [this](Result<TerminalSettings> settings) {
            if (!settings) {
                qCWarning(lcUi) << "cannot read the settings:" << settings.error().message;
                setError(Failed);
                return;
            }
            m_voidWindowMinutes = settings->voidWindowMinutes;
            m_idleSignOutMinutes = settings->idleSignOutMinutes;
            m_loaded = true;
            Q_EMIT valuesChanged();
        });
}

void SettingsController::save(int voidWindowMinutes, int idleSignOutMinutes) {
    if (m_busy)
        return;
    if (!m_session->mayOpen({QStringLiteral("manager"), QStringLiteral("installer")}))
        return setError(NotPermitted);
    if (!isValidVoidWindowMinutes(voidWindowMinutes))
        return setError(VoidWindowOutOfRange);
    if (!isValidIdleSignOutMinutes(idleSignOutMinutes))
        return setError(IdleOutOfRange);
    setError(NoError);
    setBusy(true);
    const QString actor = m_session->actor();
    m_database->run<SavedSettings>(
        this,
        [voidWindowMinutes, idleSignOutMinutes, actor](Database& db) -> Result<SavedSettings> {
            // Read again inside the job: a sync may have changed other settings since the screen loaded.
            auto before = TerminalSettings::load(db);
            if (!before)
                return Unexpected(before.error());
            SavedSettings result{*before, 0};
            result.settings.voidWindowMinutes = voidWindowMinutes;
            result.settings.idleSignOutMinutes = idleSignOutMinutes;
            auto changed =
                saveSettingsAudited(db, *before, result.settings, actor, QDateTime::currentMSecsSinceEpoch());
            if (!changed)
                return Unexpected(changed.error());
            result.changed = int(changed->size());
            return result;
        },
        [this](Result<SavedSettings> result) {
            setBusy(false);
            if (!result) {
                qCWarning(lcUi) << "cannot save the settings:" << result.error().message;
                setError(Failed);
                return;
            }
            m_voidWindowMinutes = result->settings.voidWindowMinutes;
            m_idleSignOutMinutes = result->settings.idleSignOutMinutes;
            Q_EMIT valuesChanged();
            m_session->setIdleSignOutMinutes(m_idleSignOutMinutes);
            Q_EMIT saved(result->changed);
        });
}

void SettingsController::clearError() {
    setError(NoError);
}

void SettingsController::setError(SettingsError error) {
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void SettingsController::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace o2o
