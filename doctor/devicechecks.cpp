// Camera, decoding a test frame, the handheld scanner's settings.
#include "doctor/doctorchecks.h"
#include "scanner/barcodedecoder.h"
#include "scanner/qrimage.h"
#include "scanner/videoframeluma.h"
#include "scanner/wedgedetector.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <cstring>

namespace o2o::doctor {

namespace {

const QString kTestText = QStringLiteral("O2O-DOCTOR-TEST-FRAME");

/** The QR image as a camera would deliver it: a YUV 4:2:0 frame (grey: luma only, chroma neutral). */
QVideoFrame cameraLikeFrame(const QImage& image) {
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const QSize size(grey.width() & ~1, grey.height() & ~1);
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_YUV420P));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < size.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), grey.constScanLine(y),
                    size_t(size.width()));
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    frame.unmap();
    return frame;
}

CheckResult cameraCheck() {
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty())
        return warn(QStringLiteral("camera"), QStringLiteral("no camera found"),
                    QStringLiteral("connect a USB camera (UVC) and check `ls /dev/video*`; the terminal user "
                                   "needs the video group. A handheld scanner alone also works."));
    QStringList names;
    for (const QCameraDevice& c : cameras)
        names.append(c.description());
    return pass(QStringLiteral("camera"),
                QStringLiteral("%1 camera(s): %2; default: %3")
                    .arg(cameras.size())
                    .arg(names.join(QStringLiteral(", ")), QMediaDevices::defaultVideoInput().description()));
}

CheckResult decodeCheck() {
    const QString name = QStringLiteral("camera_decode");
    const QImage qr = renderQrCode(kTestText, 240);
    const QString hint =
        QStringLiteral("reinstall the package (libzxing2 and Qt Multimedia must match the build)");
    if (qr.isNull())
        return failed(name, QStringLiteral("the QR writer could not render a test code"), hint);
    const QVideoFrame frame = cameraLikeFrame(qr);
    if (!frame.isValid())
        return failed(name, QStringLiteral("a video frame could not be made for the test code"), hint);
    const LumaImage luma = lumaOfVideoFrame(frame);
    BarcodeDecoder decoder;
    const auto codes = decoder.decode(luma.view());
    if (codes.size() != 1 || codes.front().text != kTestText)
        return failed(
            name,
            QStringLiteral("a generated test code was not read back (%1 code(s) found)").arg(codes.size()),
            hint);
    return pass(
        name,
        QStringLiteral("a generated %1x%2 YUV test frame decoded").arg(frame.width()).arg(frame.height()));
}

QString suffixName(WedgeSuffix suffix) {
    switch (suffix) {
    case WedgeSuffix::Enter:
        return QStringLiteral("enter");
    case WedgeSuffix::Tab:
        return QStringLiteral("tab");
    case WedgeSuffix::None:
        return QStringLiteral("none");
    }
    return {};
}

CheckResult wedgeCheck(const QString& spec) {
    const QString name = QStringLiteral("handheld_scanner");
    auto settings = parseWedgeSettings(spec);
    if (!settings)
        return warn(name,
                    QStringLiteral("O2O_WEDGE is not valid (%1): the defaults are used")
                        .arg(settings.error().message),
                    QStringLiteral("fix wedge= in /etc/o2o-terminal/terminal.conf or O2O_WEDGE, e.g. "
                                   "\"suffix=enter,maxgap=35,minlength=4,endgap=60\""));
    const WedgeSettings s = settings->sanitized();
    return pass(name, QStringLiteral("%1: suffix=%2, maxgap=%3 ms, minlength=%4, endgap=%5 ms")
                          .arg(spec.isEmpty() ? QStringLiteral("defaults") : QStringLiteral("O2O_WEDGE"),
                               suffixName(s.suffix))
                          .arg(s.maxGapMs)
                          .arg(s.minLength)
                          .arg(s.endGapMs));
}

} // namespace

void deviceChecks(Context& context, QList<CheckResult>& out) {
    out.append(cameraCheck());
    out.append(decodeCheck());
    out.append(wedgeCheck(context.options.wedgeSpec));
}

} // namespace o2o::doctor
