#pragma once

#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

namespace o2o::test {

/**
 * `o2o-sandbox serve` on 127.0.0.1 for one test, in its own data directory: started on port 0, then
 * stopped and started again on the same port (so enrolled terminals find it again) to play an outage.
 */
class SandboxServer {
public:
    SandboxServer();
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    /** Starts serving; waits for "listening on https://HOST:PORT". */
    bool start();
    void stop();
    bool running() const { return m_process.state() == QProcess::Running; }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString dataDir() const { return m_dir.path(); }
    /** The platform CA the server's certificate chains to (what enrollment pins). */
    QString caFile() const;

    /** An admin command on the platform's data directory (works while serving). */
    ProcessResult admin(const QStringList& args) const;
    QString pairingCode(const QString& store = QStringLiteral("store-1")) const;
    /** Issues vouchers and returns their codes. */
    QStringList issue(const QString& kind, int count = 1, const QStringList& extra = {},
                      const QString& store = QStringLiteral("store-1")) const;
    /** `ledger --json`: the events the platform holds, audit entries left out. */
    QJsonArray ledger() const;
    /** Makes the server misbehave for its next count requests under path. */
    bool fault(const QString& kind, const QString& path, int count = 1, const QStringList& extra = {}) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

/** A terminal data directory for sync tests, driven through the o2o-terminal command line. */
class SyncTerminal {
public:
    ProcessResult run(const QStringList& args) const { return runTerminal(dataDir(), args); }
    QString dataDir() const { return m_dir.path(); }
    /** Enrolls with a fresh pairing code; true when it worked. */
    bool enroll(const SandboxServer& server);
    ProcessResult syncOnce() const {
        return run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    }
    QJsonObject status() const { return run({QStringLiteral("status"), QStringLiteral("--json")}).json(); }
    QString terminalId() const { return status().value(QStringLiteral("terminal_id")).toString(); }
    qint64 pendingEvents() const { return status().value(QStringLiteral("pending_events")).toInteger(-1); }

private:
    QTemporaryDir m_dir;
};

} // namespace o2o::test
