#include "ui/uilog.h"

namespace o2o {

// Info and above by default; QT_LOGGING_RULES="o2o.ui.debug=true" shows the decisions (README, "Logs").
Q_LOGGING_CATEGORY(lcUi, "o2o.ui", QtInfoMsg)

} // namespace o2o
