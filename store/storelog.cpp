#include "store/storelog.h"

namespace o2o {

// Info and above by default; QT_LOGGING_RULES="o2o.store.debug=true" shows the decisions (README, "Logs").
Q_LOGGING_CATEGORY(lcStore, "o2o.store", QtInfoMsg)

} // namespace o2o
