#pragma once

#include "scanner/lumaimage.h"

#include <QPoint>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <vector>

namespace o2o {

/** One code found in a frame: the text ZXing returned, never anything else. */
struct DecodedCode {
    QString text;
    QString format;                 // our names: qr, micro_qr, data_matrix, aztec, code128, ean13
    std::array<QPoint, 4> position; // corners in frame pixels: top-left, top-right, bottom-right, bottom-left
    bool inverted = false;          // light modules on dark (a phone wallet in dark mode)
    QString pass; // which decode pass found it ("default", "inverted", ...): for logs and tuning
};

/** What to look for, and how long one frame may take. */
struct DecoderSettings {
    QStringList formats{QStringLiteral("qr")};
    int budgetMs = 15; // extra passes only while the frame is within this budget; 0: the default pass only
};

/**
 * Finds codes in a luminance plane with ZXing-C++ 1.4, better than its defaults: when ZXing's default
 * pass finds nothing it tries further passes (inverted, sharpened, local contrast, other binarizers,
 * enlarged or halved, the centre region) as long as each one's estimated cost still fits the frame's
 * time budget. Every text it returns is one ZXing returned for some pass.
 *
 * A decoder remembers where its passes stopped: the next frame starts with the first pass the previous
 * one had no time for (or with the pass that last found a code), so that in a live stream every pass
 * gets its turn within a few frames. Thread-compatible: one decoder per thread (one per stream). Never
 * throws.
 */
class BarcodeDecoder {
public:
    explicit BarcodeDecoder(DecoderSettings settings = {});

    /** The codes in one frame: those of the first pass that finds any, or none. */
    std::vector<DecodedCode> decode(const LumaView& frame) const;

    /** ZXing's default settings in one pass: the baseline the benchmarks compare against. */
    static std::vector<DecodedCode> decodeWithZxingDefaults(const LumaView& frame,
                                                            const QStringList& formats);

    /** The format names decode() understands. */
    static QStringList knownFormats();
    static bool isKnownFormat(const QString& name);

private:
    DecoderSettings m_settings;
    mutable size_t m_nextPass = 0; // index into the extra passes where the next frame starts
};

} // namespace o2o
