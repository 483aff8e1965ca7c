#include "scanner/qrimage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace o2o {

QImage renderQrCode(const QString& text, int sizePx, QrErrorCorrection level) {
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        writer.setEccLevel(int(level) * 2 + 1); // ZXing's writer takes ECC on a 0..8 scale
        writer.setMargin(4);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), sizePx, sizePx);
        QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < matrix.height(); ++y) {
            uchar* line = image.scanLine(y);
            for (int x = 0; x < matrix.width(); ++x)
                line[x] = matrix.get(x, y) ? 0 : 255;
        }
        return image;
    } catch (const std::exception&) {
        // ZXing throws when the text is too long for any QR version: the caller shows no code.
        return {};
    }
}

} // namespace o2o
