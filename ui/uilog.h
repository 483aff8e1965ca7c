#pragma once

#include <QLoggingCategory>

namespace o2o {

/** o2o.ui: the window's controllers and what they hand to the worker threads. Never a whole code, token, PIN
 * or key. */
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace o2o
