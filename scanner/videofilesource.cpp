#include "scanner/videofilesource.h"

#include <QUrl>
#include <QVideoSink>

namespace o2o {

VideoFileSource::VideoFileSource(QObject* parent)
    : QObject(parent) {
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia)
            Q_EMIT finished();
        else if (status == QMediaPlayer::InvalidMedia)
            Q_EMIT failed(QStringLiteral("not a playable video"));
    });
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) { Q_EMIT failed(message); });
}

void VideoFileSource::play(const QString& path, QVideoSink* sink) {
    m_player.setVideoSink(sink);
    m_player.setSource(QUrl::fromLocalFile(path));
    m_player.play();
}

} // namespace o2o
