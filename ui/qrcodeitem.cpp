#include "ui/qrcodeitem.h"

#include "scanner/qrimage.h"

#include <QPainter>

namespace o2o {

QrCodeItem::QrCodeItem(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(false);
    connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void QrCodeItem::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_image = QImage();
    m_imageSide = 0;
    Q_EMIT textChanged();
    update();
}

QImage QrCodeItem::image(int side) const {
    if (m_text.isEmpty() || side <= 0)
        return {};
    if (m_image.isNull() || m_imageSide != side) {
        m_image = renderQrCode(m_text, side, QrErrorCorrection::M);
        m_imageSide = side;
    }
    return m_image;
}

void QrCodeItem::paint(QPainter* painter) {
    const int side = int(std::min(width(), height()));
    const QImage qr = image(side);
    if (qr.isNull())
        return;
    // Whole pixels per module, no smoothing: a phone's camera reads sharp edges from the screen.
    const QRectF target((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, qr);
}

} // namespace o2o
