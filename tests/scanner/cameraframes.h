#pragma once

// Camera-like frames with a generated QR code, for tst_barcodedecoder and o2o-bench decode-frames.
// Header-only because the Qt Test target has a single source file; it needs no QGuiApplication (no fonts).

#include "scanner/lumaimage.h"
#include "scanner/qrimage.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace o2o::test {

/** What a camera at the counter does to a code; Clean still tilts it a little. */
enum class FrameCondition {
    Clean,
    Perspective,
    Blur,
    Noise,
    LowContrast,
    Glare,
    LowLight,
    DarkMode,
    Jpeg,
    Small,
    Combined
};

inline constexpr std::array<FrameCondition, 11> kAllConditions = {
    FrameCondition::Clean,    FrameCondition::Perspective, FrameCondition::Blur,
    FrameCondition::Noise,    FrameCondition::LowContrast, FrameCondition::Glare,
    FrameCondition::LowLight, FrameCondition::DarkMode,    FrameCondition::Jpeg,
    FrameCondition::Small,    FrameCondition::Combined};

inline const char* conditionName(FrameCondition c) {
    switch (c) {
    case FrameCondition::Clean:
        return "clean";
    case FrameCondition::Perspective:
        return "perspective";
    case FrameCondition::Blur:
        return "blur";
    case FrameCondition::Noise:
        return "noise";
    case FrameCondition::LowContrast:
        return "low_contrast";
    case FrameCondition::Glare:
        return "glare";
    case FrameCondition::LowLight:
        return "low_light";
    case FrameCondition::DarkMode:
        return "dark_mode";
    case FrameCondition::Jpeg:
        return "jpeg";
    case FrameCondition::Small:
        return "small";
    case FrameCondition::Combined:
        return "combined";
    }
    return "?";
}

namespace frames {

// Separable box blur with clamped edges; three of them approximate a Gaussian (defocus, motion smear).
inline void boxBlur(LumaImage& image, int radius) {
    if (radius <= 0)
        return;
    uchar* p = reinterpret_cast<uchar*>(image.bytes.data());
    const int w = image.width, h = image.height, n = 2 * radius + 1;
    std::vector<uchar> line(size_t(std::max(w, h)));
    const auto run = [&](int count, int length, qsizetype start, qsizetype along, qsizetype across) {
        for (int i = 0; i < count; ++i) {
            uchar* base = p + i * across + start;
            for (int k = 0; k < length; ++k)
                line[size_t(k)] = base[k * along];
            const auto at = [&](int k) { return int(line[size_t(std::clamp(k, 0, length - 1))]); };
            int sum = 0;
            for (int k = -radius; k <= radius; ++k)
                sum += at(k);
            for (int k = 0; k < length; ++k) {
                base[k * along] = uchar((sum + n / 2) / n);
                sum += at(k + radius + 1) - at(k - radius);
            }
        }
    };
    run(h, w, 0, 1, w); // rows
    run(w, h, 0, w, 1); // columns
}

inline double gaussian(QRandomGenerator& rng) {
    const double u = std::max(rng.generateDouble(), 1e-12), v = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
}

inline void addNoise(LumaImage& image, QRandomGenerator& rng, double sigma) {
    for (char& c : image.bytes)
        c = char(uchar(std::clamp(int(std::lround(uchar(c) + sigma * gaussian(rng))), 0, 255)));
}

inline void mapLevels(LumaImage& image, double gain, double offset) {
    for (char& c : image.bytes)
        c = char(uchar(std::clamp(int(std::lround(uchar(c) * gain + offset)), 0, 255)));
}

inline LumaImage jpegRoundTrip(const LumaImage& image, int quality) {
    const QImage grey(reinterpret_cast<const uchar*>(image.bytes.constData()), image.width, image.height,
                      image.width, QImage::Format_Grayscale8);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    grey.save(&buffer, "JPG", quality);
    return LumaImage::fromImage(QImage::fromData(jpeg, "JPG"));
}

// A counter seen from above: a lighting gradient, boxes, receipts with lines of "text" (bars, no fonts).
inline void paintScene(QPainter& painter, QSize size, QRandomGenerator& rng) {
    QLinearGradient light(0, 0, size.width(), size.height());
    light.setColorAt(0, QColor::fromHsv(rng.bounded(360), 40, 70 + rng.bounded(40)));
    light.setColorAt(1, QColor::fromHsv(rng.bounded(360), 40, 150 + rng.bounded(60)));
    painter.fillRect(QRect(QPoint(0, 0), size), light);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 30; ++i) {
        painter.setBrush(QColor::fromHsv(rng.bounded(360), rng.bounded(256), rng.bounded(256)));
        painter.drawRect(rng.bounded(size.width()), rng.bounded(size.height()), 20 + rng.bounded(300),
                         20 + rng.bounded(200));
    }
    for (int r = 0; r < 4; ++r) {
        const QRect receipt(rng.bounded(size.width() - 200), rng.bounded(size.height() - 200), 180, 200);
        painter.setBrush(QColor(235, 235, 230));
        painter.drawRect(receipt);
        painter.setBrush(QColor(40, 40, 40));
        for (int y = receipt.top() + 12; y < receipt.bottom() - 10; y += 14)
            for (int x = receipt.left() + 10; x < receipt.right() - 20; x += 8 + rng.bounded(30))
                painter.drawRect(x, y, 4 + rng.bounded(20), 7);
    }
}

} // namespace frames

/**
 * A frame as the terminal's camera delivers it (an 8-bit luma plane): a cluttered counter and, unless
 * text is empty, a QR code of text on a card (or on a phone in dark mode), placed, tilted and degraded
 * according to condition. The same arguments always give the same frame.
 */
inline LumaImage cameraFrame(const QString& text, FrameCondition condition, quint32 seed,
                             QSize size = QSize(1280, 720)) {
    QRandomGenerator rng(seed);
    QImage canvas(size, QImage::Format_RGB32);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    frames::paintScene(painter, size, rng);

    const bool dark = condition == FrameCondition::DarkMode || condition == FrameCondition::Combined;
    if (!text.isEmpty()) {
        // Eight pixels a module before the transform, so that only the camera's own resampling softens it.
        QImage code = renderQrCode(text, 1, QrErrorCorrection::M); // one pixel a module, with quiet zone
        const int modules = code.width();
        code = code.scaled(modules * 8, modules * 8, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        if (dark)
            code.invertPixels(); // light modules on a dark screen
        const bool small = condition == FrameCondition::Small;
        const double module = small ? 1.6 + rng.generateDouble() * 0.8 : 3.5 + rng.generateDouble() * 3.0;
        const double side = std::min(modules * module, size.height() * 0.9);
        const QPointF centre(size.width() / 2.0 + (rng.generateDouble() - 0.5) * (size.width() - side) * 0.6,
                             size.height() / 2.0 +
                                 (rng.generateDouble() - 0.5) * (size.height() - side) * 0.6);
        // Corners of the code: a square, turned a little, or a trapezoid as a tilted phone gives.
        const double turn = (rng.generateDouble() - 0.5) * 0.5;
        QPolygonF quad;
        for (int k = 0; k < 4; ++k) {
            const double a = turn + 3.141592653589793 * (0.5 * k - 0.75);
            quad << centre + QPointF(std::cos(a), std::sin(a)) * side / std::sqrt(2.0);
        }
        if (condition == FrameCondition::Perspective || condition == FrameCondition::Combined) {
            // Keystone, as a phone tilted away from the camera: the far edge 20-35 % shorter.
            const double squeeze = 0.2 + rng.generateDouble() * 0.15;
            const QPointF inward = (quad[1] - quad[0]) * squeeze / 2;
            quad[0] += inward;
            quad[1] -= inward;
        }
        QTransform toQuad;
        const QRectF source(code.rect());
        const QPolygonF corners{source.topLeft(), source.topRight(), source.bottomRight(),
                                source.bottomLeft()};
        QTransform::quadToQuad(corners, quad, toQuad);
        // The card (or the phone) around the code, then the code itself, smoothly resampled.
        painter.save();
        painter.setTransform(toQuad);
        painter.setBrush(dark ? QColor(18, 18, 22) : QColor(250, 250, 245));
        painter.drawRoundedRect(source.adjusted(-24, -24, 24, 24), 16, 16);
        painter.drawImage(0, 0, code);
        painter.restore();
        if (condition == FrameCondition::Glare) { // a ceiling light reflected on the card's laminate
            QRadialGradient glare(quad[int(rng.bounded(4))] * 0.7 + centre * 0.3, side * 0.45);
            glare.setColorAt(0, QColor(255, 255, 255, 235));
            glare.setColorAt(0.6, QColor(255, 255, 255, 150));
            glare.setColorAt(1, QColor(255, 255, 255, 0));
            painter.setBrush(glare);
            painter.drawEllipse(glare.center(), side * 0.45, side * 0.45);
        }
    }
    painter.end();

    LumaImage luma = LumaImage::fromImage(canvas);
    switch (condition) {
    case FrameCondition::Blur:
        frames::boxBlur(luma, 2);
        frames::boxBlur(luma, 2);
        break;
    case FrameCondition::Noise:
        frames::addNoise(luma, rng, 22);
        break;
    case FrameCondition::LowContrast:
        frames::mapLevels(luma, 0.22, 110);
        frames::addNoise(luma, rng, 2);
        break;
    case FrameCondition::LowLight:
        frames::mapLevels(luma, 0.15, 4);
        frames::addNoise(luma, rng, 3);
        break;
    case FrameCondition::Jpeg:
        luma = frames::jpegRoundTrip(luma, 12);
        break;
    case FrameCondition::Combined:
        frames::boxBlur(luma, 1);
        frames::mapLevels(luma, 0.5, 40);
        frames::addNoise(luma, rng, 8);
        luma = frames::jpegRoundTrip(luma, 30);
        break;
    default:
        frames::addNoise(luma, rng, 3);
        break; // every sensor has some
    }
    return luma;
}

/** A voucher-like text of about `length` characters, different for each seed. */
inline QString voucherText(quint32 seed, int length = 48) {
    QRandomGenerator rng(seed ^ 0x5eed);
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    QString text = QStringLiteral("O2O:");
    while (text.size() < length)
        text.append(QLatin1Char(alphabet[rng.bounded(int(sizeof alphabet - 1))]));
    return text;
}

} // namespace o2o::test
