#include "tests/sync/sandboxserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace o2o::test {

SandboxServer::SandboxServer() = default;

SandboxServer::~SandboxServer() {
    stop();
}

QString SandboxServer::caFile() const {
    return QDir(m_dir.path()).filePath(QStringLiteral("ca.crt"));
}

bool SandboxServer::start() {
    if (running())
        return true;
    m_process.setProgram(qEnvironmentVariable("O2O_SANDBOX"));
    m_process.setArguments({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("serve"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        return false;
    // The server says where it listens once it accepts connections; wait for that line, not for a time.
    static const QRegularExpression kListening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired() && running()) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += m_process.readAllStandardOutput();
        const auto match = kListening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    return false;
}

void SandboxServer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

ProcessResult SandboxServer::admin(const QStringList& args) const {
    return runSandbox(m_dir.path(), args);
}

QString SandboxServer::pairingCode(const QString& store) const {
    return admin({QStringLiteral("pair"), QStringLiteral("--store"), store, QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("pairing_code"))
        .toString();
}

QStringList SandboxServer::issue(const QString& kind, int count, const QStringList& extra,
                                 const QString& store) const {
    const ProcessResult r = admin(QStringList{QStringLiteral("issue"), QStringLiteral("--kind"), kind,
                                              QStringLiteral("--store"), store, QStringLiteral("--count"),
                                              QString::number(count), QStringLiteral("--json")} +
                                  extra);
    QStringList codes;
    for (const QJsonValue v : r.json().value(QStringLiteral("vouchers")).toArray())
        codes.append(v[QStringLiteral("code")].toString());
    return codes;
}

QJsonArray SandboxServer::ledger() const {
    // The events of the counter's business: audit entries (enrollment, sign-ins, ...) are checked through
    // `audit --terminal` and would only shift the counts these tests assert.
    QJsonArray business;
    for (const QJsonValue e : admin({QStringLiteral("ledger"), QStringLiteral("--json")})
                                  .json()
                                  .value(QStringLiteral("events"))
                                  .toArray())
        if (e[QStringLiteral("type")] != QStringLiteral("audit"))
            business.append(e);
    return business;
}

bool SandboxServer::fault(const QString& kind, const QString& path, int count,
                          const QStringList& extra) const {
    return admin(QStringList{QStringLiteral("fault"), QStringLiteral("set"), kind, QStringLiteral("--path"),
                             path, QStringLiteral("--count"), QString::number(count)} +
                 extra)
               .exitCode == 0;
}

bool SyncTerminal::enroll(const SandboxServer& server) {
    const ProcessResult r =
        run({QStringLiteral("enroll"), QStringLiteral("--platform"), server.url(),
             QStringLiteral("--pairing-code"), server.pairingCode(), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("enroll failed: %s", r.err.constData());
    return r.exitCode == 0 && r.json().value(QStringLiteral("enrolled")).toBool();
}

} // namespace o2o::test
