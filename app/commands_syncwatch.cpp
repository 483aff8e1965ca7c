// sync --watch: the headless sync service. The engine runs on its own thread (SyncThread, as in the
// window); this thread waits for SIGTERM/SIGINT and talks to systemd (readiness, status, watchdog).
#include "app/applog.h"
#include "app/cli.h"
#include "store/database.h"
#include "sync/syncworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QSocketNotifier>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

namespace o2o {

namespace {

// A healthy cycle is bounded by its requests' timeouts; one that has not let the worker's thread take a
// queued call for this long is stuck, and the watchdog stops being fed so that systemd restarts us.
constexpr qint64 kWorkerStuckMs = 15 * 60'000;

int g_signalPipe[2] = {-1, -1};

void onStopSignal(int signal) {
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void notify(const QString& state) {
    sd_notify(0, state.toUtf8().constData());
}

/** Turns SIGTERM and SIGINT into a quit of the event loop (a self-pipe: nothing else is signal-safe). */
class StopSignals {
public:
    StopSignals() {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction action {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, &m_oldTerm);
        sigaction(SIGINT, &action, &m_oldInt);
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [] {
            char byte = 0;
            if (::read(g_signalPipe[0], &byte, 1) == 1)
                qCInfo(lcApp, "sync --watch: %s, stopping", byte == SIGINT ? "SIGINT" : "SIGTERM");
            QCoreApplication::quit();
        });
        m_ok = true;
    }
    ~StopSignals() {
        m_notifier.reset();
        if (!m_ok)
            return;
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        sigaction(SIGINT, &m_oldInt, nullptr);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    bool ok() const { return m_ok; }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldTerm {};
    struct sigaction m_oldInt {};
    bool m_ok = false;
};

} // namespace

int commandSyncWatch(const CommandContext& context) {
    const CliArgs& args = context.args;
    int intervalSecs = SyncWorker::kIntervalMs / 1000;
    if (args.values.contains(QStringLiteral("interval"))) {
        bool ok = false;
        intervalSecs = args.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || intervalSecs < 1 || intervalSecs > 3600)
            return reportUsage(QStringLiteral("--interval must be 1 to 3600 seconds"));
    }
    {
        // A data directory that cannot be used is an error now, not a service that looks alive.
        auto db = Database::open(context.dataDir);
        if (!db)
            return reportError(db.error());
    }
    StopSignals stop;
    if (!stop.ok())
        return reportError(Error{ErrorCode::Internal, QStringLiteral("cannot watch for SIGTERM"), false});

    SyncThread sync(context.dataDir, intervalSecs * 1000);
    SyncWorker* worker = sync.worker();
    QObject::connect(worker, &SyncWorker::cycleFinished, QCoreApplication::instance(),
                     [](bool completed, const QString& message, ErrorCode) {
                         const QString at = QDateTime::currentDateTime().toString(Qt::ISODate);
                         notify(completed ? QStringLiteral("STATUS=synced at %1").arg(at)
                                          : QStringLiteral("STATUS=sync failed at %1: %2").arg(at, message));
                     });

    // Watchdog: fed from this thread only while the worker's thread still answers queued calls.
    QTimer watchdog;
    QElapsedTimer sinceAnswer;
    sinceAnswer.start();
    std::atomic<qint64> answeredAt{0};
    uint64_t watchdogUsec = 0;
    if (sd_watchdog_enabled(0, &watchdogUsec) > 0 && watchdogUsec > 0) {
        QObject::connect(&watchdog, &QTimer::timeout, [&] {
            const qint64 now = sinceAnswer.elapsed();
            if (now - answeredAt.load() < kWorkerStuckMs)
                notify(QStringLiteral("WATCHDOG=1"));
            QMetaObject::invokeMethod(
                worker, [&answeredAt, &sinceAnswer] { answeredAt = sinceAnswer.elapsed(); },
                Qt::QueuedConnection);
        });
        watchdog.start(int(std::max<uint64_t>(watchdogUsec / 2000, 100)));
    }

    qCInfo(lcApp, "sync --watch: syncing %s every %d s", qPrintable(context.dataDir), intervalSecs);
    notify(QStringLiteral("READY=1\nSTATUS=started, first cycle running"));
    QCoreApplication::exec();
    notify(QStringLiteral("STOPPING=1\nSTATUS=stopping"));
    watchdog.stop();
    // ~SyncThread aborts a request in flight and joins the thread. Events leave the outbox only in the
    // transaction that records the platform's answer: an aborted upload is sent again next time, and the
    // platform deduplicates on the event id.
    return ExitOk;
}

} // namespace o2o
