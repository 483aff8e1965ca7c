#pragma once

#include "scanner/barcodedecoder.h"

#include <QJsonObject>

namespace o2o {

/** A decoded code in command output: text, format and corner points. */
QJsonObject decodedCodeView(const DecodedCode& code);
/** --formats LIST (comma-separated) into decoder settings; an error message when a name is unknown. */
QString readFormats(const QString& list, DecoderSettings& settings);

} // namespace o2o
