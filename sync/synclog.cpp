#include "sync/synclog.h"

namespace o2o {

Q_LOGGING_CATEGORY(lcSync, "o2o.sync")

} // namespace o2o
