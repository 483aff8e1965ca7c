#pragma once

#include "store/database.h"

#include <optional>

namespace o2o {

/** A closed business day: its Z report as stored, and who closed it. */
struct DayClose {
    QString day; // YYYY-MM-DD
    qint64 closedMs = 0;
    QString byStaff;
    QString overrideReason;
    QByteArray report; // the day's JSON report, as hashed
    QString reportSha256;
    QString eventId;
};

/** The closed business days: nothing of a closed day changes any more (no void, no new entry). */
class DayCloseStore {
public:
    explicit DayCloseStore(Database& db)
        : m_db(db) {}

    [[nodiscard]] Result<bool> isClosed(const QString& day);
    [[nodiscard]] Result<std::optional<DayClose>> find(const QString& day);
    /** Records the close; the caller holds the transaction. */
    [[nodiscard]] Result<void> add(const DayClose& close);

private:
    Database& m_db;
};

} // namespace o2o
