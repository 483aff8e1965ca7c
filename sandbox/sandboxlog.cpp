#include "sandbox/sandboxlog.h"

namespace o2o::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "o2o.sandbox")

} // namespace o2o::sandbox
