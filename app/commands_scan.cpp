#include "app/cli.h"
#include "app/jsonviews.h"
#include "app/scanviews.h"
#include "core/codeinput.h"
#include "scanner/scanpipeline.h"
#include "scanner/videofilesource.h"
#include "store/redemptionservice.h"

#include <QEventLoop>
#include <QTimer>

namespace o2o {

namespace {

// After the last frame, the decoder may still be working: wait until it has been idle this long.
constexpr int kDrainIdleMs = 150;

QJsonObject scanVerdictView(const ScannedCode& scanned, const RedemptionOutcome& outcome, double latencyMs) {
    QJsonObject view = outcomeView(outcome);
    view.insert(QStringLiteral("code"), maskCode(scanned.code.text));
    view.insert(QStringLiteral("format"), scanned.code.format);
    view.insert(QStringLiteral("latency_ms"), latencyMs);
    view.insert(QStringLiteral("decode_ms"), double(scanned.decodedNs - scanned.arrivalNs) / 1e6);
    return view;
}

} // namespace

int commandScan(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString video = args.value(QStringLiteral("video"));
    if (video.isEmpty() || !args.positional.isEmpty())
        return reportUsage(
            QStringLiteral("scan needs --video FILE (there is no camera path on the command line yet)"));
    DecoderSettings settings;
    if (const QString error = readFormats(args.value(QStringLiteral("formats")), settings); !error.isEmpty())
        return reportUsage(error);
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    SystemClock clock;
    RedemptionService service(**db, clock);
    const bool redeem = args.has(QStringLiteral("redeem"));
    const bool json = args.has(QStringLiteral("json"));

    ScanPipeline pipeline(settings);
    VideoFileSource source;
    QEventLoop loop;
    int accepted = 0;
    int refused = 0;
    std::optional<Error> failure;
    QObject::connect(&pipeline, &ScanPipeline::codeScanned, &loop, [&](const ScannedCode& scanned) {
        RedeemInput input;
        input.code = scanned.code.text;
        input.cashier = args.value(QStringLiteral("cashier"), QStringLiteral("scanner"));
        auto outcome = redeem ? service.redeem(input) : service.check(input);
        const double latencyMs = double(steadyNowNs() - scanned.arrivalNs) / 1e6;
        if (!outcome) {
            failure = (*db)->explain(outcome.error());
            loop.quit();
            return;
        }
        (outcome->verdict.accepted() ? accepted : refused) += 1;
        if (json)
            printJson(scanVerdictView(scanned, *outcome, latencyMs));
        else
            printLine(QStringLiteral("%1  (%2 ms from frame to verdict)")
                          .arg(outcomeText(*outcome))
                          .arg(latencyMs, 0, 'f', 1));
    });
    QTimer drain;
    drain.setInterval(kDrainIdleMs);
    quint64 decodedAtLastLook = 0;
    QObject::connect(&drain, &QTimer::timeout, &loop, [&] {
        if (pipeline.decodedFrames() == decodedAtLastLook)
            loop.quit();
        decodedAtLastLook = pipeline.decodedFrames();
    });
    QObject::connect(&source, &VideoFileSource::finished, &drain, qOverload<>(&QTimer::start));
    QObject::connect(&source, &VideoFileSource::failed, &loop, [&](const QString& message) {
        failure = Error{ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(video, message)};
        loop.quit();
    });
    source.play(video, pipeline.sink());
    loop.exec();
    if (failure)
        return reportError(*failure);
    if (!json)
        std::fprintf(stderr, "%llu frames decoded, %llu dropped while the decoder was busy\n",
                     static_cast<unsigned long long>(pipeline.decodedFrames()),
                     static_cast<unsigned long long>(pipeline.droppedFrames()));
    return accepted > 0 ? ExitOk : ExitRefused;
}

} // namespace o2o
