#include "scanner/decodepasses.h"

#include "scanner/lumaops.h"

#include <cmath>

namespace o2o::detail {

namespace {

using ZXing::Binarizer;

using Filter = DecodePass::Filter;

// The order is what o2o-bench decode-frames and decode-rate measured as most codes within the budget
// (docs/benchmarks.md, "Decoding"). Dark-mode wallets first: the terminal sees them often and ZXing 1.4
// never reads them. Then what a counter camera does to a code: defocus (sharpened) before glare (local
// contrast), as a fixed-focus camera held close blurs more often than a lamp reflects; the global
// histogram for washed-out or dim codes. Then small modules enlarged (photos, codes held far away) and
// the rarer fallbacks; inverted variants of the camera passes last. A 720p frame affords the default
// pass and about three of these; the decoder carries the rest over to the next frame.
// clang-format off
constexpr DecodePass kExtraPasses[] = {
    // name                     invert scale filter                 binarizer                    cost tryHarder
    {"inverted",                true,  1.0, Filter::None,          Binarizer::LocalAverage,     1.1},
    {"sharpened",               false, 1.0, Filter::Sharpen,       Binarizer::LocalAverage,     2.0, false},
    {"local-contrast",          false, 1.0, Filter::LocalContrast, Binarizer::LocalAverage,     2.0, false},
    {"histogram",               false, 1.0, Filter::None,          Binarizer::GlobalHistogram,  0.9},
    {"x2-histogram",            false, 2.0, Filter::None,          Binarizer::GlobalHistogram,  1.3},
    {"x1.5",                    false, 1.5, Filter::None,          Binarizer::LocalAverage,     1.6},
    {"stretched-fixed",         false, 1.0, Filter::Stretch,       Binarizer::FixedThreshold,   1.1},
    {"half",                    false, 0.5, Filter::None,          Binarizer::LocalAverage,     1.3},
    {"inverted-sharpened",      true,  1.0, Filter::Sharpen,       Binarizer::LocalAverage,     2.0, false},
    {"inverted-local-contrast", true,  1.0, Filter::LocalContrast, Binarizer::LocalAverage,     2.0, false},
    {"inverted-histogram",      true,  1.0, Filter::None,          Binarizer::GlobalHistogram,  0.9},
    {"inverted-x2-histogram",   true,  2.0, Filter::None,          Binarizer::GlobalHistogram,  1.3},
    {"inverted-half",           true,  0.5, Filter::None,          Binarizer::LocalAverage,     1.3},
};
// clang-format on

} // namespace

std::span<const DecodePass> extraPasses() {
    return kExtraPasses;
}

QPoint PassGeometry::toFrame(QPoint p) const {
    if (size.isEmpty())
        return region.topLeft();
    const double sx = double(region.width()) / size.width();
    const double sy = double(region.height()) / size.height();
    return region.topLeft() + QPoint(int(std::lround(p.x() * sx)), int(std::lround(p.y() * sy)));
}

PassGeometry passGeometry(const DecodePass& pass, QSize frame, qsizetype maxPixels) {
    PassGeometry g;
    if (frame.isEmpty() || pass.scale <= 0)
        return g;
    if (pass.scale == 0.5) {
        // Whole 2x2 blocks only, so that halving is an exact box filter.
        g.region = QRect(0, 0, frame.width() & ~1, frame.height() & ~1);
        g.size = g.region.size() / 2;
        return g;
    }
    g.region = QRect(QPoint(0, 0), frame);
    const double full = double(frame.width()) * frame.height() * pass.scale * pass.scale;
    if (pass.scale > 1 && full > double(maxPixels)) {
        const double keep = std::sqrt(double(maxPixels) / full); // same share of width and height
        const QSize centre(std::max(1, int(frame.width() * keep)), std::max(1, int(frame.height() * keep)));
        g.region = QRect(QPoint((frame.width() - centre.width()) / 2, (frame.height() - centre.height()) / 2),
                         centre);
    }
    g.size = QSize(std::max(1, int(std::lround(g.region.width() * pass.scale))),
                   std::max(1, int(std::lround(g.region.height() * pass.scale))));
    return g;
}

PreparedPass preparePass(const LumaView& frame, const DecodePass& pass, const PassGeometry& geometry) {
    PreparedPass prepared;
    if (frame.isNull() || geometry.size.isEmpty())
        return prepared;
    const bool sameGeometry =
        geometry.region == QRect(0, 0, frame.width, frame.height) && geometry.size == geometry.region.size();
    if (sameGeometry && !pass.invert && pass.filter == Filter::None) {
        prepared.view = frame; // only the binarizer differs: no copy
        return prepared;
    }
    prepared.owned =
        sameGeometry ? LumaImage::copyOf(frame)
                     : luma::resized(frame, geometry.region, geometry.size.width(), geometry.size.height());
    if (prepared.owned.bytes.isEmpty())
        return prepared;
    // Inverting first keeps the filters' notion of background (light) and print (dark).
    if (pass.invert)
        luma::invert(prepared.owned);
    switch (pass.filter) {
    case Filter::None:
        break;
    case Filter::Stretch:
        if (!luma::stretchContrast(prepared.owned))
            return prepared; // a flat plane: nothing to stretch
        break;
    case Filter::LocalContrast:
        luma::normalizeLocalContrast(prepared.owned);
        break;
    case Filter::Sharpen:
        luma::sharpen(prepared.owned);
        break;
    }
    prepared.view = prepared.owned.view();
    return prepared;
}

} // namespace o2o::detail
