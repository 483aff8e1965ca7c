#include "sync/synclog.h"

namespace o2o {

// Info and above by default; QT_LOGGING_RULES="o2o.sync.debug=true" shows the decisions (README, "Logs").
Q_LOGGING_CATEGORY(lcSync, "o2o.sync", QtInfoMsg)

} // namespace o2o
