#include "scanner/lumaops.h"

// These loops are plain byte arithmetic over whole rows. GCC 12 at -O2 vectorises only loops whose trip
// count needs no scalar remainder, so it leaves them scalar: 5-10 times slower, a large share of the
// per-frame budget. Clang vectorises them at -O2 already.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("vect-cost-model=dynamic")
#endif

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace o2o::luma {

namespace {

LumaImage blank(int width, int height) {
    LumaImage image;
    image.width = width;
    image.height = height;
    image.bytes = QByteArray(qsizetype(width) * height, Qt::Uninitialized);
    return image;
}

uchar* rowOf(LumaImage& image, int y) {
    return reinterpret_cast<uchar*>(image.bytes.data()) + qsizetype(y) * image.width;
}

const uchar* rowOf(const LumaView& view, int y) {
    return view.data + qsizetype(y) * view.stride;
}

LumaImage halved(const LumaView& source, const QRect& region) {
    LumaImage out = blank(region.width() / 2, region.height() / 2);
    for (int y = 0; y < out.height; ++y) {
        const uchar* a = rowOf(source, region.y() + 2 * y) + region.x();
        const uchar* b = a + source.stride;
        uchar* o = rowOf(out, y);
        for (int x = 0; x < out.width; ++x)
            o[x] = uchar((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) >> 2);
    }
    return out;
}

// Source coordinate of each output column or row, as a sample index and an 8-bit weight of the next one.
struct Tap {
    int index;
    int weight;
};

std::vector<Tap> taps(int offset, int sourceLength, int outLength) {
    std::vector<Tap> result(static_cast<size_t>(outLength));
    const double step = double(sourceLength) / outLength;
    for (int i = 0; i < outLength; ++i) {
        // Pixel centres line up: output centre i + 0.5 maps to source centre (i + 0.5) * step.
        const double s = std::clamp((i + 0.5) * step - 0.5, 0.0, double(sourceLength - 1));
        int index = int(s);
        int weight = int((s - index) * 256.0 + 0.5);
        if (index >= sourceLength - 1) { // the last sample has no right neighbour
            index = sourceLength - 1;
            weight = 0;
        }
        result[size_t(i)] = Tap{offset + index, weight};
    }
    return result;
}

} // namespace

void invert(LumaImage& image) {
    uchar* p = reinterpret_cast<uchar*>(image.bytes.data());
    const qsizetype n = image.bytes.size();
    for (qsizetype i = 0; i < n; ++i)
        p[i] = uchar(255 - p[i]);
}

LumaImage resized(const LumaView& source, const QRect& region, int outWidth, int outHeight) {
    const QRect bounds(0, 0, source.width, source.height);
    if (source.isNull() || region.isEmpty() || !bounds.contains(region) || outWidth <= 0 || outHeight <= 0)
        return {};
    if (outWidth * 2 == region.width() && outHeight * 2 == region.height())
        return halved(source, region);

    const std::vector<Tap> xs = taps(region.x(), region.width(), outWidth);
    const std::vector<Tap> ys = taps(region.y(), region.height(), outHeight);
    // Separable: each source row is interpolated across once (kept while consecutive output rows use
    // it), then output rows blend two such rows, a loop the compiler vectorises.
    std::vector<quint16> across[2] = {std::vector<quint16>(size_t(outWidth)),
                                      std::vector<quint16>(size_t(outWidth))};
    int cached[2] = {-1, -1};
    const auto acrossRow = [&](int sourceY) -> const quint16* {
        for (int k = 0; k < 2; ++k)
            if (cached[k] == sourceY)
                return across[k].data();
        const int k = cached[0] < cached[1] ? 0 : 1; // rows come in increasing order: drop the older
        const uchar* in = rowOf(source, sourceY);
        quint16* o = across[k].data();
        for (int x = 0; x < outWidth; ++x) {
            const Tap t = xs[size_t(x)];
            o[x] = quint16(in[t.index] * (256 - t.weight) + in[t.index + (t.weight ? 1 : 0)] * t.weight);
        }
        cached[k] = sourceY;
        return o;
    };
    LumaImage out = blank(outWidth, outHeight);
    for (int y = 0; y < outHeight; ++y) {
        const Tap ty = ys[size_t(y)];
        const quint16* a = acrossRow(ty.index);
        // The last row has no row below it; its weight is 0 then, so blending with itself is harmless.
        const quint16* b = ty.weight ? acrossRow(ty.index + 1) : a;
        const quint32 wa = quint32(256 - ty.weight), wb = quint32(ty.weight);
        uchar* o = rowOf(out, y);
        for (int x = 0; x < outWidth; ++x)
            o[x] = uchar((a[x] * wa + b[x] * wb + 32768u) >> 16);
    }
    return out;
}

bool stretchContrast(LumaImage& image) {
    std::array<qsizetype, 256> histogram{};
    uchar* p = reinterpret_cast<uchar*>(image.bytes.data());
    const qsizetype n = image.bytes.size();
    for (qsizetype i = 0; i < n; ++i)
        ++histogram[p[i]];
    // Percentiles rather than min/max: a few specular highlights or dead pixels must not set the range.
    const qsizetype tail = n / 100;
    int low = 0;
    for (qsizetype seen = histogram[0]; low < 255 && seen <= tail; seen += histogram[size_t(++low)]) {
    }
    int high = 255;
    for (qsizetype seen = histogram[255]; high > 0 && seen <= tail; seen += histogram[size_t(--high)]) {
    }
    if (high - low < 16) // nothing to stretch: a flat plane would only turn noise into contrast
        return false;
    std::array<uchar, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[size_t(v)] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    for (qsizetype i = 0; i < n; ++i)
        p[i] = map[p[i]];
    return true;
}

void normalizeLocalContrast(LumaImage& image, int blockSize, int reach) {
    const int w = image.width, h = image.height;
    if (w <= 0 || h <= 0 || blockSize <= 0 || reach < 0)
        return;
    const int bw = (w + blockSize - 1) / blockSize, bh = (h + blockSize - 1) / blockSize;
    std::vector<uchar> low(size_t(bw) * bh, 255), high(size_t(bw) * bh, 0);
    for (int y = 0; y < h; ++y) {
        const uchar* row = rowOf(image, y);
        uchar* lo = low.data() + size_t(y / blockSize) * bw;
        uchar* hi = high.data() + size_t(y / blockSize) * bw;
        for (int b = 0; b < bw; ++b) {
            const int end = std::min(w, (b + 1) * blockSize);
            uchar mn = lo[b], mx = hi[b];
            for (int x = b * blockSize; x < end; ++x) {
                mn = std::min(mn, row[x]);
                mx = std::max(mx, row[x]);
            }
            lo[b] = mn;
            hi[b] = mx;
        }
    }
    // The range of the neighbourhood, not of the block alone: a block inside one large module has no
    // contrast of its own, but its neighbours say whether it is dark or light.
    std::vector<uchar> areaLow(low.size()), areaHigh(high.size());
    for (int by = 0; by < bh; ++by)
        for (int bx = 0; bx < bw; ++bx) {
            uchar mn = 255, mx = 0;
            for (int y = std::max(0, by - reach); y <= std::min(bh - 1, by + reach); ++y)
                for (int x = std::max(0, bx - reach); x <= std::min(bw - 1, bx + reach); ++x) {
                    mn = std::min(mn, low[size_t(y) * bw + x]);
                    mx = std::max(mx, high[size_t(y) * bw + x]);
                }
            areaLow[size_t(by) * bw + bx] = mn;
            areaHigh[size_t(by) * bw + bx] = mx;
        }
    constexpr int kMinRange = 12; // below this a neighbourhood is flat: sensor noise, not print
    for (int y = 0; y < h; ++y) {
        uchar* row = rowOf(image, y);
        const size_t blockRow = size_t(y / blockSize) * bw;
        for (int b = 0; b < bw; ++b) {
            const int lo = areaLow[blockRow + b];
            const int range = areaHigh[blockRow + b] - lo;
            const int end = std::min(w, (b + 1) * blockSize);
            if (range < kMinRange) {
                std::fill(row + b * blockSize, row + end, uchar(255));
                continue;
            }
            const int gain = (255 << 8) / range; // 8.8 fixed point
            for (int x = b * blockSize; x < end; ++x)
                row[x] = uchar(std::min(255, ((row[x] - lo) * gain) >> 8));
        }
    }
}

void sharpen(LumaImage& image) {
    const int w = image.width, h = image.height;
    constexpr int r = 2, n = 2 * r + 1;
    if (w < n || h < n)
        return;
    // Horizontal 5-sums of every row (edges clamped), then a running vertical sum of those. Both loops
    // are plain adds over whole rows that the compiler vectorises: about a millisecond for a 720p frame.
    std::unique_ptr<quint16[]> across(new quint16[size_t(w) * h]);
    for (int y = 0; y < h; ++y) {
        const uchar* in = rowOf(image, y);
        quint16* out = across.get() + size_t(y) * w;
        const auto at = [&](int x) { return int(in[std::clamp(x, 0, w - 1)]); };
        for (int x : {0, 1, w - 2, w - 1})
            out[x] = quint16(at(x - 2) + at(x - 1) + at(x) + at(x + 1) + at(x + 2));
        for (int x = r; x < w - r; ++x)
            out[x] = quint16(in[x - 2] + in[x - 1] + in[x] + in[x + 1] + in[x + 2]);
    }
    std::vector<quint16> column(size_t(w), 0); // at most 25 * 255
    for (int k = -r; k <= r; ++k) {
        const quint16* src = across.get() + size_t(std::clamp(k, 0, h - 1)) * w;
        for (int x = 0; x < w; ++x)
            column[size_t(x)] = quint16(column[size_t(x)] + src[x]);
    }
    constexpr int kInverseArea = (1 << 16) / (n * n) + 1; // blur = sum * kInverseArea >> 16
    for (int y = 0; y < h; ++y) {
        uchar* row = rowOf(image, y);
        const quint16* leaving = across.get() + size_t(std::max(0, y - r)) * w;
        const quint16* entering = across.get() + size_t(std::min(h - 1, y + r + 1)) * w;
        for (int x = 0; x < w; ++x) {
            const int blurred = (int(column[size_t(x)]) * kInverseArea) >> 16;
            row[x] = uchar(std::clamp(2 * int(row[x]) - blurred, 0, 255));
            column[size_t(x)] = quint16(column[size_t(x)] + entering[x] - leaving[x]);
        }
    }
}

} // namespace o2o::luma
