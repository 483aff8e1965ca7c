#pragma once

#include <QImage>
#include <QString>

namespace o2o {

/** Error correction levels of a QR code, as ZXing's writer numbers them (0 = L ... 3 = H). */
enum class QrErrorCorrection { L = 0, M = 1, Q = 2, H = 3 };

/**
 * Renders text as a QR code image about sizePx wide (black on white, with a quiet zone).
 * Returns a null image when the text does not fit a QR code.
 */
QImage renderQrCode(const QString& text, int sizePx, QrErrorCorrection level = QrErrorCorrection::M);

} // namespace o2o
