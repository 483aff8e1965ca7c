#pragma once

#include "store/database.h"

namespace o2o {

/**
 * The terminal's settings for returns, kept in the meta table beside the others but in their own record,
 * so `config` and the return flow read them without touching TerminalSettings.
 */
struct ReturnSettings {
    static constexpr int kMaxWindowDays = 365;
    int windowDays = 30;              // a sale or order handed over longer ago cannot be returned
    qint64 approvalAboveMinor = 5000; // a refund above this needs a manager's PIN; -1: never

    [[nodiscard]] static Result<ReturnSettings> load(Database& db);
    /** Saves and audits the keys that changed ("settings" entry by actor) in one transaction. */
    [[nodiscard]] Result<QStringList> saveAudited(Database& db, const ReturnSettings& before,
                                                  const QString& actor, qint64 nowMs) const;
};

} // namespace o2o
