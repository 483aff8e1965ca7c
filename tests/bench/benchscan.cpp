#include "tests/bench/benchscan.h"

#include "core/clock.h"
#include "core/voucherrecord.h"
#include "scanner/qrimage.h"
#include "scanner/scanpipeline.h"
#include "store/redemptionservice.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"
#include "tests/bench/benchutil.h"

#include <QDir>
#include <QEventLoop>
#include <QPainter>
#include <QRandomGenerator>
#include <QTimer>

namespace o2o::bench {

namespace {

constexpr int kCodes = 40; // distinct codes, shown in turn, each for a stretch of frames

QString benchCode(int i) {
    return QStringLiteral("SCAN-BENCH-%1").arg(i, 4, 10, QLatin1Char('0'));
}

// A camera-like frame: grey counter top, sensor noise, the code (if any) somewhere in the middle.
LumaImage frameWith(const QImage& code, QRandomGenerator& random) {
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(QColor(120, 120, 120));
    if (!code.isNull()) {
        QPainter painter(&frame);
        painter.drawImage(QPoint(420 + random.bounded(80), 160 + random.bounded(60)), code);
    }
    for (int y = 0; y < frame.height(); ++y) {
        uchar* line = frame.scanLine(y);
        for (int x = 0; x < frame.width(); x += 3)
            line[x] = uchar(std::clamp(int(line[x]) + random.bounded(-12, 13), 0, 255));
    }
    return LumaImage::fromImage(frame);
}

} // namespace

QJsonObject runScanBenchmark(const QString& workDir, int frames, int fps) {
    QDir(workDir).removeRecursively();
    auto db = Database::open(workDir);
    must(bool(db), "open terminal database");
    {
        auto settings = TerminalSettings::load(**db);
        settings->storeId = QStringLiteral("bench-store");
        must(bool(settings->save(**db)), "save settings");
        VoucherCache cache(**db);
        for (int i = 0; i < kCodes; ++i) {
            VoucherRecord record;
            record.code = benchCode(i);
            record.voucher.id = QStringLiteral("scan-%1").arg(i);
            record.voucher.description = QStringLiteral("Scan bench deal");
            must(bool(cache.upsert(record)), "cache a voucher");
        }
    }

    // Frames made beforehand: the benchmark measures the terminal, not the frame generator.
    QRandomGenerator random(11);
    std::vector<LumaImage> withCode;
    std::vector<LumaImage> withoutCode;
    for (int i = 0; i < kCodes; ++i)
        withCode.push_back(frameWith(renderQrCode(benchCode(i), 360), random));
    for (int i = 0; i < 8; ++i)
        withoutCode.push_back(frameWith(QImage(), random));

    SystemClock clock;
    RedemptionService service(**db, clock);
    ScanPipeline pipeline(DecoderSettings{});
    std::vector<double> decodeWith, decodeWithout, verdictMs;
    qint64 accepted = 0;
    QObject::connect(&pipeline, &ScanPipeline::frameDecoded, [&](const FrameResult& r) {
        (r.codes.empty() ? decodeWithout : decodeWith).push_back(double(r.decodedNs - r.startedNs) / 1e6);
    });
    QObject::connect(&pipeline, &ScanPipeline::codeScanned, [&](const ScannedCode& scanned) {
        RedeemInput input;
        input.code = scanned.code.text;
        auto outcome = service.check(input);
        must(bool(outcome), "check");
        accepted += outcome->verdict.accepted();
        verdictMs.push_back(double(steadyNowNs() - scanned.arrivalNs) / 1e6);
    });

    // Stretches of 12 frames: a code, then an empty counter, so every code leaves the view again.
    QEventLoop loop;
    QTimer camera;
    camera.setTimerType(Qt::PreciseTimer);
    camera.setInterval(1000 / fps);
    int sent = 0;
    QObject::connect(&camera, &QTimer::timeout, [&] {
        if (sent == frames) {
            camera.stop();
            QTimer::singleShot(300, &loop, &QEventLoop::quit);
            return;
        }
        const int stretch = sent / 12;
        pipeline.offer(stretch % 2 == 0 ? withCode[size_t(stretch / 2 % kCodes)]
                                        : withoutCode[size_t(sent % 8)]);
        ++sent;
    });
    camera.start();
    loop.exec();

    QJsonObject result{
        {QStringLiteral("frames"), sent},
        {QStringLiteral("fps"), fps},
        {QStringLiteral("frame_size"), QStringLiteral("1280x720")},
        {QStringLiteral("decoded_frames"), qint64(pipeline.decodedFrames())},
        {QStringLiteral("dropped_frames"), qint64(pipeline.droppedFrames())},
        {QStringLiteral("decode_with_code_p50_ms"), percentile(decodeWith, 0.5)},
        {QStringLiteral("decode_with_code_p99_ms"), percentile(decodeWith, 0.99)},
        {QStringLiteral("decode_without_code_p50_ms"), percentile(decodeWithout, 0.5)},
        {QStringLiteral("decode_without_code_p99_ms"), percentile(decodeWithout, 0.99)},
        {QStringLiteral("verdicts"), qint64(verdictMs.size())},
        {QStringLiteral("verdicts_accepted"), accepted},
        {QStringLiteral("scan_to_verdict_p50_ms"), percentile(verdictMs, 0.5)},
        {QStringLiteral("scan_to_verdict_p99_ms"), percentile(verdictMs, 0.99)},
    };
    db->reset();
    QDir(workDir).removeRecursively();
    return result;
}

} // namespace o2o::bench
