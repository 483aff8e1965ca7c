#pragma once

#include "store/changeapply.h"

#include <QJsonObject>

namespace o2o {

/**
 * Reads one page of GET /v1/changes (docs/protocol.md, "Download") field by field. Every change must be
 * whole (a voucher record that fails docs/voucher-records.md fails the page); changes of a type this
 * terminal does not know (`product`, ...) are skipped. A page that fails is not applied at all.
 */
[[nodiscard]] Result<ChangePage> parseChangePage(const QJsonObject& body);

/** The "settings" object of the change feed and the enrollment answer; null or absent limits mean none. */
[[nodiscard]] Result<PlatformSettings> parsePlatformSettings(const QJsonObject& settings);

} // namespace o2o
