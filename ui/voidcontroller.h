#pragma once

#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;
class DayController;

/** The last void asked for: in progress, done, or refused with the words why. */
class VoidResultView {
    Q_GADGET
    QML_VALUE_TYPE(voidResult)
    Q_PROPERTY(bool done MEMBER done CONSTANT)
    Q_PROPERTY(bool refused MEMBER refused CONSTANT)
    Q_PROPERTY(QString refusalCode MEMBER refusalCode CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(int attemptsLeft MEMBER attemptsLeft CONSTANT)
public:
    bool done = false;
    bool refused = false;
    QString refusalCode; // VoidService's refusal, or reason_required, pin_required, staff_required
    QString message;     // what the manager reads
    int attemptsLeft = 0;
};

/**
 * Voids a redemption or a sale of the day list: the reason (required), who asks and their PIN, checked
 * with Argon2 by VoidService on the DatabaseThread; the void window and the day's close are the service's
 * rules. Every refusal comes back as a code and its words (ManagerWords). The day list reads itself again
 * after a void.
 */
class VoidController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(o2o::VoidResultView result READ result NOTIFY changed)
public:
    VoidController(DatabaseThread* database, DayController* day, QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    VoidResultView result() const { return m_result; }

    /** Voids the entry (a redemption or sale id from the day list). */
    Q_INVOKABLE void voidEntry(const QString& entryId, const QString& reason, const QString& staffId,
                               const QString& pin);
    /** Forgets the last answer (the dialog opened afresh). */
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    /** A void was recorded: what it took is back on the voucher. */
    void voided(const QString& entryId);

private:
    void refuse(const QString& code);

    DatabaseThread* m_database;
    DayController* m_day;
    bool m_busy = false;
    VoidResultView m_result;
};

} // namespace o2o
