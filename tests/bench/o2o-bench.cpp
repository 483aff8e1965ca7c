// o2o-bench: measures the terminal's speed and memory (docs/benchmarks.md).
#include "tests/bench/benchcache.h"
#include "tests/bench/benchcounter.h"
#include "tests/bench/benchday.h"
#include "tests/bench/benchdecode.h"
#include "tests/bench/benchscan.h"
#include "tests/bench/benchsync.h"
#include "tests/bench/benchverify.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <cstdio>

int main(int argc, char** argv) {
    // The scan benchmark runs the camera path's video sink: a GUI application, drawn nowhere.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const auto valueOf = [&](const QString& option, const QString& fallback) {
        const qsizetype at = args.indexOf(option);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString workDir =
        valueOf(QStringLiteral("--work-dir"), QDir::tempPath() + QStringLiteral("/o2o-bench"));
    const auto print = [&](const QJsonObject& result) {
        std::puts(QJsonDocument(result)
                      .toJson(args.contains(QStringLiteral("--json")) ? QJsonDocument::Compact
                                                                      : QJsonDocument::Indented)
                      .constData());
    };
    if (args.value(0) == QStringLiteral("verify")) {
        bool ok = false;
        const qint64 revoked =
            valueOf(QStringLiteral("--revoked"), QStringLiteral("1000000")).toLongLong(&ok);
        const int checks = valueOf(QStringLiteral("--checks"), QStringLiteral("20000")).toInt(&ok);
        if (!ok || revoked < 0 || checks < 100) {
            std::fputs("o2o-bench: --revoked N (>= 0) and --checks N (>= 100)\n", stderr);
            return 2;
        }
        print(o2o::bench::runVerifyBenchmark(workDir, revoked, checks));
        return 0;
    }
    if (args.value(0) == QStringLiteral("counter")) {
        bool ok = false;
        bool allOk = true;
        const int audit = valueOf(QStringLiteral("--audit"), QStringLiteral("1000000")).toInt(&ok);
        allOk = allOk && ok;
        const int sales = valueOf(QStringLiteral("--sales"), QStringLiteral("1000")).toInt(&ok);
        if (!allOk || !ok || audit < 1 || sales < 100) {
            std::fputs("o2o-bench: --audit N (>= 1) and --sales N (>= 100)\n", stderr);
            return 2;
        }
        print(o2o::bench::runCounterBenchmark(workDir, audit, sales));
        return 0;
    }
    if (args.value(0) == QStringLiteral("scan")) {
        bool ok = false;
        const int frames = valueOf(QStringLiteral("--frames"), QStringLiteral("1200")).toInt(&ok);
        const int fps = valueOf(QStringLiteral("--fps"), QStringLiteral("30")).toInt(&ok);
        if (!ok || frames < 100 || fps < 1 || fps > 240) {
            std::fputs("o2o-bench: --frames N (>= 100) and --fps N (1..240)\n", stderr);
            return 2;
        }
        print(o2o::bench::runScanBenchmark(workDir, frames, fps));
        return 0;
    }
    if (args.value(0) == QStringLiteral("sync")) {
        bool ok = false;
        bool allOk = true;
        o2o::bench::SyncBenchOptions options;
        options.vouchers = valueOf(QStringLiteral("--vouchers"), QStringLiteral("1000000")).toLongLong(&ok);
        allOk = allOk && ok;
        options.events = valueOf(QStringLiteral("--events"), QStringLiteral("10000")).toInt(&ok);
        allOk = allOk && ok;
        options.deltaChanges = valueOf(QStringLiteral("--delta"), QStringLiteral("1000")).toInt(&ok);
        allOk = allOk && ok;
        if (!allOk || options.events < 1 || options.deltaChanges < 0 ||
            options.vouchers < qint64(options.events) + options.deltaChanges / 2) {
            std::fputs("o2o-bench: --vouchers N, --events N (>= 1) and --delta N (>= 0), with "
                       "vouchers >= events + delta / 2\n",
                       stderr);
            return 2;
        }
        options.keepWorkDir = args.contains(QStringLiteral("--keep"));
        print(o2o::bench::runSyncBenchmark(workDir, options));
        return 0;
    }
    if (args.value(0) == QStringLiteral("cache")) {
        bool ok = false;
        const qint64 vouchers =
            valueOf(QStringLiteral("--vouchers"), QStringLiteral("100000")).toLongLong(&ok);
        if (!ok || vouchers < 1000) {
            std::fputs("o2o-bench: --vouchers must be at least 1000\n", stderr);
            return 2;
        }
        print(o2o::bench::runCacheBenchmark(workDir, vouchers));
        return 0;
    }
    if (args.value(0) == QStringLiteral("decode-rate")) {
        bool ok = false;
        const int repeat = valueOf(QStringLiteral("--repeat"), QStringLiteral("3")).toInt(&ok);
        const QString dir = args.value(1);
        if (!ok || repeat < 1 || dir.isEmpty() || dir.startsWith(QLatin1Char('-')) || !QDir(dir).exists()) {
            std::fputs("o2o-bench: decode-rate DIR (images with NAME.txt beside them) [--repeat N >= 1]\n",
                       stderr);
            return 2;
        }
        print(o2o::bench::runDecodeRateBenchmark(dir, repeat));
        return 0;
    }
    if (args.value(0) == QStringLiteral("decode-frames")) {
        bool ok = false;
        const int frames = valueOf(QStringLiteral("--frames"), QStringLiteral("30")).toInt(&ok);
        if (!ok || frames < 1) {
            std::fputs("o2o-bench: decode-frames [--frames N >= 1 per condition]\n", stderr);
            return 2;
        }
        print(o2o::bench::runDecodeFramesBenchmark(frames));
        return 0;
    }
    if (args.value(0) == QStringLiteral("day")) {
        bool ok = false;
        bool allOk = true;
        const int redemptions = valueOf(QStringLiteral("--redemptions"), QStringLiteral("100000")).toInt(&ok);
        allOk = allOk && ok;
        const int sales = valueOf(QStringLiteral("--sales"), QStringLiteral("20000")).toInt(&ok);
        if (!allOk || !ok || redemptions < 100 || sales < 0) {
            std::fputs("o2o-bench: day [--redemptions N >= 100] [--sales N >= 0]\n", stderr);
            return 2;
        }
        print(o2o::bench::runDayBenchmark(workDir, redemptions, sales,
                                          args.contains(QStringLiteral("--keep"))));
        return 0;
    }
    std::fputs("Usage: o2o-bench cache --vouchers N [--json] [--work-dir DIR]\n"
               "       o2o-bench verify [--revoked N] [--checks N] [--json] [--work-dir DIR]\n"
               "       o2o-bench scan [--frames N] [--fps N] [--json] [--work-dir DIR]\n"
               "       o2o-bench sync [--vouchers N] [--events N] [--delta N] [--json] [--work-dir DIR]\n"
               "                      [--keep]\n"
               "       o2o-bench decode-rate DIR [--repeat N] [--json]\n"
               "       o2o-bench decode-frames [--frames N] [--json]\n"
               "       o2o-bench day [--redemptions N] [--sales N] [--json] [--work-dir DIR] [--keep]\n",
               stderr);
    return 2;
}
