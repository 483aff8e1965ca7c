#pragma once

#include "ui/verdictview.h"

#include <QObject>
#include <QQmlEngine>
#include <QThread>

namespace o2o {

class RedemptionWorker;

/**
 * The counter area's controller: hands codes to the worker thread and holds the last verdict. QML gets
 * it as `required property RedemptionController controller` and reads only the typed properties below.
 */
class RedemptionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(o2o::VerdictView verdict READ verdict NOTIFY verdictChanged)
    Q_PROPERTY(QString storeId READ storeId CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    Q_PROPERTY(QString scanSource READ scanSource NOTIFY scanSourceChanged)
public:
    RedemptionController(const QString& dataDir, const QString& storeId, QObject* parent = nullptr);
    ~RedemptionController() override;

    /** Kiosk mode: nobody confirms at the counter, so a scanned code is redeemed at once. */
    void setKiosk(bool kiosk) { m_kiosk = kiosk; }
    bool kiosk() const { return m_kiosk; }
    /** What feeds codes besides the keyboard: a camera's name, a video file, or empty. */
    QString scanSource() const { return m_scanSource; }
    void setScanSource(const QString& source);
    /** The staff member signed in: redemptions name them (empty: the system user, as before sign-in). */
    void setCashier(const QString& staffId);

    bool busy() const { return m_pending != 0; }
    /** The last verdict; empty (shown() false) at start and after clear(). */
    VerdictView verdict() const { return m_verdict; }
    QString storeId() const { return m_storeId; }

    Q_INVOKABLE void check(const QString& code);
    Q_INVOKABLE void redeem(const QString& code, const QString& amount, int uses);
    Q_INVOKABLE void clear();
    /** A code from a keyboard-wedge scanner, whatever screen is up: checked (redeemed in kiosk mode). */
    Q_INVOKABLE void submitScannedCode(const QString& code);
    /** A code from the camera, with the moment its frame arrived: the verdict reports the latency. */
    void submitCameraCode(const QString& code, qint64 frameArrivalNs);

Q_SIGNALS:
    void busyChanged();
    void verdictChanged();
    /** Each answer from the worker, as shown (latency included), even when the verdict reads the same. */
    void verdictReady(const o2o::VerdictView& verdict);
    /** A scanner's code was submitted; a screen may show it (the code as scanned, unchecked). */
    void codeScanned(const QString& code);
    void scanSourceChanged();

private:
    void submit(const QString& code, bool redeem, const QString& amount, int uses);
    void onFinished(quint64 requestId, const o2o::VerdictView& verdict);

    QThread m_thread;
    RedemptionWorker* m_worker = nullptr;
    QString m_storeId;
    quint64 m_nextRequest = 1;
    quint64 m_pending = 0;
    qint64 m_pendingArrivalNs = 0; // the camera frame of the pending request; 0: not from the camera
    VerdictView m_verdict;
    bool m_kiosk = false;
    QString m_scanSource;
};

} // namespace o2o
