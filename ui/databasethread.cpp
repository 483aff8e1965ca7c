#include "ui/databasethread.h"

#include "ui/uilog.h"

#include <QCoreApplication>
#include <QSemaphore>

namespace o2o {

/** Lives on the thread; opens the connection on first use so a broken database fails each job, not start-up.
 */
class DatabaseThread::Worker : public QObject {
public:
    explicit Worker(QString dataDir)
        : m_dataDir(std::move(dataDir)) {}

    void execute(const Task& task) {
        if (!m_db) {
            auto opened = Database::open(m_dataDir);
            if (!opened) {
                qCWarning(lcUi) << "screens: database unavailable:" << opened.error().message;
                task(nullptr, &opened.error());
                return;
            }
            m_db = std::move(*opened);
        }
        task(m_db.get(), nullptr);
    }

private:
    QString m_dataDir;
    std::unique_ptr<Database> m_db;
};

DatabaseThread::DatabaseThread(QString dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_worker(new Worker(m_dataDir)) {
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("screens-db"));
    m_thread.start();
}

DatabaseThread::~DatabaseThread() {
    m_thread.quit();
    m_thread.wait();
}

void DatabaseThread::post(Task task) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, task = std::move(task)] { worker->execute(task); },
        Qt::QueuedConnection);
}

void DatabaseThread::drain() {
    QSemaphore done;
    post([&done](Database*, const Error*) { done.release(); });
    done.acquire();
    // The results the jobs before posted back to this thread.
    QCoreApplication::processEvents();
}

} // namespace o2o
