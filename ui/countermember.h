#pragma once

#include "ui/salecontroller.h" // SaleMember: the member as the screens show it

#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;
class RedemptionController;

/**
 * The member at the counter: a member code scanned or typed before a redemption is checked offline (the
 * trust list's keys and revocations) and, when accepted, the counter's redemptions are attributed to the
 * member until the cashier removes them or the next customer starts (reset). Each redemption checks the
 * code again in its own transaction.
 */
class CounterMember : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(o2o::SaleMember member READ member NOTIFY memberChanged)
public:
    CounterMember(DatabaseThread* database, RedemptionController* redemption, QObject* parent = nullptr);

    SaleMember member() const { return m_member; }
    /** Checks a member code and attaches the member when it is accepted. */
    void add(const QString& code);
    /** No member from now on (the cashier removed them, or the next customer starts). */
    Q_INVOKABLE void remove();

Q_SIGNALS:
    void memberChanged();

private:
    void set(SaleMember member, const QString& code);

    DatabaseThread* m_database;
    RedemptionController* m_redemption;
    SaleMember m_member;
    QString m_code;         // the accepted member code (never logged whole)
    quint64 m_revision = 0; // bumped by each scan and removal: an older check's answer is dropped
};

} // namespace o2o
