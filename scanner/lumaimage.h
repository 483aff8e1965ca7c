#pragma once

#include <QByteArray>
#include <QImage>

namespace o2o {

/** A view of an 8-bit luminance plane (a Y plane of a video frame, or a grey image). Not owning. */
struct LumaView {
    const uchar* data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0; // bytes from one row to the next
    bool isNull() const { return !data || width <= 0 || height <= 0; }
};

/** An owned luminance plane, for frames that have to outlive their source (a queued frame, a file). */
struct LumaImage {
    QByteArray bytes;
    int width = 0;
    int height = 0;

    LumaView view() const {
        return LumaView{reinterpret_cast<const uchar*>(bytes.constData()), width, height, width};
    }
    /** Copies a plane row by row (strides differ between sources). */
    static LumaImage copyOf(const LumaView& view);
    /** Any QImage, converted to 8-bit grey (alpha flattened onto white, as on a screen or paper). */
    static LumaImage fromImage(const QImage& image);
};

} // namespace o2o
