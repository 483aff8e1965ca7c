#include "sandbox/sandboxcli.h"

#include <QJsonDocument>

#include <cstdio>

namespace o2o::sandbox {

QString sandboxUsage() {
    return QStringLiteral(
        "Usage: o2o-sandbox [--data-dir DIR] COMMAND\n"
        "The reference platform for tests and demos (default data dir: $O2O_SANDBOX_DIR).\n\n"
        "Commands:\n"
        "  keys new [--valid-days N] [--json]   a new voucher signing key\n"
        "  keys list [--json]                   the signing keys, root key fingerprint, merchant\n"
        "  keys export --out FILE [--json]      the signed trust list for 'o2o-terminal trust import'\n"
        "  issue --kind K --store ID [--value AMOUNT] [--uses N] [--count N] [--currency CUR]\n"
        "        [--valid-days N] [--signed] [--rotating] [--json]\n"
        "  revoke CODE_OR_ID                    revoke a voucher (export the trust list again)\n"
        "  wallet CODE [--at-offset SECONDS] [--json]   the rotating code a customer's phone shows\n\n"
        "Exit codes: 0 done, 2 usage or system error.\n");
}

void printJson(const QJsonObject& object) {
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int reportError(const Error& error) {
    std::fprintf(stderr, "o2o-sandbox: %s\n", error.message.toUtf8().constData());
    return 2;
}

int reportUsage(const QString& message) {
    std::fprintf(stderr, "o2o-sandbox: %s\nRun 'o2o-sandbox --help' for the commands.\n",
                 message.toUtf8().constData());
    return 2;
}

Result<std::unique_ptr<PlatformStore>> openStore(const SandboxContext& context) {
    if (context.dataDir.isEmpty())
        return fail(ErrorCode::Usage, QStringLiteral("give --data-dir DIR or set O2O_SANDBOX_DIR"));
    return PlatformStore::open(context.dataDir);
}

int runSandboxCommand(const QString& command, const SandboxContext& context) {
    if (command == QStringLiteral("keys"))
        return commandKeys(context);
    if (command == QStringLiteral("issue"))
        return commandIssue(context);
    if (command == QStringLiteral("revoke"))
        return commandRevoke(context);
    if (command == QStringLiteral("wallet"))
        return commandWallet(context);
    return reportUsage(QStringLiteral("unknown command '%1'").arg(command.left(40)));
}

} // namespace o2o::sandbox
