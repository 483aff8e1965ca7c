#pragma once

#include "doctor/doctor.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class QThread;

namespace o2o {

/**
 * The self-test for the installer's screens: the same checks as `o2o-terminal doctor` (doctor/), run on
 * a thread of their own (the platform check waits for the network), shown as rows of
 * {name, status, detail, hint}. The screens put the check's name and status into words.
 */
class DoctorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool ran READ ran NOTIFY changed)
    Q_PROPERTY(QVariantList checks READ checks NOTIFY changed)
    Q_PROPERTY(int failures READ failures NOTIFY changed)
    Q_PROPERTY(int warnings READ warnings NOTIFY changed)
public:
    explicit DoctorController(DoctorOptions options, QObject* parent = nullptr);
    ~DoctorController() override;

    bool busy() const { return m_worker != nullptr; }
    bool ran() const { return m_ran; }
    QVariantList checks() const { return m_checks; }
    int failures() const { return m_failures; }
    int warnings() const { return m_warnings; }

    /** Runs every check again; ignored while a run is under way. */
    Q_INVOKABLE void run();

Q_SIGNALS:
    void changed();

private:
    void show(const QList<CheckResult>& results);

    DoctorOptions m_options;
    QThread* m_worker = nullptr;
    bool m_ran = false;
    QVariantList m_checks;
    int m_failures = 0;
    int m_warnings = 0;
};

} // namespace o2o
