#include "app/cli.h"
#include "app/demodata.h"
#include "app/demostaff.h"
#include "ui/screenshotrunner.h"
#include "ui/terminalui.h"
#include "ui/translations.h"

#include <QDir>
#include <QTemporaryDir>

namespace o2o {

namespace {
Result<QList<QSize>> parseSizes(const QStringList& given) {
    QList<QSize> sizes;
    for (const QString& text : given) {
        const QStringList parts = text.split(u'x');
        const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
            return fail(ErrorCode::InvalidInput, QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 800x480"));
        sizes.append(size);
    }
    return sizes;
}
/** One language at one size, on demo data seeded (vouchers and staff) into a new scratch directory. */
Result<QList<ShotResult>> shootOnFreshDemoData(const QString& outDir, const QString& language, QSize size,
                                               const QString& only) {
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(ErrorCode::Io, QStringLiteral("no temporary directory"));
    if (auto seeded = seedDemoData(scratch.path()); !seeded)
        return Unexpected(seeded.error());
    // With staff, as a store runs: the sign-in shots use them, every other shot has the manager signed in.
    auto staff = seedDemoStaff(scratch.path());
    if (!staff)
        return Unexpected(staff.error());
    TerminalUiOptions options;
    options.dataDir = scratch.path();
    options.sync = false;
    options.camera = false;
    options.firstRunWizard = false;
    TerminalUi ui(options);
    if (!ui.load())
        return fail(ErrorCode::Internal, QStringLiteral("the window did not load"));
    ScreenshotRun run{outDir, {language}, {size}, only, demoStaffPins(*staff), demoManagerId()};
    return takeScreenshots(ui, scratch.path(), run);
}
} // namespace

int commandScreenshots(const CommandContext& context) {
    const CliArgs& args = context.args;
    const QString outDir = args.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return reportUsage(QStringLiteral("--out DIR is required"));
    QStringList languages;
    for (const QString& given : args.all(QStringLiteral("lang"))) {
        const QString language = normalizeUiLanguage(given);
        if (language.isEmpty())
            return reportUsage(QStringLiteral("--lang must be one of: %1").arg(uiLanguages().join(u' ')));
        languages.append(language);
    }
    if (languages.isEmpty())
        languages = uiLanguages();
    QStringList sizeTexts = args.all(QStringLiteral("size"));
    if (sizeTexts.isEmpty())
        sizeTexts = {QStringLiteral("800x480"), QStringLiteral("1920x1080")};
    auto sizes = parseSizes(sizeTexts);
    if (!sizes)
        return reportUsage(sizes.error().message);
    if (!QDir().mkpath(outDir))
        return reportError(Error{ErrorCode::Io, QStringLiteral("cannot create %1").arg(outDir)});

    // Each language and size on fresh demo data in a data directory of its own (the terminal's is never
    // touched): a voucher one round redeemed would otherwise show "already used" in the next round's
    // picture of the same state.
    QList<ShotResult> results;
    for (const QSize& size : *sizes) {
        for (const QString& language : languages) {
            auto taken = shootOnFreshDemoData(outDir, language, size, args.value(QStringLiteral("only")));
            if (!taken)
                return reportError(taken.error());
            results += *taken;
        }
    }
    int written = 0;
    int problems = 0;
    for (const ShotResult& r : results) {
        written += r.saved ? 1 : 0;
        if (!r.saved)
            printLine(QStringLiteral("not written: %1").arg(r.file));
        for (const LayoutProblem& p : r.problems) {
            ++problems;
            printLine(QStringLiteral("%1 %2 %3x%4: %5")
                          .arg(r.shot, r.language)
                          .arg(r.size.width())
                          .arg(r.size.height())
                          .arg(p.describe()));
        }
    }
    printLine(
        QStringLiteral("%1 screenshots in %2, %3 layout problems").arg(written).arg(outDir).arg(problems));
    return written == results.size() && !results.isEmpty() ? ExitOk : ExitRefused;
}

} // namespace o2o
