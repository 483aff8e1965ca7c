#include "tests/bench/benchdecode.h"
#include "tests/bench/benchutil.h"
#include "tests/scanner/cameraframes.h"

#include "scanner/barcodedecoder.h"
#include "scanner/lumaimage.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QMap>

#include <zbar.h>

#include <functional>
#include <vector>

namespace o2o::bench {

namespace {

using namespace zbar; // zbar.h puts its C API in this namespace when compiled as C++

/** ZBar 0.23 set to QR codes only, as a second baseline. Its texts are UTF-8 after its own charset guess. */
class ZbarReader {
public:
    ZbarReader()
        : m_scanner(zbar_image_scanner_create()) {
        zbar_image_scanner_set_config(m_scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
        zbar_image_scanner_set_config(m_scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    }
    ~ZbarReader() { zbar_image_scanner_destroy(m_scanner); }
    ZbarReader(const ZbarReader&) = delete;
    ZbarReader& operator=(const ZbarReader&) = delete;

    std::vector<QByteArray> read(const LumaView& frame) const {
        // ZBar wants a packed plane; our planes are packed already except a video frame's.
        const LumaImage packed = LumaImage::copyOf(frame);
        zbar_image_t* image = zbar_image_create();
        zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
        zbar_image_set_size(image, unsigned(packed.width), unsigned(packed.height));
        zbar_image_set_data(image, packed.bytes.constData(), unsigned(packed.bytes.size()), nullptr);
        std::vector<QByteArray> texts;
        if (zbar_scan_image(m_scanner, image) > 0)
            for (const zbar_symbol_t* s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s))
                texts.emplace_back(zbar_symbol_get_data(s), qsizetype(zbar_symbol_get_data_length(s)));
        zbar_image_destroy(image);
        return texts;
    }

private:
    zbar_image_scanner_t* m_scanner;
};

using Reader = std::function<std::vector<QByteArray>(const LumaView&)>;

std::vector<QByteArray> utf8Texts(const std::vector<DecodedCode>& codes) {
    std::vector<QByteArray> texts;
    for (const DecodedCode& c : codes)
        texts.push_back(c.text.toUtf8());
    return texts;
}

/** One decoder's score on a set of images, and its time per image. */
struct Tally {
    int correct = 0;
    int wrong = 0;
    int none = 0;
    std::vector<double> ms;

    /** Scores one image; returns whether the expected text was among the decoder's texts. */
    bool add(const std::vector<QByteArray>& texts, const QByteArray& expected) {
        const bool right = std::find(texts.begin(), texts.end(), expected) != texts.end();
        if (right)
            ++correct;
        else if (texts.empty())
            ++none;
        else
            ++wrong;
        return right;
    }

    QJsonObject json() const {
        QJsonObject o{{QStringLiteral("correct"), correct},
                      {QStringLiteral("wrong"), wrong},
                      {QStringLiteral("none"), none}};
        if (!ms.empty()) {
            o.insert(QStringLiteral("p50_ms"), percentile(ms, 0.50));
            o.insert(QStringLiteral("p99_ms"), percentile(ms, 0.99));
        }
        return o;
    }
};

/** Decodes `repeat` times, keeping every time and the first run's texts. */
std::vector<QByteArray> timedRead(const Reader& reader, const LumaView& frame, int repeat, Tally& tally) {
    std::vector<QByteArray> texts;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::vector<QByteArray> t = reader(frame);
        tally.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i == 0)
            texts = std::move(t);
    }
    return texts;
}

struct Readers {
    ZbarReader zbar;
    std::vector<std::pair<QString, Reader>> all;
    Readers() {
        // A fresh decoder for each image: what one frame alone gives, whatever the frames before it were.
        all = {
            {QStringLiteral("ours"), [](const LumaView& f) { return utf8Texts(BarcodeDecoder().decode(f)); }},
            {QStringLiteral("zxing_default"),
             [](const LumaView& f) {
                 return utf8Texts(BarcodeDecoder::decodeWithZxingDefaults(f, {QStringLiteral("qr")}));
             }},
            {QStringLiteral("zbar"), [this](const LumaView& f) { return zbar.read(f); }}};
    }
};

QStringList imagesWithText(const QString& dir) {
    static const QStringList kImageSuffixes = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                               QStringLiteral("jpeg"), QStringLiteral("webp"),
                                               QStringLiteral("bmp"),  QStringLiteral("gif")};
    QStringList images;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (kImageSuffixes.contains(info.suffix().toLower()) &&
            QFileInfo::exists(info.path() + QLatin1Char('/') + info.completeBaseName() +
                              QStringLiteral(".txt")))
            images.append(info.filePath());
    }
    images.sort();
    return images;
}

} // namespace

QJsonObject runDecodeRateBenchmark(const QString& dir, int repeat) {
    Readers readers;
    std::vector<Tally> tallies(readers.all.size());
    QMap<QString, int> oursByPass;
    QJsonArray failures, unreadable;
    const QStringList images = imagesWithText(dir);
    for (const QString& path : images) {
        const QFileInfo info(path);
        const QString name =
            QDir(QFileInfo(dir).absoluteFilePath()).relativeFilePath(info.absoluteFilePath());
        QFile expectedFile(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt"));
        const LumaImage luma = LumaImage::fromImage(QImage(path));
        if (luma.bytes.isEmpty() || !expectedFile.open(QIODevice::ReadOnly)) {
            unreadable.append(name); // counted as a miss for every decoder
            for (Tally& t : tallies)
                ++t.none;
            continue;
        }
        const QByteArray expected = expectedFile.readAll();
        for (size_t d = 0; d < readers.all.size(); ++d) {
            const bool right =
                tallies[d].add(timedRead(readers.all[d].second, luma.view(), repeat, tallies[d]), expected);
            if (d == 0 && !right)
                failures.append(name);
        }
        for (const DecodedCode& c : BarcodeDecoder().decode(luma.view()))
            if (c.text.toUtf8() == expected)
                ++oursByPass[c.pass];
    }
    QJsonObject result{{QStringLiteral("images"), int(images.size())}};
    for (size_t d = 0; d < readers.all.size(); ++d)
        result.insert(readers.all[d].first, tallies[d].json());
    QJsonObject passes;
    for (auto it = oursByPass.cbegin(); it != oursByPass.cend(); ++it)
        passes.insert(it.key(), it.value());
    result.insert(QStringLiteral("ours_by_pass"), passes);
    result.insert(QStringLiteral("failures"), failures);
    if (!unreadable.isEmpty())
        result.insert(QStringLiteral("unreadable"), unreadable);
    return result;
}

QJsonObject runDecodeFramesBenchmark(int framesPerCondition) {
    Readers readers;
    QJsonObject byCondition;
    std::vector<Tally> withCode(readers.all.size()), withoutCode(readers.all.size());
    Tally oursThreeFrames, oursStreamNoCode;
    // An empty counter watched for a while: one decoder sees every empty frame, as the scanner thread
    // would, so its passes rotate from frame to frame.
    const BarcodeDecoder watching;
    constexpr int kBurst = 3; // frames of one scene: 100 ms at 30 fps
    for (test::FrameCondition condition : test::kAllConditions) {
        std::vector<Tally> here(readers.all.size());
        Tally hereThreeFrames;
        for (int i = 0; i < framesPerCondition; ++i) {
            const quint32 seed = quint32(i) * 7919u + quint32(condition) * 104729u + 1u;
            const QString text = test::voucherText(seed, 24 + int(seed % 120));
            const QByteArray expected = text.toUtf8();
            const LumaImage frame = test::cameraFrame(text, condition, seed);
            const LumaImage empty = test::cameraFrame(QString(), condition, seed);
            for (size_t d = 0; d < readers.all.size(); ++d) {
                const std::vector<QByteArray> texts =
                    timedRead(readers.all[d].second, frame.view(), 1, withCode[d]);
                here[d].add(texts, expected);
                withCode[d].add(texts, expected);
                // A frame without a code must give nothing; any text there counts as wrong.
                withoutCode[d].add(timedRead(readers.all[d].second, empty.view(), 1, withoutCode[d]), {});
            }
            // The same scene in consecutive frames of a stream, one decoder: passes carry over.
            const BarcodeDecoder stream;
            std::vector<QByteArray> seen;
            for (int f = 0; f < kBurst && std::find(seen.begin(), seen.end(), expected) == seen.end(); ++f)
                for (const QByteArray& t : utf8Texts(stream.decode(frame.view())))
                    seen.push_back(t);
            hereThreeFrames.add(seen, expected);
            oursThreeFrames.add(seen, expected);
            const Reader watch = [&](const LumaView& f) { return utf8Texts(watching.decode(f)); };
            oursStreamNoCode.add(timedRead(watch, empty.view(), 1, oursStreamNoCode), {});
        }
        QJsonObject counts;
        for (size_t d = 0; d < readers.all.size(); ++d) {
            QJsonObject c = here[d].json();
            c.remove(QStringLiteral("p50_ms"));
            c.remove(QStringLiteral("p99_ms"));
            counts.insert(readers.all[d].first, c);
        }
        counts.insert(QStringLiteral("ours_3_frames"), hereThreeFrames.json());
        byCondition.insert(QString::fromLatin1(test::conditionName(condition)), counts);
    }
    QJsonObject totals;
    for (size_t d = 0; d < readers.all.size(); ++d) {
        QJsonObject t = withCode[d].json();
        t.insert(QStringLiteral("no_code_p50_ms"), percentile(withoutCode[d].ms, 0.50));
        t.insert(QStringLiteral("no_code_p99_ms"), percentile(withoutCode[d].ms, 0.99));
        t.insert(QStringLiteral("no_code_texts"), withoutCode[d].wrong); // false reads on empty scenes
        totals.insert(readers.all[d].first, t);
    }
    totals.insert(QStringLiteral("ours_3_frames"), oursThreeFrames.json());
    QJsonObject stream = oursStreamNoCode.json();
    stream.insert(QStringLiteral("no_code_texts"), oursStreamNoCode.wrong);
    totals.insert(QStringLiteral("ours_stream_no_code"), stream);
    return QJsonObject{{QStringLiteral("frame"), QStringLiteral("1280x720")},
                       {QStringLiteral("frames_per_condition"), framesPerCondition},
                       {QStringLiteral("conditions"), byCondition},
                       {QStringLiteral("total"), totals}};
}

} // namespace o2o::bench
