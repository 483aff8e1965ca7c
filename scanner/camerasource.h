#pragma once

#include <QCamera>
#include <QMediaCaptureSession>
#include <QObject>

class QVideoSink;

namespace o2o {

/** The default camera (or the one named) feeding a video sink through a capture session. */
class CameraSource : public QObject {
    Q_OBJECT

public:
    explicit CameraSource(QObject* parent = nullptr);
    /** False when the machine has no camera (or none with that description). */
    bool start(QVideoSink* sink, const QString& description = {});
    void stop();

Q_SIGNALS:
    void failed(const QString& message);

private:
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
};

} // namespace o2o
