#pragma once

#include <QLoggingCategory>

namespace o2o {

/** o2o.app: commands run and the window's start-up. Never a whole code, token, PIN or key. */
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace o2o
