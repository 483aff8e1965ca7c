#pragma once

#include "store/sqlite.h"

#include <QMap>
#include <optional>

namespace o2o::sandbox {

/** Random faults on every request and handshake (o2o-sandbox fault chaos): how often and which. */
struct ChaosSettings {
    qint64 ratePpm = 0; // probability per request, in millionths
    qint64 seed = 0;
    int stallMs = 0; // how long a stall holds the answer (longer than the client's timeout)
    // A stall's chance of being the kind drawn, against 100 for every other kind: a stall costs the client
    // its whole timeout, so a run that must fit a time budget draws fewer of them.
    int stallWeightPct = 100;
    QString pathPrefix = QStringLiteral("/v1/");
};

/** The chaos settings and the count of faults chaos made per kind, in platform.db. */
class ChaosStore {
public:
    explicit ChaosStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** Turns chaos on (replacing earlier settings) and zeroes the counts. */
    [[nodiscard]] Result<void> set(const ChaosSettings& settings);
    /** Turns chaos off; the counts stay for reading. */
    [[nodiscard]] Result<void> clear();
    [[nodiscard]] Result<std::optional<ChaosSettings>> settings();
    [[nodiscard]] Result<void> countInjected(const QString& kind);
    [[nodiscard]] Result<QMap<QString, qint64>> injected();

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
