#include "ui/appservices.h"

#include "ui/translations.h"
#include "ui/uilog.h"

#include <QCoreApplication>
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
    , m_sale(sale)
    , m_session(database)
    , m_staff(database, &m_session)
    , m_settings(database, &m_session)
    , m_returns(database)
    , m_counterMember(database, redemption)
    , m_campaigns(database) {
    connect(redemption, &RedemptionController::kioskChanged, this, &AppServices::kioskChanged);
    // Whoever signs in next serves a new customer: no member carried over.
    connect(&m_session, &SessionController::signedOut, &m_counterMember, &CounterMember::remove);
    connect(this, &AppServices::languageChanged, &m_returns, &ReturnController::relocalize);
    // Amounts and reasons the sale controller words follow the window's language.
    connect(this, &AppServices::languageChanged, m_sale, &SaleController::relocalize);
    // A sale names the member signed in, as a redemption does.
    connect(&m_session, &SessionController::sessionChanged, m_sale, [this] {
        if (!m_session.staffId().isEmpty())
            m_sale->setCashierId(m_session.staffId());
    });
    // Redemptions and sales name the member signed in; a key, a touch or a scan keeps them signed in.
    connect(&m_session, &SessionController::sessionChanged, this,
            [this] { m_redemption->setCashier(m_session.staffId()); });
    connect(&m_session, &SessionController::signedInWith, this, [this](const QString& held) {
        if (!held.isEmpty())
            m_redemption->submitScannedCode(held);
    });
    connect(m_redemption, &RedemptionController::codeScanned, &m_session, &SessionController::noteActivity);
    QCoreApplication::instance()->installEventFilter(&m_session);
    m_language = normalizeUiLanguage(QLocale().name());
    if (m_language.isEmpty())
        m_language = QStringLiteral("en");
}

AppServices::~AppServices() {
    QCoreApplication::instance()->removeEventFilter(&m_session);
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
    m_session.noteActivity();
    if (m_session.gated() && !kiosk()) {
        m_session.holdScan(code);
        return;
    }
    if (m_scanOwner) {
        Q_EMIT scanClaimed(code);
        return;
    }
    m_redemption->submitScannedCode(code);
}

} // namespace o2o
