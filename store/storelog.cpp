#include "store/storelog.h"

namespace o2o {

Q_LOGGING_CATEGORY(lcStore, "o2o.store")

} // namespace o2o
