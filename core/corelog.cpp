#include "core/corelog.h"

namespace o2o {

// Info and above by default; QT_LOGGING_RULES="o2o.core.debug=true" shows the decisions (README, "Logs").
Q_LOGGING_CATEGORY(lcCore, "o2o.core", QtInfoMsg)

} // namespace o2o
