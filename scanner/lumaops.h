#pragma once

#include "scanner/lumaimage.h"

#include <QRect>

namespace o2o::luma {

// Whole-plane operations the decoder's extra passes run before handing a plane to ZXing. Each is one
// sweep over the pixels in integer arithmetic, so that a pass costs little more than ZXing's own work.

/** Light and dark swapped: a code shown light-on-dark (a wallet in dark mode) becomes an ordinary one. */
void invert(LumaImage& image);

/**
 * The region of `source` resized to outWidth x outHeight: bilinear when enlarging (small modules get
 * a few pixels each without blocky steps), the mean of each 2x2 block when exactly halving (which also
 * averages sensor noise away). Null when the region is empty or outside the view.
 */
LumaImage resized(const LumaView& source, const QRect& region, int outWidth, int outHeight);

/**
 * Contrast stretched in place so that the darkest and brightest percent of pixels reach 0 and 255.
 * A washed-out or dim code then suits a fixed threshold. Returns false (image unchanged) when the
 * plane is flat, as a blank frame is.
 */
bool stretchContrast(LumaImage& image);

/**
 * Each pixel stretched by the darkest and brightest values around it (blocks of blockSize pixels, reach
 * blocks each way), so that modules under a reflection or in a shadow get full contrast. A neighbourhood
 * with almost no contrast becomes white: it is background, and its noise must not become edges.
 */
void normalizeLocalContrast(LumaImage& image, int blockSize = 16, int reach = 1);

/** Unsharp mask (the image plus its difference from a 5x5 box blur): edges a defocused camera smeared. */
void sharpen(LumaImage& image);

} // namespace o2o::luma
