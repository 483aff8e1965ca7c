#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QVariantMap>

namespace o2o {

class RedemptionWorker;

/** The counter screen's controller: hands codes to the worker thread and exposes the last verdict. */
class RedemptionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)
    Q_PROPERTY(QString storeId READ storeId CONSTANT)
public:
    RedemptionController(const QString& dataDir, const QString& storeId, QObject* parent = nullptr);
    ~RedemptionController() override;

    bool busy() const { return m_pending != 0; }
    QVariantMap result() const { return m_result; }
    QString storeId() const { return m_storeId; }

    Q_INVOKABLE void check(const QString& code);
    Q_INVOKABLE void redeem(const QString& code, const QString& amount, int uses);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    void verdictReady(const QVariantMap& result);

private:
    void submit(const QString& code, bool redeem, const QString& amount, int uses);
    void onFinished(quint64 requestId, const QVariantMap& result);

    QThread m_thread;
    RedemptionWorker* m_worker = nullptr;
    QString m_storeId;
    quint64 m_nextRequest = 1;
    quint64 m_pending = 0;
    QVariantMap m_result;
};

} // namespace o2o
