#pragma once

#include "scanner/framedecoder.h"
#include "scanner/seencodes.h"

#include <QObject>
#include <QThread>
#include <QVideoSink>

namespace o2o {

/** A code that just came into view, with the moment its frame arrived (steady clock). */
struct ScannedCode {
    DecodedCode code;
    qint64 arrivalNs = 0;
    qint64 decodedNs = 0;
};

/**
 * Camera or video frames -> decoder thread -> one report per code while it stays in view.
 * Connect a QCamera's capture session or a QMediaPlayer to sink(); codeScanned arrives on the thread
 * the pipeline lives on.
 */
class ScanPipeline : public QObject {
    Q_OBJECT

public:
    explicit ScanPipeline(DecoderSettings settings, QObject* parent = nullptr);
    ~ScanPipeline() override;

    QVideoSink* sink() { return &m_sink; }
    /** Feeds a still image or a synthetic frame, as if a camera had delivered it now. */
    void offer(LumaImage luma);
    quint64 droppedFrames() const { return m_decoder->droppedFrames(); }
    quint64 decodedFrames() const { return m_decoder->decodedFrames(); }

Q_SIGNALS:
    void codeScanned(const o2o::ScannedCode& scanned);
    void frameDecoded(const o2o::FrameResult& result);

private:
    void onFrameDecoded(const FrameResult& result);

    QVideoSink m_sink;
    QThread m_thread;
    FrameDecoder* m_decoder; // lives on m_thread, deleted when it finishes
    SeenCodes m_seen;
};

} // namespace o2o

Q_DECLARE_METATYPE(o2o::ScannedCode)
