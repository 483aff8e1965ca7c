#include "tests/bench/benchsync.h"
#include "tests/bench/benchutil.h"

#include "core/clock.h"
#include "store/outbox.h"
#include "store/redemptionservice.h"
#include "store/syncstate.h"
#include "store/vouchercache.h"
#include "sync/enrolledclient.h"
#include "sync/uploader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace o2o::bench {

namespace {

constexpr int kIssueChunk = 100'000; // `o2o-sandbox issue --count` takes at most this many
const QString kStore = QStringLiteral("bench-store");

QString binary(const char* variable, const char* name) {
    const QString fromEnv = qEnvironmentVariable(variable);
    return fromEnv.isEmpty() ? QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(name))
                             : fromEnv;
}

QJsonObject jsonOf(const QByteArray& out) {
    return QJsonDocument::fromJson(out).object();
}

/** A command run to its end: for the set-up and checks outside the timed parts. */
QByteArray runChecked(const QString& program, const QStringList& args, const char* what) {
    QProcess process;
    process.start(program, args);
    must(process.waitForStarted(10'000), what);
    process.closeWriteChannel();
    must(process.waitForFinished(-1), what);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fputs(process.readAllStandardError().constData(), stderr);
        must(false, what);
    }
    return process.readAllStandardOutput();
}

/** What one measured child process did, from wait4(): only that process's own resources. */
struct Measured {
    QByteArray out;
    double seconds = 0;
    double cpuSeconds = 0;
    double peakRssMb = 0;
    double writtenMb = 0; // what the process sent towards the disk (ru_oublock: 512-byte blocks)
};

// posix_spawn + wait4 rather than QProcess: QProcess reaps its children itself and cannot say how much
// memory the child used, and getrusage(RUSAGE_CHILDREN) would mix in every other child of this program.
Measured runMeasured(const QString& program, const QStringList& args, const QString& errFile,
                     const char* what) {
    std::vector<QByteArray> argBytes{QFile::encodeName(program)};
    for (const QString& a : args)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int pipeFds[2];
    must(pipe2(pipeFds, O_CLOEXEC) == 0, "pipe");
    const QByteArray errPath = QFile::encodeName(errFile);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    Measured m;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned =
        posix_spawn(&pid, argBytes.front().constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    must(spawned == 0, what);
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(pipeFds[0], buffer, sizeof buffer);
        if (n > 0)
            m.out.append(buffer, n);
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    pid_t waited = -1;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (waited != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile err(errFile);
        if (err.open(QIODevice::ReadOnly))
            std::fputs(err.readAll().right(4000).constData(), stderr);
        must(false, what);
    }
    m.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    m.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    m.writtenMb = double(usage.ru_oublock) * 512.0 / (1024.0 * 1024.0);
    return m;
}

/** `o2o-sandbox serve` on 127.0.0.1:0 in its own data directory, its request log kept in a file. */
class Platform {
public:
    explicit Platform(const QString& dir)
        : m_dir(dir)
        , m_program(binary("O2O_SANDBOX", "o2o-sandbox")) {}
    ~Platform() { stop(); }
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    void start() {
        m_process.setProgram(m_program);
        m_process.setArguments({QStringLiteral("--data-dir"), m_dir, QStringLiteral("serve"),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_process.setStandardErrorFile(logFile());
        m_process.start();
        must(m_process.waitForStarted(10'000), "start o2o-sandbox serve");
        static const QRegularExpression kListening(
            QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"));
        QByteArray out;
        const QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
            out += m_process.readAllStandardOutput();
            if (const auto match = kListening.match(QString::fromUtf8(out)); match.hasMatch()) {
                m_url = match.captured(1);
                return;
            }
        }
        must(false, "o2o-sandbox serve says where it listens");
    }
    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
    QByteArray admin(const QStringList& args, const char* what) const {
        return runChecked(m_program, QStringList{QStringLiteral("--data-dir"), m_dir} + args, what);
    }
    const QString& url() const { return m_url; }

    /** Requests the server logged ("POST /v1/events 200") whose line contains this text. */
    qint64 logged(const QByteArray& request) const {
        QFile log(logFile());
        return log.open(QIODevice::ReadOnly) ? log.readAll().count(request) : 0;
    }
    /** The server logs a request after its answer went out: wait until it has logged at least n. */
    qint64 loggedAtLeast(const QByteArray& request, qint64 n) const {
        const QDeadlineTimer deadline(5'000);
        qint64 seen = logged(request);
        while (seen < n && !deadline.hasExpired()) {
            QThread::msleep(5);
            seen = logged(request);
        }
        return seen;
    }
    /** The server's CPU time so far (user + system), from /proc. */
    double cpuSeconds() const {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    /** The server's peak resident memory (VmHWM): for context, it is not the terminal's. */
    double peakRssMb() const {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return double(line.mid(6).trimmed().split(' ').first().toLongLong()) / 1024.0;
        return -1;
    }

private:
    QString logFile() const { return QDir(m_dir).filePath(QStringLiteral("serve.log")); }

    QString m_dir;
    QString m_program;
    QProcess m_process;
    QString m_url;
};

/** Issues count single-use vouchers for the bench store in chunks; returns the codes of the first keep. */
QStringList issue(const Platform& platform, qint64 count, qint64 keep) {
    QStringList kept;
    for (qint64 done = 0; done < count;) {
        const qint64 chunk = std::min<qint64>(kIssueChunk, count - done);
        const QByteArray out =
            platform.admin({QStringLiteral("issue"), QStringLiteral("--kind"), QStringLiteral("single_use"),
                            QStringLiteral("--store"), kStore, QStringLiteral("--count"),
                            QString::number(chunk), QStringLiteral("--json")},
                           "o2o-sandbox issue");
        if (kept.size() < keep) {
            const QJsonArray vouchers = jsonOf(out).value(QStringLiteral("vouchers")).toArray();
            for (qsizetype i = 0; i < vouchers.size() && kept.size() < keep; ++i)
                kept.append(vouchers.at(i)[QStringLiteral("code")].toString());
        }
        done += chunk;
    }
    must(kept.size() == keep, "the issued codes are printed");
    return kept;
}

struct Pull {
    Measured run;
    qint64 pages = 0;
    qint64 vouchers = 0;
    qint64 removed = 0;
    double serverCpuSeconds = 0;
};

/** One `o2o-terminal sync --once`, the way a terminal (or its window's worker) runs a cycle. */
Pull pull(const Platform& platform, const QString& terminalDir, const char* what) {
    Pull p;
    const double serverCpu = platform.cpuSeconds();
    p.run = runMeasured(binary("O2O_TERMINAL", "o2o-terminal"),
                        {QStringLiteral("--data-dir"), terminalDir, QStringLiteral("sync"),
                         QStringLiteral("--once"), QStringLiteral("--json")},
                        QDir(terminalDir).filePath(QStringLiteral("sync.log")), what);
    p.serverCpuSeconds = platform.cpuSeconds() - serverCpu;
    const QJsonObject downloaded = jsonOf(p.run.out).value(QStringLiteral("downloaded")).toObject();
    p.pages = downloaded.value(QStringLiteral("pages")).toInteger(-1);
    p.vouchers = downloaded.value(QStringLiteral("vouchers")).toInteger(-1);
    p.removed = downloaded.value(QStringLiteral("removed")).toInteger(-1);
    return p;
}

qint64 cachedVouchers(const QString& terminalDir) {
    auto db = Database::open(terminalDir);
    must(bool(db), "open the terminal database");
    auto count = VoucherCache(**db).count();
    must(bool(count), "count the cached vouchers");
    return *count;
}

double fileMb(const QString& path) {
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

struct Upload {
    UploadReport report;
    double seconds = 0;
    qint64 requests = 0;
    qint64 pendingBefore = 0;
    qint64 pendingAfter = -1;
    double redeemSeconds = 0;
    double cpuSeconds = 0;       // this process during the upload (the Uploader runs on this thread)
    double serverCpuSeconds = 0; // the sandbox during the upload
};

double ownCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/** Offline redemptions through RedemptionService (untimed), then the engine's upload of them (timed). */
Upload upload(const Platform& platform, const QString& terminalDir, const QStringList& codes) {
    Upload u;
    auto db = Database::open(terminalDir);
    must(bool(db), "open the terminal database");
    SystemClock clock;
    u.redeemSeconds = secondsOf([&] {
        RedemptionService service(**db, clock);
        RedeemInput input;
        input.cashier = QStringLiteral("bench");
        for (const QString& code : codes) {
            input.code = code;
            auto outcome = service.redeem(input);
            must(outcome && outcome->verdict.accepted(), "an offline redemption is accepted");
        }
    });
    Outbox outbox(**db);
    u.pendingBefore = outbox.pending().value_or(-1);
    must(u.pendingBefore == codes.size(), "every redemption queued one event");

    // The same client and Uploader SyncEngine::runCycle uses for its upload step.
    auto state = SyncState::load(**db);
    must(state && state->enrolled(), "the terminal is enrolled");
    auto client = enrolledClient(**db, *state, clock);
    must(bool(client), "a client for the enrolled platform");
    const QByteArray request = "POST /v1/events ";
    const qint64 loggedBefore = platform.logged(request);
    const double cpuBefore = ownCpuSeconds();
    const double serverCpuBefore = platform.cpuSeconds();
    u.seconds = secondsOf([&] {
        auto report = Uploader(**db, **client, clock).run();
        must(report && report->drained, "the upload empties the outbox");
        u.report = *report;
    });
    u.cpuSeconds = ownCpuSeconds() - cpuBefore;
    u.serverCpuSeconds = platform.cpuSeconds() - serverCpuBefore;
    u.requests = platform.loggedAtLeast(request, loggedBefore + u.report.batches) - loggedBefore;
    u.pendingAfter = outbox.pending().value_or(-1);
    return u;
}

qint64 platformAccepted(const Platform& platform, qint64& total) {
    const QJsonArray events =
        jsonOf(platform.admin({QStringLiteral("ledger"), QStringLiteral("--json")}, "o2o-sandbox ledger"))
            .value(QStringLiteral("events"))
            .toArray();
    total = events.size();
    qint64 accepted = 0;
    for (const QJsonValue e : events)
        accepted += e[QStringLiteral("outcome")].toString() == QStringLiteral("accepted");
    return accepted;
}

} // namespace

QJsonObject runSyncBenchmark(const QString& workDir, const SyncBenchOptions& o) {
    QDir(workDir).removeRecursively();
    const QString platformDir = QDir(workDir).filePath(QStringLiteral("platform"));
    const QString terminalDir = QDir(workDir).filePath(QStringLiteral("terminal"));
    must(QDir().mkpath(platformDir) && QDir().mkpath(terminalDir), "make the work directories");
    const int revoked = o.deltaChanges / 2;
    const int added = o.deltaChanges - revoked;

    // The platform: a signing key (so a trust list comes with the pull, as in production), no offline
    // budget for the store (10 000 offline redemptions in a row), a pairing code, an enrolled terminal.
    Platform platform(platformDir);
    platform.admin({QStringLiteral("keys"), QStringLiteral("new")}, "o2o-sandbox keys new");
    platform.start();
    const QString pairing = jsonOf(platform.admin({QStringLiteral("pair"), QStringLiteral("--store"), kStore,
                                                   QStringLiteral("--json")},
                                                  "o2o-sandbox pair"))
                                .value(QStringLiteral("pairing_code"))
                                .toString();
    platform.admin({QStringLiteral("settings"), QStringLiteral("--store"), kStore,
                    QStringLiteral("--offline-max-count"), QStringLiteral("-1"),
                    QStringLiteral("--offline-max-value"), QStringLiteral("-1"),
                    QStringLiteral("--offline-max-hours"), QStringLiteral("-1")},
                   "o2o-sandbox settings");
    runChecked(binary("O2O_TERMINAL", "o2o-terminal"),
               {QStringLiteral("--data-dir"), terminalDir, QStringLiteral("enroll"),
                QStringLiteral("--platform"), platform.url(), QStringLiteral("--pairing-code"), pairing,
                QStringLiteral("--json")},
               "o2o-terminal enroll");

    // Untimed: the platform issues N vouchers; the first ones are kept for redemptions and revocations.
    QStringList codes;
    const double issueSeconds = secondsOf([&] { codes = issue(platform, o.vouchers, o.events + revoked); });

    const Pull initial = pull(platform, terminalDir, "the initial pull");
    const qint64 cachedAfterInitial = cachedVouchers(terminalDir);
    must(initial.vouchers == o.vouchers && cachedAfterInitial == o.vouchers, "every voucher arrived");
    const double terminalDbMb = fileMb(QDir(terminalDir).filePath(QStringLiteral("terminal.db")));

    // Untimed: new vouchers and revocations (the feed sends a revoked cached voucher as a removal).
    const double changeSeconds = secondsOf([&] {
        if (added > 0)
            issue(platform, added, 0);
        for (int i = 0; i < revoked; ++i)
            platform.admin({QStringLiteral("revoke"), codes.at(o.events + i)}, "o2o-sandbox revoke");
    });
    const Pull delta = pull(platform, terminalDir, "the delta pull");
    const qint64 cachedAfterDelta = cachedVouchers(terminalDir);
    must(delta.vouchers == added && delta.removed == revoked, "the delta pull brings exactly the changes");
    must(cachedAfterDelta == o.vouchers + added - revoked, "the cache holds the changes");

    // Last, because every accepted redemption changes a voucher on the platform (a feed change).
    const Upload up = upload(platform, terminalDir, codes.mid(0, o.events));
    qint64 ledgerEvents = 0;
    const qint64 ledgerAccepted = platformAccepted(platform, ledgerEvents);
    must(up.report.accepted == o.events && up.pendingAfter == 0, "every event accepted, the outbox empty");
    must(ledgerEvents == o.events && ledgerAccepted == o.events, "the platform ledger holds every event");
    const double sandboxPeakRssMb = platform.peakRssMb();
    platform.stop();

    QJsonObject result{
        {QStringLiteral("vouchers"), o.vouchers},
        {QStringLiteral("initial_pull_s"), initial.run.seconds},
        {QStringLiteral("initial_pull_peak_rss_mb"), initial.run.peakRssMb},
        {QStringLiteral("events"), o.events},
        {QStringLiteral("upload_s"), up.seconds},
        {QStringLiteral("upload_requests"), up.requests},
        {QStringLiteral("delta_changes"), delta.vouchers + delta.removed},
        {QStringLiteral("delta_pull_s"), delta.run.seconds},
        // How the figures break down, and what was verified.
        {QStringLiteral("initial_pull_pages"), initial.pages},
        {QStringLiteral("initial_pull_terminal_cpu_s"), initial.run.cpuSeconds},
        {QStringLiteral("initial_pull_sandbox_cpu_s"), initial.serverCpuSeconds},
        {QStringLiteral("initial_pull_written_mb"), initial.run.writtenMb},
        {QStringLiteral("initial_pull_vouchers_per_s"), qRound64(double(o.vouchers) / initial.run.seconds)},
        {QStringLiteral("cached_vouchers_after_initial"), cachedAfterInitial},
        {QStringLiteral("terminal_db_mb"), terminalDbMb},
        {QStringLiteral("delta_vouchers"), delta.vouchers},
        {QStringLiteral("delta_removed"), delta.removed},
        {QStringLiteral("delta_pull_pages"), delta.pages},
        {QStringLiteral("delta_pull_peak_rss_mb"), delta.run.peakRssMb},
        {QStringLiteral("delta_pull_written_mb"), delta.run.writtenMb},
        {QStringLiteral("cached_vouchers_after_delta"), cachedAfterDelta},
        {QStringLiteral("upload_batches"), up.report.batches},
        {QStringLiteral("upload_terminal_cpu_s"), up.cpuSeconds},
        {QStringLiteral("upload_sandbox_cpu_s"), up.serverCpuSeconds},
        {QStringLiteral("upload_events_per_s"), qRound64(double(o.events) / up.seconds)},
        {QStringLiteral("events_accepted"), up.report.accepted},
        {QStringLiteral("outbox_pending_after"), up.pendingAfter},
        {QStringLiteral("platform_ledger_events"), ledgerEvents},
        {QStringLiteral("platform_ledger_accepted"), ledgerAccepted},
        // Untimed set-up, for the record.
        {QStringLiteral("setup_issue_s"), issueSeconds},
        {QStringLiteral("setup_delta_changes_s"), changeSeconds},
        {QStringLiteral("setup_redeem_s"), up.redeemSeconds},
        {QStringLiteral("sandbox_peak_rss_mb"), sandboxPeakRssMb},
        {QStringLiteral("targets_met"),
         QJsonObject{{QStringLiteral("initial_pull_s_under_60"), initial.run.seconds < 60},
                     {QStringLiteral("initial_pull_rss_under_300_mb"), initial.run.peakRssMb < 300},
                     {QStringLiteral("upload_s_under_10"), up.seconds < 10}}},
    };
    if (!o.keepWorkDir)
        QDir(workDir).removeRecursively();
    return result;
}

} // namespace o2o::bench
