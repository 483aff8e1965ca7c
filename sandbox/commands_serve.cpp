#include "sandbox/sandboxcli.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxserver.h"

namespace o2o::sandbox {

namespace {

// HOST:PORT, with an IPv6 host in brackets ([::1]:8443).
bool parseListen(const QString& text, ServeOptions& options) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || host.isEmpty())
        return false;
    options.host = host;
    options.port = port;
    return true;
}

} // namespace

int commandServe(const SandboxContext& context) {
    const CliArgs& args = context.args;
    if (!args.positional.isEmpty())
        return reportUsage(QStringLiteral("serve takes --listen HOST:PORT only"));
    if (context.dataDir.isEmpty())
        return reportUsage(QStringLiteral("give --data-dir DIR or set O2O_SANDBOX_DIR"));
    ServeOptions options;
    options.dataDir = context.dataDir;
    if (args.values.contains(QStringLiteral("listen")) &&
        !parseListen(args.value(QStringLiteral("listen")), options))
        return reportUsage(QStringLiteral("--listen must be HOST:PORT (PORT 0: any free port)"));
    // For tests of the request deadline, which would otherwise wait out the full kRequestDeadline.
    if (const QString deadline = qEnvironmentVariable("O2O_SANDBOX_REQUEST_DEADLINE_MS");
        !deadline.isEmpty()) {
        bool ok = false;
        const int ms = deadline.toInt(&ok);
        if (!ok || ms < 1 || ms > 600000)
            return reportUsage(QStringLiteral("O2O_SANDBOX_REQUEST_DEADLINE_MS must be 1 to 600000"));
        options.requestDeadline = std::chrono::milliseconds(ms);
        qCInfo(lcSandbox, "request deadline %d ms (O2O_SANDBOX_REQUEST_DEADLINE_MS)", ms);
    }
    if (auto r = runServer(options); !r)
        return reportError(r.error());
    return 0;
}

} // namespace o2o::sandbox
