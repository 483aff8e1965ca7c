#pragma once

#include "core/error.h"

#include <QJsonObject>

namespace o2o {

/** Exit codes of every command of both executables: a contract for scripts and kiosks. */
enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitError = 2 };

// What commands print: results on stdout, problems on stderr prefixed with the program's name.
void printJson(const QJsonObject& object);
void printLine(const QString& line);
/** A system error (exit 2). */
int reportError(const Error& error);
/** A command line that does not fit the command (exit 2). */
int reportUsage(const QString& message);
/** A file or input refused for its content (exit 1); other failures stay system errors (exit 2). */
int reportRefusedOrError(const Error& error);

} // namespace o2o
