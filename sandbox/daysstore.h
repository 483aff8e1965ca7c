#pragma once

#include "store/sqlite.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace o2o::sandbox {

/** A business day a terminal closed: its Z report as the `day_closed` event carried it. */
struct ClosedDay {
    QString deviceId;
    QString terminalId;
    QString storeId; // the device's store, from its certificate
    QString day;     // YYYY-MM-DD, the terminal's business day
    qint64 closedMs = 0;
    QString byStaff;
    QString overrideReason;
    QByteArray report; // compact JSON, keys sorted: the bytes report_sha256 covers
    QString reportSha256;
    QString eventId;
    qint64 receivedMs = 0;
};

/** The Z reports of platform.db, one per terminal and day. */
class DaysStore {
public:
    explicit DaysStore(sql::Connection& connection)
        : m_connection(connection) {}

    /** The caller holds the transaction. */
    [[nodiscard]] Result<void> add(const ClosedDay& day);
    [[nodiscard]] Result<bool> has(const QString& terminalId, const QString& day);
    /** A store's closed days, oldest day first. */
    [[nodiscard]] Result<std::vector<ClosedDay>> ofStore(const QString& storeId);

    /** The bytes a Z report's SHA-256 is taken over: its compact JSON with the keys sorted. */
    static QByteArray canonical(const QJsonObject& report);
    static QString sha256Hex(const QByteArray& bytes);

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
