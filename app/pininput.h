#pragma once

#include "core/error.h"

#include <QString>

namespace o2o {

/**
 * Reads a PIN from standard input, never from the command line (where ps and the shell history would
 * show it): one line; on a terminal with a prompt on stderr and without echo.
 */
[[nodiscard]] Result<QString> readPinFromStdin(const QString& prompt);

/** Who acts when no staff member signs in: the machine's account, "local:NAME", for the audit log. */
QString localActor();

} // namespace o2o
