#pragma once

#include "scanner/lumaimage.h"

#include <QPoint>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace o2o {

/** One code found in a frame: the text ZXing returned, never anything else. */
struct DecodedCode {
    QString text;
    QString format;                 // our names: qr, micro_qr, data_matrix, aztec, code128, ean13
    std::array<QPoint, 4> position; // corners in frame pixels: top-left, top-right, bottom-right, bottom-left
    bool inverted = false;          // light modules on dark (a phone wallet in dark mode)
};

/** What to look for, and how long one frame may take. */
struct DecoderSettings {
    QStringList formats{QStringLiteral("qr")};
    int budgetMs = 15; // extra passes only while the frame is within this budget
};

/**
 * Finds codes in a luminance plane with ZXing-C++ 1.4, better than its defaults: after the default
 * pass it tries further passes (inverted, other binarizers, scales, regions) while the frame's time
 * budget lasts. Thread-compatible: one decoder per thread. Never throws.
 */
class BarcodeDecoder {
public:
    explicit BarcodeDecoder(DecoderSettings settings = {});

    std::vector<DecodedCode> decode(const LumaView& frame) const;

    /** ZXing's default settings in one pass: the baseline the benchmarks compare against. */
    static std::vector<DecodedCode> decodeWithZxingDefaults(const LumaView& frame,
                                                            const QStringList& formats);

    /** The format names decode() understands. */
    static QStringList knownFormats();
    static bool isKnownFormat(const QString& name);

private:
    DecoderSettings m_settings;
};

} // namespace o2o
