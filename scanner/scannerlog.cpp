#include "scanner/scannerlog.h"

namespace o2o {

// Info and above by default; QT_LOGGING_RULES="o2o.scanner.debug=true" shows the decisions (README, "Logs").
Q_LOGGING_CATEGORY(lcScanner, "o2o.scanner", QtInfoMsg)

} // namespace o2o
