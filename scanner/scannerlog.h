#pragma once

#include <QLoggingCategory>

namespace o2o {

/** o2o.scanner: frame sources, decoding passes, keyboard-wedge scans (codes masked). Never a whole code,
 * token, PIN or key. */
Q_DECLARE_LOGGING_CATEGORY(lcScanner)

} // namespace o2o
