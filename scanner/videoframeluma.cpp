#include "scanner/videoframeluma.h"

#include <QVideoFrame>

namespace o2o {

namespace {

// Where luma sits in plane 0: every `step` bytes starting at `offset`.
struct LumaLayout {
    int offset = 0;
    int step = 1;
};

std::optional<LumaLayout> layoutOf(QVideoFrameFormat::PixelFormat format) {
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return LumaLayout{0, 1};
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_YUV420P10:
        return LumaLayout{1, 2}; // little-endian 16-bit samples: the high byte is the 8-bit luma
    case QVideoFrameFormat::Format_YUYV:
        return LumaLayout{0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return LumaLayout{1, 2};
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied:
        return LumaLayout{1, 4};
    default:
        return std::nullopt;
    }
}

} // namespace

bool hasLumaPlane(const QVideoFrame& frame) {
    return layoutOf(frame.pixelFormat()).has_value();
}

LumaImage lumaOfVideoFrame(const QVideoFrame& source) {
    QVideoFrame frame = source; // shallow: mapping does not touch the caller's handle
    const auto layout = layoutOf(frame.pixelFormat());
    if (!layout)
        return LumaImage::fromImage(frame.toImage());
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    LumaImage luma;
    if (layout->step == 1) {
        luma =
            LumaImage::copyOf(LumaView{frame.bits(0), frame.width(), frame.height(), frame.bytesPerLine(0)});
    } else {
        luma.width = frame.width();
        luma.height = frame.height();
        luma.bytes.resize(qsizetype(luma.width) * luma.height);
        uchar* out = reinterpret_cast<uchar*>(luma.bytes.data());
        for (int y = 0; y < luma.height; ++y) {
            const uchar* row = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0) + layout->offset;
            for (int x = 0; x < luma.width; ++x)
                *out++ = row[x * layout->step];
        }
    }
    frame.unmap();
    return luma;
}

} // namespace o2o
