#include "ui/videoframeitem.h"

#include <QPainter>

namespace o2o {

VideoFrameItem::VideoFrameItem(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        m_frame = frame;
        update();
    });
}

void VideoFrameItem::paint(QPainter* painter) {
    if (!m_frame.isValid())
        return;
    const QImage image = QVideoFrame(m_frame).toImage();
    if (image.isNull())
        return;
    // Crop to fill, as VideoOutput.PreserveAspectCrop does.
    const QSizeF target = size();
    QSizeF source = image.size();
    source.scale(target, Qt::KeepAspectRatioByExpanding);
    const qreal scale = source.width() / image.width();
    const QSizeF shown(target.width() / scale, target.height() / scale);
    const QRectF from((image.width() - shown.width()) / 2, (image.height() - shown.height()) / 2,
                      shown.width(), shown.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(QPointF(0, 0), target), image, from);
}

} // namespace o2o
