#pragma once

#include "scanner/lumaimage.h"

class QVideoFrame;

namespace o2o {

/**
 * The luminance of a video frame, for the decoder. YUV frames give their Y plane as it is (copied row
 * by row, never colour-converted; 16-bit planes keep their high byte, packed 4:2:2 their Y samples);
 * only formats without a luma plane (RGB, JPEG) go through a conversion. Null when the frame cannot be
 * mapped.
 */
LumaImage lumaOfVideoFrame(const QVideoFrame& frame);

/** True when lumaOfVideoFrame reads the frame's own luma samples without converting it. */
bool hasLumaPlane(const QVideoFrame& frame);

} // namespace o2o
