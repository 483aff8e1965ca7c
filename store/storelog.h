#pragma once

#include <QLoggingCategory>

namespace o2o {

/** o2o.store: what the storage layer could not do but worked around. Never a code or a key. */
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace o2o
