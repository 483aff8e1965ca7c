// The camera path without a camera: a video made here (ZXing's writer + ffmpeg) played by QMediaPlayer
// into the pipeline's QVideoSink, exactly as a QCamera would feed it.
#include "scanner/qrimage.h"
#include "scanner/scanpipeline.h"
#include "scanner/videofilesource.h"
#include "scanner/videoframeluma.h"
#include "tests/support/testsupport.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace o2o;

namespace {

constexpr int kFps = 30;

// One segment of the film: a code (or nothing) for some frames.
struct Shot {
    QString text; // empty: no code in view
    int frames = 0;
};

// Renders 1280x720 frames (the code drifting a little, as in a hand) and encodes them as H.264 YUV 4:2:0.
// The frames go to ffmpeg raw through a pipe: writing and reading back 113 PNG files took seconds.
QString makeVideo(const QString& dir, const QList<Shot>& shots) {
    const QString video = dir + QStringLiteral("/scan.mp4");
    // RGB32 is the word 0xffRRGGBB: B, G, R, A in memory on a little-endian machine.
    const QString pixels =
        QSysInfo::ByteOrder == QSysInfo::LittleEndian ? QStringLiteral("bgra") : QStringLiteral("argb");
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), pixels,
                  QStringLiteral("-video_size"), QStringLiteral("1280x720"), QStringLiteral("-framerate"),
                  QString::number(kFps), QStringLiteral("-i"), QStringLiteral("-"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video});
    if (!ffmpeg.waitForStarted())
        return {};
    for (const Shot& shot : shots) {
        const QImage code = shot.text.isEmpty() ? QImage() : renderQrCode(shot.text, 300);
        for (int i = 0; i < shot.frames; ++i) {
            QImage frame(1280, 720, QImage::Format_RGB32);
            frame.fill(QColor(235, 230, 220));
            if (!code.isNull()) {
                QPainter painter(&frame);
                painter.drawImage(QPoint(490 + (i % 7) * 3, 210 + (i % 5) * 2), code);
            }
            ffmpeg.write(reinterpret_cast<const char*>(frame.constBits()), frame.sizeInBytes());
            while (ffmpeg.bytesToWrite() > 0)
                if (!ffmpeg.waitForBytesWritten(120000))
                    return {};
        }
    }
    ffmpeg.closeWriteChannel();
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitStatus() != QProcess::NormalExit ||
        ffmpeg.exitCode() != 0)
        return {};
    return video;
}

DecodedCode codeNamed(const QString& text) {
    DecodedCode c;
    c.text = text;
    return c;
}

} // namespace

class TestVideoScan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;
    const QString m_first = QStringLiteral("VIDEO-CODE-ONE");
    const QString m_second = QStringLiteral("VIDEO-CODE-TWO");

private Q_SLOTS:
    void initTestCase() {
        // A code for 1 s, gone for 0.6 s, back for 0.5 s, then a second code for 1 s.
        m_video = makeVideo(m_dir.path(),
                            {{{}, 10}, {m_first, 30}, {{}, 18}, {m_first, 15}, {m_second, 30}, {{}, 10}});
        QVERIFY2(!m_video.isEmpty(),
                 "ffmpeg could not make the test video (is the ffmpeg package installed?)");
    }

    void seenCodesReportOnceUntilGone() {
        SeenCodes seen;
        QCOMPARE(seen.update({codeNamed(QStringLiteral("A"))}, 0).size(), size_t(1));
        QCOMPARE(seen.update({codeNamed(QStringLiteral("A"))}, 33).size(), size_t(0));
        // Missing from a few frames (blur) is not leaving.
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(seen.update({}, 33 + i * 33).size(), size_t(0));
        QCOMPARE(seen.update({codeNamed(QStringLiteral("A"))}, 200).size(), size_t(0));
        // Gone for more than five frames and 400 ms: seen again, it is reported again.
        for (int i = 1; i <= 15; ++i)
            seen.update({}, 200 + i * 33);
        QCOMPARE(seen.update({codeNamed(QStringLiteral("A"))}, 800).size(), size_t(1));
        // Two codes in one frame: both reported.
        QCOMPARE(seen.update({codeNamed(QStringLiteral("A")), codeNamed(QStringLiteral("B"))}, 833).size(),
                 size_t(1));
    }

    void videoThroughTheCameraPath() {
        ScanPipeline pipeline(DecoderSettings{});
        QSignalSpy scanned(&pipeline, &ScanPipeline::codeScanned);
        QList<QVideoFrameFormat::PixelFormat> formats;
        connect(
            pipeline.sink(), &QVideoSink::videoFrameChanged, this,
            [&](const QVideoFrame& frame) { formats.append(frame.pixelFormat()); }, Qt::DirectConnection);
        VideoFileSource source;
        QSignalSpy finished(&source, &VideoFileSource::finished);
        QSignalSpy failed(&source, &VideoFileSource::failed);
        source.play(m_video, pipeline.sink());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || failed.count() == 1, 60000);
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 3, 5000);
        QTest::qWait(300); // nothing more may come from the last frames
        QCOMPARE(scanned.count(), 3);

        QStringList texts;
        for (const QList<QVariant>& args : scanned) {
            const auto s = args.at(0).value<ScannedCode>();
            texts.append(s.code.text);
            QCOMPARE(s.code.format, QStringLiteral("qr"));
            QVERIFY(s.decodedNs >= s.arrivalNs);
            const QRect box =
                QPolygon({s.code.position[0], s.code.position[1], s.code.position[2], s.code.position[3]})
                    .boundingRect();
            QVERIFY2(box.intersects(QRect(480, 200, 330, 320)), "the code's position is where it was drawn");
        }
        QCOMPARE(texts, (QStringList{m_first, m_first, m_second}));
        QVERIFY(pipeline.decodedFrames() >= 30);
        // The FFmpeg backend hands over YUV frames: the decoder read their Y plane without conversion.
        QVERIFY(!formats.isEmpty());
        QVERIFY2(hasLumaPlane(QVideoFrame(QVideoFrameFormat(QSize(16, 16), formats.first()))),
                 qPrintable(QVideoFrameFormat::pixelFormatToString(formats.first())));
    }

    void decodeCommandReadsTheVideo() {
        QTemporaryDir data;
        const auto r =
            test::runTerminal(data.path(), {QStringLiteral("decode"), QStringLiteral("--json"), m_video});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject line = r.json();
        QCOMPARE(line.value(QStringLiteral("file")).toString(), m_video);
        QStringList texts;
        for (const QJsonValue c : line.value(QStringLiteral("codes")).toArray())
            texts.append(c[QStringLiteral("text")].toString());
        QCOMPARE(texts, (QStringList{m_first, m_second}));
        QVERIFY(line.value(QStringLiteral("ms")).toDouble() > 0);
    }

    void scanCommandGivesVerdictsWithLatency() {
        test::TempTerminal terminal;
        terminal.add({test::voucherRecord(m_first)});
        terminal.db.reset(); // the command opens the database itself
        const auto r =
            test::runTerminal(terminal.dataDir(), {QStringLiteral("scan"), QStringLiteral("--video"), m_video,
                                                   QStringLiteral("--redeem"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QStringList expected{QStringLiteral("accepted"), QStringLiteral("already_redeemed"),
                                   QStringLiteral("unknown_code")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            const QString verdict =
                o.value(QStringLiteral("verdict")).toString() == QStringLiteral("accepted")
                    ? QStringLiteral("accepted")
                    : o.value(QStringLiteral("reason")).toString();
            QCOMPARE(verdict, expected.at(i));
            QVERIFY(o.value(QStringLiteral("latency_ms")).toDouble() > 0);
            QVERIFY(!lines.at(i).contains(m_first.toLatin1())); // codes are masked
        }
    }
};

QTEST_MAIN(TestVideoScan)
#include "tst_videoscan.moc"
