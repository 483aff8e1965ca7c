#pragma once

#include "store/sqlite.h"

#include <QJsonObject>

namespace o2o::sandbox {

/** A store's offline budget as the platform sets it; -1 means no limit (as in the terminal's config). */
struct StoreSettings {
    QString storeId;
    qint64 offlineMaxCount = 50;
    qint64 offlineMaxValueMinor = 50000;
    qint64 offlineMaxHours = 24;
    QString currency = QStringLiteral("EUR");

    /** The "settings" object of the change feed and the enrollment answer. */
    QJsonObject toJson() const;
};

/** Per-store settings in platform.db; every change reaches the change feed (by trigger). */
class StoreSettingsStore {
public:
    explicit StoreSettingsStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** The store's settings, or the defaults when none were saved. */
    [[nodiscard]] Result<StoreSettings> get(const QString& storeId);
    [[nodiscard]] Result<void> save(const StoreSettings& settings);
    /** Saves the defaults unless the store has settings, so its terminals' first pull includes them. */
    [[nodiscard]] Result<void> ensure(const QString& storeId);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
