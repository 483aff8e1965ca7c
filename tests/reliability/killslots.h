#pragma once

// What the kill tests share: a kill -9 at a chosen moment, and slots run on threads of their own.

#include <QProcess>
#include <QString>
#include <QThread>
#include <optional>
#include <vector>

namespace o2o::test {

/**
 * Waits delayUs, then kill -9s child (no handler, no flush, like pulling the plug) and returns what it
 * printed after output was read; nullopt when it had already stopped by itself, which the loops never do
 * (the reason, with its standard error, in *why).
 */
inline std::optional<QByteArray> killAfter(QProcess& child, unsigned long delayUs, const QString& name,
                                           QString* why) {
    QThread::usleep(delayUs);
    if (child.state() == QProcess::NotRunning) {
        *why =
            name + QStringLiteral(" stopped by itself: ") + QString::fromUtf8(child.readAllStandardError());
        return std::nullopt;
    }
    child.kill();
    child.waitForFinished(5000);
    return child.readAllStandardOutput();
}

/** Runs slot.run() of every slot at once, each on a thread of its own, and waits for them all. */
template <typename Slot> void runAtOnce(std::vector<Slot>& slots) {
    std::vector<QThread*> threads;
    for (Slot& slot : slots)
        threads.push_back(QThread::create([&slot] { slot.run(); }));
    for (QThread* thread : threads)
        thread->start();
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
}

} // namespace o2o::test
