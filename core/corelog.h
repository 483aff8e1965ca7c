#pragma once

#include <QLoggingCategory>

namespace o2o {

/** o2o.core: why a signed code was refused before the rules. Never a whole code, token, PIN or key. */
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace o2o
