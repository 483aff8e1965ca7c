#pragma once

#include <QQuickPaintedItem>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQmlIntegration/qqmlintegration.h>

namespace o2o {

/**
 * The camera's picture where Qt Quick renders in software (no GPU: the offscreen screenshots, a panel
 * without OpenGL), where VideoOutput draws nothing: the latest frame converted and painted, cropped to
 * fill. With a GPU the scan screen uses VideoOutput instead.
 */
class VideoFrameItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink CONSTANT)
public:
    explicit VideoFrameItem(QQuickItem* parent = nullptr);

    QVideoSink* videoSink() { return &m_sink; }
    void paint(QPainter* painter) override;

private:
    QVideoSink m_sink;
    QVideoFrame m_frame;
};

} // namespace o2o
