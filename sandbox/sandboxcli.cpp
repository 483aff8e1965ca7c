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
        "The platform server (docs/protocol.md); the commands below work while it runs:\n"
        "  serve [--listen HOST:PORT]           HTTPS with mutual TLS (default 127.0.0.1:8443; port 0: any\n"
        "                                       free port); prints 'listening on https://HOST:PORT'\n"
        "  pair --store ID [--json]             a one-time pairing code (15 minutes) for enrolling a "
        "terminal\n"
        "  settings --store ID [--offline-max-count N] [--offline-max-value AMOUNT]\n"
        "           [--offline-max-hours H] [--json]   show or change a store's offline budget (-1: no "
        "limit)\n"
        "  devices [--json] | devices revoke|forget DEVICE_ID   enrolled terminals; revoke: 403, forget: "
        "401\n"
        "  ledger [--json]                      every event terminals uploaded, with its outcome\n"
        "  fault set KIND [--count N] [--path PREFIX] [--seconds S] [--retry-after S] | fault clear | fault "
        "list\n"
        "        KIND: reset_before, reset_mid_response, stall, status_500, status_503, status_429,\n"
        "        truncated_json, malformed_json (the server's next N requests under PREFIX, default /v1/)\n\n"
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
    if (command == QStringLiteral("serve"))
        return commandServe(context);
    if (command == QStringLiteral("pair"))
        return commandPair(context);
    if (command == QStringLiteral("settings"))
        return commandSettings(context);
    if (command == QStringLiteral("devices"))
        return commandDevices(context);
    if (command == QStringLiteral("ledger"))
        return commandLedger(context);
    if (command == QStringLiteral("fault"))
        return commandFault(context);
    return reportUsage(QStringLiteral("unknown command '%1'").arg(command.left(40)));
}

} // namespace o2o::sandbox
