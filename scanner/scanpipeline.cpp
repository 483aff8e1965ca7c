#include "scanner/scanpipeline.h"

namespace o2o {

ScanPipeline::ScanPipeline(DecoderSettings settings, QObject* parent)
    : QObject(parent)
    , m_decoder(new FrameDecoder(std::move(settings))) {
    qRegisterMetaType<o2o::ScannedCode>();
    m_thread.setObjectName(QStringLiteral("o2o-scanner"));
    m_decoder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_decoder, &QObject::deleteLater);
    connect(m_decoder, &FrameDecoder::frameDecoded, this, &ScanPipeline::onFrameDecoded,
            Qt::QueuedConnection);
    // Runs on whatever thread the backend delivers frames on: stamp and hand over, nothing more.
    connect(
        &m_sink, &QVideoSink::videoFrameChanged, m_decoder,
        [decoder = m_decoder](const QVideoFrame& frame) { decoder->offer(frame, steadyNowNs()); },
        Qt::DirectConnection);
    m_thread.start();
}

ScanPipeline::~ScanPipeline() {
    m_sink.disconnect();
    m_thread.quit();
    m_thread.wait();
}

void ScanPipeline::offer(LumaImage luma) {
    m_decoder->offer(std::move(luma), steadyNowNs());
}

void ScanPipeline::onFrameDecoded(const FrameResult& result) {
    Q_EMIT frameDecoded(result);
    for (const DecodedCode& code : m_seen.update(result.codes, result.arrivalNs / 1'000'000))
        Q_EMIT codeScanned(ScannedCode{code, result.arrivalNs, result.decodedNs});
}

} // namespace o2o
