#include "scanner/framedecoder.h"

#include "scanner/videoframeluma.h"

#include <chrono>

namespace o2o {

qint64 steadyNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

FrameDecoder::FrameDecoder(DecoderSettings settings)
    : m_decoder(std::move(settings)) {
    qRegisterMetaType<o2o::FrameResult>();
}

void FrameDecoder::offer(const QVideoFrame& frame, qint64 arrivalNs) {
    enqueue(Pending{frame, {}, arrivalNs});
}

void FrameDecoder::offer(LumaImage luma, qint64 arrivalNs) {
    enqueue(Pending{{}, std::move(luma), arrivalNs});
}

void FrameDecoder::enqueue(Pending pending) {
    QMutexLocker lock(&m_mutex);
    if (m_pending)
        ++m_dropped;
    m_pending = std::move(pending);
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &FrameDecoder::decodePending, Qt::QueuedConnection);
}

void FrameDecoder::decodePending() {
    Pending pending;
    {
        QMutexLocker lock(&m_mutex);
        m_scheduled = false;
        if (!m_pending)
            return;
        pending = std::move(*m_pending);
        m_pending.reset();
    }
    const qint64 startedNs = steadyNowNs();
    const LumaImage luma =
        pending.frame.isValid() ? lumaOfVideoFrame(pending.frame) : std::move(pending.luma);
    FrameResult result;
    result.arrivalNs = pending.arrivalNs;
    result.startedNs = startedNs;
    result.codes = m_decoder.decode(luma.view());
    result.decodedNs = steadyNowNs();
    ++m_decoded;
    Q_EMIT frameDecoded(result);
}

} // namespace o2o
