#include "app/cli.h"
#include "store/trustimport.h"

#include <QFile>
#include <QJsonObject>

namespace o2o {

namespace {
constexpr qint64 kMaxTrustFileBytes = 512LL * 1024 * 1024; // 1M revocations take about 33 MB
}

int commandTrustImport(const CommandContext& context) {
    const CliArgs& args = context.args;
    if (args.positional.size() != 1)
        return reportUsage(QStringLiteral("trust import takes one FILE (a signed trust list)"));
    const QString path = args.positional.first();
    QFile file;
    if (auto r = openInputFile(file, path); !r)
        return reportError(r.error());
    // Read one byte past the limit: a pipe has no size to check first.
    const QByteArray content = file.read(kMaxTrustFileBytes + 1);
    if (content.size() > kMaxTrustFileBytes)
        return reportRefusedOrError(Error{
            ErrorCode::InvalidInput, QStringLiteral("%1 is larger than any trust list can be").arg(path)});
    auto db = Database::open(context.dataDir);
    if (!db)
        return reportError(db.error());
    auto summary = importTrustFile(**db, content);
    if (!summary)
        return reportRefusedOrError((*db)->explain(summary.error()));
    if (args.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("sequence"), summary->sequence},
                              {QStringLiteral("keys"), summary->keys},
                              {QStringLiteral("revoked"), summary->revoked},
                              {QStringLiteral("root_fingerprint"), summary->rootFingerprint},
                              {QStringLiteral("first_trust"), summary->firstTrust},
                              {QStringLiteral("unchanged"), summary->unchanged}});
        return ExitOk;
    }
    if (summary->unchanged) {
        printLine(QStringLiteral("This trust list (sequence %1) is already held; nothing changed.")
                      .arg(summary->sequence));
        return ExitOk;
    }
    printLine(QStringLiteral("Trust list %1 imported: %2 signing keys, %3 revoked vouchers.")
                  .arg(summary->sequence)
                  .arg(summary->keys)
                  .arg(summary->revoked));
    if (summary->firstTrust)
        printLine(
            QStringLiteral("Platform root key pinned: %1. Compare it with the platform's before going live.")
                .arg(summary->rootFingerprint));
    return ExitOk;
}

} // namespace o2o
