#include "scanner/barcodedecoder.h"

#include "scanner/decodepasses.h"

#include <ZXing/ReadBarcode.h>

#include <QElapsedTimer>

#include <algorithm>
#include <exception>
#include <optional>
#include <span>

namespace o2o {

namespace {

struct FormatName {
    ZXing::BarcodeFormat format;
    const char* name;
};
constexpr FormatName kFormats[] = {
    {ZXing::BarcodeFormat::QRCode, "qr"},
    {ZXing::BarcodeFormat::MicroQRCode, "micro_qr"},
    {ZXing::BarcodeFormat::DataMatrix, "data_matrix"},
    {ZXing::BarcodeFormat::Aztec, "aztec"},
    {ZXing::BarcodeFormat::Code128, "code128"},
    {ZXing::BarcodeFormat::EAN13, "ean13"},
};

ZXing::BarcodeFormats zxingFormats(const QStringList& names) {
    ZXing::BarcodeFormats formats;
    for (const FormatName& f : kFormats)
        if (names.contains(QLatin1StringView(f.name)))
            formats |= f.format;
    return formats;
}

QString formatName(ZXing::BarcodeFormat format) {
    for (const FormatName& f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.name);
    return QStringLiteral("other");
}

// An enlarging pass may look at up to this many pixels even in a smaller frame: a photo of a dense code
// needs all of it enlarged, and ZXing reads 1.5 MP in about 4 ms on the 2-core terminal.
constexpr qsizetype kMinEnlargedPixels = 1'500'000;
// A pass runs only if its estimate, scaled by this, still fits the budget: ZXing's time per pixel varies
// with what it finds (finder-pattern candidates), and the budget is a promise to the scanner thread.
constexpr double kEstimateMargin = 1.25;

struct PassContext {
    const char* name = "default";
    bool inverted = false;
    detail::PassGeometry geometry; // maps ZXing's positions back to the frame
};

std::vector<DecodedCode> read(const LumaView& image, const ZXing::DecodeHints& hints,
                              const PassContext& pass) {
    std::vector<DecodedCode> codes;
    if (image.isNull())
        return codes;
    try {
        const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                    image.stride);
        for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
            if (!r.isValid())
                continue;
            DecodedCode code;
            // std::wstring holds UTF-32 here: the conversion is exact, including NUL and GS characters.
            code.text = QString::fromStdWString(r.text());
            code.format = formatName(r.format());
            const ZXing::Position& p = r.position();
            for (int i = 0; i < 4; ++i)
                code.position[size_t(i)] = pass.geometry.toFrame(QPoint(p[i].x, p[i].y));
            code.inverted = pass.inverted;
            code.pass = QString::fromLatin1(pass.name);
            codes.push_back(std::move(code));
        }
    } catch (const std::exception&) {
        // ZXing throws on misuse only; a frame it cannot handle simply has no code.
    }
    return codes;
}

} // namespace

BarcodeDecoder::BarcodeDecoder(DecoderSettings settings)
    : m_settings(std::move(settings)) {}

QStringList BarcodeDecoder::knownFormats() {
    QStringList names;
    for (const FormatName& f : kFormats)
        names.append(QString::fromLatin1(f.name));
    return names;
}

bool BarcodeDecoder::isKnownFormat(const QString& name) {
    return knownFormats().contains(name);
}

std::vector<DecodedCode> BarcodeDecoder::decodeWithZxingDefaults(const LumaView& frame,
                                                                 const QStringList& formats) {
    ZXing::DecodeHints hints;
    hints.setFormats(zxingFormats(formats));
    PassContext pass;
    pass.geometry.region = QRect(0, 0, frame.width, frame.height);
    pass.geometry.size = pass.geometry.region.size();
    return read(frame, hints, pass);
}

std::vector<DecodedCode> BarcodeDecoder::decode(const LumaView& frame) const {
    if (frame.isNull())
        return {};
    QElapsedTimer clock;
    clock.start();
    std::vector<DecodedCode> codes = decodeWithZxingDefaults(frame, m_settings.formats);
    if (!codes.empty() || m_settings.budgetMs <= 0)
        return codes;

    const QSize frameSize(frame.width, frame.height);
    const qsizetype framePixels = qsizetype(frame.width) * frame.height;
    const qint64 budgetNs = qint64(m_settings.budgetMs) * 1'000'000;
    // Time per pixel of a pass of cost 1 on this frame: the default pass's, raised whenever a pass takes
    // longer than its cost predicted (a noisy frame makes every pass slower).
    double nsPerPixel = double(clock.nsecsElapsed()) / double(framePixels);
    ZXing::DecodeHints hints;
    hints.setFormats(zxingFormats(m_settings.formats));
    const std::span<const detail::DecodePass> passes = detail::extraPasses();
    std::optional<size_t> firstSkipped;
    try {
        for (size_t k = 0; k < passes.size(); ++k) {
            const size_t index = (m_nextPass + k) % passes.size();
            const detail::DecodePass& pass = passes[index];
            const detail::PassGeometry geometry =
                detail::passGeometry(pass, frameSize, std::max(framePixels, kMinEnlargedPixels));
            if (geometry.size.isEmpty())
                continue;
            const qint64 started = clock.nsecsElapsed();
            const double units = double(geometry.pixels()) * pass.cost;
            if (double(started) + nsPerPixel * units * kEstimateMargin > double(budgetNs)) {
                if (!firstSkipped)
                    firstSkipped = index;
                continue; // a cheaper pass further down may still fit
            }
            const detail::PreparedPass prepared = detail::preparePass(frame, pass, geometry);
            hints.setBinarizer(pass.binarizer).setTryHarder(pass.tryHarder);
            codes = read(prepared.view, hints, PassContext{pass.name, pass.invert, geometry});
            nsPerPixel = std::max(nsPerPixel, double(clock.nsecsElapsed() - started) / units);
            if (!codes.empty()) {
                m_nextPass = index; // the next frame most likely shows the same code the same way
                return codes;
            }
        }
    } catch (const std::exception&) {
        // Only an allocation failure for a pass's copy can land here: the frame then has no code.
    }
    m_nextPass = firstSkipped.value_or(0);
    return {};
}

} // namespace o2o
