#include "scanner/barcodedecoder.h"

#include <ZXing/ReadBarcode.h>

#include <exception>

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

std::vector<DecodedCode> read(const LumaView& frame, const ZXing::DecodeHints& hints) {
    std::vector<DecodedCode> codes;
    if (frame.isNull())
        return codes;
    try {
        const ZXing::ImageView image(frame.data, frame.width, frame.height, ZXing::ImageFormat::Lum,
                                     frame.stride);
        for (const ZXing::Result& r : ZXing::ReadBarcodes(image, hints)) {
            if (!r.isValid())
                continue;
            DecodedCode code;
            code.text = QString::fromStdWString(r.text());
            code.format = formatName(r.format());
            const ZXing::Position& p = r.position();
            for (int i = 0; i < 4; ++i)
                code.position[size_t(i)] = QPoint(p[i].x, p[i].y);
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
    return read(frame, hints);
}

std::vector<DecodedCode> BarcodeDecoder::decode(const LumaView& frame) const {
    // First version: ZXing's default pass. Further passes (inverted, binarizers, scales) come next.
    return decodeWithZxingDefaults(frame, m_settings.formats);
}

} // namespace o2o
