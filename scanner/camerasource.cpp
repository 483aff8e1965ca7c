#include "scanner/camerasource.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QVideoSink>

namespace o2o {

CameraSource::CameraSource(QObject* parent)
    : QObject(parent) {}

bool CameraSource::start(QVideoSink* sink, const QString& description) {
    QCameraDevice device = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& d : QMediaDevices::videoInputs())
        if (!description.isEmpty() && d.description() == description)
            device = d;
    if (device.isNull())
        return false;
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) { Q_EMIT failed(message); });
    m_session.setCamera(m_camera.get());
    m_session.setVideoSink(sink);
    m_camera->start();
    return true;
}

void CameraSource::stop() {
    if (m_camera)
        m_camera->stop();
}

} // namespace o2o
