#pragma once

#include "core/error.h"
#include "store/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace o2o {

/**
 * A thread with its own database connection for the screens' reads and writes, so the GUI thread never
 * waits on SQLite. A job runs on that thread; its result comes back on the GUI thread to a receiver, and
 * is dropped if the receiver is gone by then. Jobs run one at a time, in the order they were given.
 */
class DatabaseThread : public QObject {
    Q_OBJECT
public:
    explicit DatabaseThread(QString dataDir, QObject* parent = nullptr);
    ~DatabaseThread() override;

    QString dataDir() const { return m_dataDir; }

    template <class T>
    void run(QObject* receiver, std::function<Result<T>(Database&)> job,
             std::function<void(Result<T>)> done) {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)](Database* db,
                                                                         const Error* openError) {
            Result<T> result = db ? job(*db) : Result<T>(Unexpected(*openError));
            // Back to this object's (the GUI) thread, where the receiver lives and is deleted.
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    /** Blocks until every job given so far has finished and delivered (tests, screenshots). */
    void drain();

private:
    using Task = std::function<void(Database*, const Error*)>;
    void post(Task task);

    class Worker;
    QString m_dataDir;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace o2o
