#include "app/cli.h"
#include "app/scanviews.h"
#include "scanner/framedecoder.h"
#include "scanner/videofilesource.h"
#include "scanner/videoframeluma.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QTimer>
#include <QVideoSink>

#include <algorithm>

namespace o2o {

namespace {

struct FileResult {
    std::vector<DecodedCode> codes; // distinct texts, in the order first seen
    double ms = 0;                  // an image's decode time; a video's median per frame
    QString error;
};

void addDistinct(std::vector<DecodedCode>& into, const std::vector<DecodedCode>& codes) {
    for (const DecodedCode& c : codes)
        if (std::none_of(into.begin(), into.end(), [&](const DecodedCode& d) { return d.text == c.text; }))
            into.push_back(c);
}

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

FileResult decodeImage(const QImage& image, const BarcodeDecoder& decoder) {
    FileResult result;
    const LumaImage luma = LumaImage::fromImage(image);
    QElapsedTimer t;
    t.start();
    result.codes = decoder.decode(luma.view());
    result.ms = msSince(t);
    return result;
}

// Plays the video through the camera path's sink and decodes every frame it delivers, in this thread.
FileResult decodeVideo(const QString& path, const BarcodeDecoder& decoder) {
    FileResult result;
    std::vector<double> frameMs;
    QVideoSink sink;
    VideoFileSource source;
    QEventLoop loop;
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame& frame) {
        const LumaImage luma = lumaOfVideoFrame(frame);
        QElapsedTimer t;
        t.start();
        addDistinct(result.codes, decoder.decode(luma.view()));
        frameMs.push_back(msSince(t));
    });
    QObject::connect(&source, &VideoFileSource::finished, &loop, &QEventLoop::quit);
    QObject::connect(&source, &VideoFileSource::failed, &loop, [&](const QString& message) {
        result.error = message;
        loop.quit();
    });
    source.play(path, &sink);
    loop.exec();
    if (frameMs.empty() && result.error.isEmpty())
        result.error = QStringLiteral("no video frames");
    if (!frameMs.empty()) {
        std::sort(frameMs.begin(), frameMs.end());
        result.ms = frameMs[frameMs.size() / 2];
    }
    return result;
}

FileResult decodeFile(const QString& path, const BarcodeDecoder& decoder) {
    if (!QFileInfo(path).isFile())
        return FileResult{{}, 0, QStringLiteral("no such file")};
    QImageReader reader(path);
    if (reader.canRead()) {
        const QImage image = reader.read();
        if (image.isNull())
            return FileResult{{}, 0, reader.errorString()};
        return decodeImage(image, decoder);
    }
    return decodeVideo(path, decoder);
}

} // namespace

int commandDecode(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (args.positional.isEmpty())
        return reportUsage(QStringLiteral("decode takes one or more FILEs (images or videos)"));
    DecoderSettings settings;
    if (const QString error = readFormats(args.value(QStringLiteral("formats")), settings); !error.isEmpty())
        return reportUsage(error);
    const BarcodeDecoder decoder(settings);
    int exitCode = ExitOk;
    for (const QString& path : args.positional) {
        const FileResult r = decodeFile(path, decoder);
        if (!r.error.isEmpty())
            exitCode = ExitError;
        else if (r.codes.empty() && exitCode == ExitOk)
            exitCode = ExitRefused;
        if (args.has(QStringLiteral("json"))) {
            QJsonArray codes;
            for (const DecodedCode& c : r.codes)
                codes.append(decodedCodeView(c));
            QJsonObject line{{QStringLiteral("file"), path},
                             {QStringLiteral("codes"), codes},
                             {QStringLiteral("ms"), r.ms}};
            if (!r.error.isEmpty())
                line.insert(QStringLiteral("error"), r.error);
            printJson(line);
        } else if (!r.error.isEmpty()) {
            printLine(QStringLiteral("%1: cannot decode: %2").arg(path, r.error));
        } else if (r.codes.empty()) {
            printLine(QStringLiteral("%1: no code (%2 ms)").arg(path).arg(r.ms, 0, 'f', 1));
        } else {
            for (const DecodedCode& c : r.codes)
                printLine(
                    QStringLiteral("%1: %2 [%3] (%4 ms)").arg(path, c.text, c.format).arg(r.ms, 0, 'f', 1));
        }
    }
    return exitCode;
}

} // namespace o2o
