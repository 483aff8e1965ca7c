#pragma once

#include "scanner/lumaimage.h"

#include <ZXing/DecodeHints.h>

#include <QPoint>
#include <QRect>
#include <QSize>

#include <span>

namespace o2o::detail {

/**
 * One way of looking at a frame again after ZXing's default pass failed: swap light and dark, enlarge
 * or halve, stretch the contrast, use another binarizer. The default hints stay on (tryHarder,
 * tryRotate, tryDownscale), so a pass only changes what ZXing is given and how it thresholds.
 */
struct DecodePass {
    enum class Filter {
        None,
        Stretch,       // global contrast stretch, so that a fixed threshold suits a dim or washed-out frame
        LocalContrast, // contrast normalised per neighbourhood: a reflection (glare) or a shadow on the code
        Sharpen,       // unsharp mask: a defocused or slightly moving code
    };
    const char* name;
    bool invert = false; // light-on-dark codes (phone wallets in dark mode); ZXing 1.4 has no option for it
    double scale = 1.0;  // 0.5 halves (averages noise); above 1 enlarges small modules (bilinear)
    Filter filter = Filter::None;
    ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage;
    // Time per pixel (filter and ZXing) relative to the default pass, the worst seen on the benchmark's
    // frames: filtered planes have more edges for ZXing to follow, so they cost more than the default.
    double cost = 1.0;
    // ZXing's tryHarder scans every row for finder patterns. The filter passes leave it off (a third
    // cheaper), as the default pass has already scanned every row of this frame.
    bool tryHarder = true;
};

/** The passes after the default one, most useful first (measured on photographs and camera-like frames). */
std::span<const DecodePass> extraPasses();

/** Where a pass looks: a region of the frame and the size ZXing receives it at. */
struct PassGeometry {
    QRect region;
    QSize size;
    qsizetype pixels() const { return qsizetype(size.width()) * size.height(); }
    /** A point in the pass's image, in frame coordinates. */
    QPoint toFrame(QPoint p) const;
};

/**
 * The geometry of a pass on a frame. An enlarging pass that would exceed maxPixels looks at the centre
 * of the frame only (where a customer holds the code), so that it costs no more than maxPixels.
 */
PassGeometry passGeometry(const DecodePass& pass, QSize frame, qsizetype maxPixels);

/** The plane a pass hands to ZXing: the frame itself, or a transformed copy it owns. */
struct PreparedPass {
    LumaImage owned;
    LumaView view; // null when the pass has nothing to add (a flat plane to stretch): skip it
};
PreparedPass preparePass(const LumaView& frame, const DecodePass& pass, const PassGeometry& geometry);

} // namespace o2o::detail
