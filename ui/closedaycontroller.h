#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;
class DayController;

/** The last close asked for: refused (with its words) or closed, with the Z report's summary. */
class CloseResultView {
    Q_GADGET
    QML_VALUE_TYPE(closeResult)
    Q_PROPERTY(bool closed MEMBER closed CONSTANT)
    Q_PROPERTY(bool refused MEMBER refused CONSTANT)
    Q_PROPERTY(QString refusalCode MEMBER refusalCode CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(QString day MEMBER day CONSTANT)
    Q_PROPERTY(QString closedAt MEMBER closedAt CONSTANT)
    Q_PROPERTY(int redemptions MEMBER redemptions CONSTANT)
    Q_PROPERTY(QString redemptionsValue MEMBER redemptionsValue CONSTANT)
    Q_PROPERTY(int sales MEMBER sales CONSTANT)
    Q_PROPERTY(QString salesAmount MEMBER salesAmount CONSTANT)
    Q_PROPERTY(int voids MEMBER voids CONSTANT)
    Q_PROPERTY(int conflicts MEMBER conflicts CONSTANT)
    Q_PROPERTY(int pendingEvents MEMBER pendingEvents CONSTANT)
    Q_PROPERTY(QString reportSha256 MEMBER reportSha256 CONSTANT)
public:
    bool closed = false;
    bool refused = false;
    QString refusalCode;
    QString message;
    QString day;
    QString closedAt;
    int redemptions = 0;
    QString redemptionsValue; // amounts as the Z report has them, with the currency
    int sales = 0;
    QString salesAmount;
    int voids = 0;
    int conflicts = 0;
    int pendingEvents = 0;
    QString reportSha256;
};

/**
 * Closes the business day: shows the day and the events still waiting to upload, takes a manager's PIN
 * (and an override reason when events wait), runs DayCloseService on the DatabaseThread and shows the
 * Z report's totals after, or the refusal in words.
 */
class CloseDayController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY changed)
    Q_PROPERTY(int pendingEvents READ pendingEvents NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(o2o::CloseResultView result READ result NOTIFY changed)
public:
    CloseDayController(DatabaseThread* database, DayController* day, QObject* parent = nullptr);

    QString dayLabel() const;
    int pendingEvents() const { return m_pending; }
    bool loaded() const { return m_loaded; }
    bool busy() const { return m_busy; }
    CloseResultView result() const { return m_result; }

    /** Reads the day a close would close and what still waits to upload. Keeps the last result. */
    Q_INVOKABLE void refresh();
    /** Closes that day; overrideReason is needed (and audited) when events wait to upload. */
    Q_INVOKABLE void closeDay(const QString& staffId, const QString& pin, const QString& overrideReason);
    /** Forgets the last answer (the screen opened afresh) and reads the day again. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();

private:
    void refuse(const QString& code);

    DatabaseThread* m_database;
    DayController* m_dayList;
    QDate m_day;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_busy = false;
    CloseResultView m_result;
};

} // namespace o2o
