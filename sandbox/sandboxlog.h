#pragma once

#include <QLoggingCategory>

namespace o2o::sandbox {

/** o2o.sandbox: the server's requests, enrollments and injected faults. Never a code, key or pairing code. */
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace o2o::sandbox
