#include "ui/doctorcontroller.h"

#include "ui/uilog.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QThread>
#include <QVariantMap>
#include <memory>

namespace o2o {

DoctorController::DoctorController(DoctorOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

DoctorController::~DoctorController() {
    // The checks read the data directory: they end before the window's parts go away.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void DoctorController::run() {
    if (m_worker)
        return;
    // The media backend's device list is a QObject: made on the GUI thread here, not on the worker's.
    QMediaDevices::videoInputs();
    auto results = std::make_shared<QList<CheckResult>>();
    m_worker = QThread::create([options = m_options, results] { *results = runDoctor(options); });
    connect(m_worker, &QThread::finished, this, [this, results] {
        m_worker->deleteLater();
        m_worker = nullptr;
        show(*results);
    });
    m_worker->start();
    Q_EMIT changed();
}

void DoctorController::show(const QList<CheckResult>& results) {
    m_checks.clear();
    m_failures = 0;
    m_warnings = 0;
    for (const CheckResult& r : results) {
        m_failures += r.status == CheckStatus::Fail ? 1 : 0;
        m_warnings += r.status == CheckStatus::Warn ? 1 : 0;
        m_checks.append(QVariantMap{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("status"), checkStatusName(r.status)},
                                    {QStringLiteral("detail"), r.detail},
                                    {QStringLiteral("hint"), r.hint}});
    }
    m_ran = true;
    qCInfo(lcUi) << "self-test:" << results.size() << "checks," << m_failures << "failed," << m_warnings
                 << "warnings";
    Q_EMIT changed();
}

} // namespace o2o
