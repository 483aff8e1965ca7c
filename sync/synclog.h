#pragma once

#include <QLoggingCategory>

namespace o2o {

/** o2o.sync: requests, cycles, enrollment. Never a whole code, key or pairing code (maskCode). */
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace o2o
