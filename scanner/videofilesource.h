#pragma once

#include <QMediaPlayer>
#include <QObject>

class QVideoSink;

namespace o2o {

/**
 * Plays a video file into a video sink: the same frames, in the same way, a camera delivers. This is
 * how the camera path runs where there is no camera (tests, CI, `o2o-terminal scan --video`).
 */
class VideoFileSource : public QObject {
    Q_OBJECT

public:
    explicit VideoFileSource(QObject* parent = nullptr);
    void play(const QString& path, QVideoSink* sink);

Q_SIGNALS:
    void finished();
    void failed(const QString& message);

private:
    QMediaPlayer m_player;
};

} // namespace o2o
