#pragma once

#include "store/terminalsettings.h"

#include <QStringList>

namespace o2o {

/** The limits a person may set (the `config` command and the settings screen check the same ones). */
struct SettingLimits {
    static constexpr int kMaxVoidWindowMinutes = 24 * 60;
    static constexpr int kMaxIdleSignOutMinutes = 8 * 60;
};
bool isValidVoidWindowMinutes(int minutes);
bool isValidIdleSignOutMinutes(int minutes);

/** The meta keys whose values differ between two settings, in a fixed order (for the audit entry). */
QStringList changedSettingKeys(const TerminalSettings& before, const TerminalSettings& after);

/**
 * Saves `after` and audits which keys changed against `before` ("settings" entry by actor) in one
 * transaction; nothing is written when nothing changed. Returns the changed keys.
 */
[[nodiscard]] Result<QStringList> saveSettingsAudited(Database& db, const TerminalSettings& before,
                                                      const TerminalSettings& after, const QString& actor,
                                                      qint64 nowMs);

} // namespace o2o
