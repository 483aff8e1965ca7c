#pragma once

#include "scanner/barcodedecoder.h"

#include <QMutex>
#include <QObject>
#include <QVideoFrame>

#include <atomic>
#include <optional>

namespace o2o {

/** The codes of one frame and when it arrived and was done (steady clock, nanoseconds). */
struct FrameResult {
    std::vector<DecodedCode> codes;
    qint64 arrivalNs = 0;
    qint64 startedNs = 0; // when the decoder took it up: the wait before is the cost of a busy decoder
    qint64 decodedNs = 0;
};

/** Steady-clock nanoseconds: the one clock frame arrival and verdict latencies are measured on. */
qint64 steadyNowNs();

/**
 * Decodes frames on the thread it lives on. Frames can be offered from any thread; a frame still
 * waiting when a newer one arrives is dropped (the latest frame wins), so a slow frame never builds a
 * queue and the verdict stays close to what the camera sees now.
 */
class FrameDecoder : public QObject {
    Q_OBJECT

public:
    explicit FrameDecoder(DecoderSettings settings);

    void offer(const QVideoFrame& frame, qint64 arrivalNs);
    void offer(LumaImage luma, qint64 arrivalNs);
    quint64 droppedFrames() const { return m_dropped.load(); }
    quint64 decodedFrames() const { return m_decoded.load(); }

Q_SIGNALS:
    void frameDecoded(const o2o::FrameResult& result);

private:
    struct Pending {
        QVideoFrame frame; // mapped and reduced to luma on the decoding thread, not the caller's
        LumaImage luma;
        qint64 arrivalNs = 0;
    };
    void enqueue(Pending pending);
    void decodePending();

    BarcodeDecoder m_decoder;
    QMutex m_mutex;
    std::optional<Pending> m_pending;
    bool m_scheduled = false;
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_decoded{0};
};

} // namespace o2o

Q_DECLARE_METATYPE(o2o::FrameResult)
