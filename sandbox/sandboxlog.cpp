#include "sandbox/sandboxlog.h"

namespace o2o::sandbox {

// Info and above by default: each request is one info line.
Q_LOGGING_CATEGORY(lcSandbox, "o2o.sandbox", QtInfoMsg)

} // namespace o2o::sandbox
