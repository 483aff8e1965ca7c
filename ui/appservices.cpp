#include "ui/appservices.h"

#include "ui/translations.h"
#include "ui/uilog.h"

#include <QQmlEngine>

namespace o2o {

AppServices::AppServices(RedemptionController* redemption, SyncStatusController* syncStatus,
                         DatabaseThread* database, ManagerControllers manager, SaleController* sale,
                         QObject* parent)
    : QObject(parent)
    , m_redemption(redemption)
    , m_syncStatus(syncStatus)
    , m_database(database)
    , m_manager(manager)
    , m_sale(sale) {
    // Amounts and reasons the sale controller words follow the window's language.
    connect(this, &AppServices::languageChanged, m_sale, &SaleController::relocalize);
    m_language = normalizeUiLanguage(QLocale().name());
    if (m_language.isEmpty())
        m_language = QStringLiteral("en");
}

QStringList AppServices::languages() const {
    return uiLanguages();
}

void AppServices::setLanguage(const QString& language) {
    const QString installed = installUiTranslations(QLocale(language));
    if (m_engine)
        m_engine->retranslate();
    if (installed != m_language) {
        m_language = installed;
        Q_EMIT languageChanged();
    }
    qCInfo(lcUi) << "window language" << installed;
}

void AppServices::claimScans(QObject* owner) {
    m_scanOwner = owner;
}

void AppServices::releaseScans(QObject* owner) {
    if (m_scanOwner == owner)
        m_scanOwner.clear();
}

void AppServices::submitScannedCode(const QString& code) {
    if (m_scanOwner) {
        Q_EMIT scanClaimed(code);
        return;
    }
    m_redemption->submitScannedCode(code);
}

} // namespace o2o
