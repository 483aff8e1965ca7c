#include "scanner/lumaimage.h"

#include <QPainter>

#include <cstring>

namespace o2o {

LumaImage LumaImage::copyOf(const LumaView& view) {
    LumaImage image;
    if (view.isNull())
        return image;
    image.width = view.width;
    image.height = view.height;
    image.bytes.resize(qsizetype(view.width) * view.height);
    for (int y = 0; y < view.height; ++y)
        std::memcpy(image.bytes.data() + qsizetype(y) * view.width, view.data + qsizetype(y) * view.stride,
                    size_t(view.width));
    return image;
}

LumaImage LumaImage::fromImage(const QImage& source) {
    if (source.isNull())
        return {};
    QImage opaque = source;
    if (source.hasAlphaChannel()) {
        opaque = QImage(source.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, source);
    }
    const QImage grey = opaque.convertToFormat(QImage::Format_Grayscale8);
    return copyOf(LumaView{grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine())});
}

} // namespace o2o
