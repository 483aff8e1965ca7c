#include "app/applog.h"

namespace o2o {

// Info and above by default; QT_LOGGING_RULES="o2o.app.debug=true" shows the decisions (README, "Logs").
Q_LOGGING_CATEGORY(lcApp, "o2o.app", QtInfoMsg)

} // namespace o2o
