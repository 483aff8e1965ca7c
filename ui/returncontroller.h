#pragma once

#include "ui/returnlinesmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace o2o {

class DatabaseThread;
struct ReturnOutcome;

/** The last return asked for: done, or refused with the words why. */
class ReturnResultView {
    Q_GADGET
    QML_VALUE_TYPE(returnResult)
    Q_PROPERTY(bool done MEMBER done CONSTANT)
    Q_PROPERTY(bool refused MEMBER refused CONSTANT)
    Q_PROPERTY(QString refusalCode MEMBER refusalCode CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
public:
    bool done = false;
    bool refused = false;
    QString refusalCode; // ReturnService's refusal, or reason_required, staff_required, pin_required,
                         // nothing_chosen, error
    QString message;     // what the cashier reads
};

/**
 * The cashier's return flow: find the online order (its code, scanned or typed) or the sale (picked from
 * the recent ones), choose lines and quantities, then a reason, who returns it and their PIN (a manager's
 * above the approval threshold). ReturnService decides everything on the DatabaseThread: the quote while
 * lines are chosen, and the return itself.
 */
class ReturnController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool isOrder READ isOrder NOTIFY changed)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY changed)
    Q_PROPERTY(o2o::ReturnLinesModel* lines READ lines CONSTANT)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)
    Q_PROPERTY(QString refundsText READ refundsText NOTIFY changed)
    Q_PROPERTY(bool needsManager READ needsManager NOTIFY changed)
    Q_PROPERTY(QString approvalText READ approvalText NOTIFY changed)
    Q_PROPERTY(o2o::ReturnResultView result READ result NOTIFY changed)
    Q_PROPERTY(QStringList saleIds READ saleIds NOTIFY listsChanged)
    Q_PROPERTY(QStringList saleLabels READ saleLabels NOTIFY listsChanged)
    Q_PROPERTY(QStringList staffIds READ staffIds NOTIFY listsChanged)
    Q_PROPERTY(QStringList staffLabels READ staffLabels NOTIFY listsChanged)
    Q_PROPERTY(QStringList managerIds READ managerIds NOTIFY listsChanged)
    Q_PROPERTY(QStringList managerLabels READ managerLabels NOTIFY listsChanged)
public:
    explicit ReturnController(DatabaseThread* database, QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    bool found() const { return m_found; }
    bool isOrder() const { return m_isOrder; }
    QString sourceText() const { return m_sourceText; }
    ReturnLinesModel* lines() { return &m_lines; }
    int chosenCount() const;
    QString amountText() const;
    QString refundsText() const;
    bool needsManager() const { return m_needsManager; }
    QString approvalText() const;
    ReturnResultView result() const { return m_result; }
    QStringList saleIds() const { return m_saleIds; }
    QStringList saleLabels() const { return m_saleLabels; }
    QStringList staffIds() const { return m_staffIds; }
    QStringList staffLabels() const { return m_staffLabels; }
    QStringList managerIds() const { return m_managerIds; }
    QStringList managerLabels() const { return m_managerLabels; }

    /** Reads the recent sales (within the return window) and the staff again. */
    Q_INVOKABLE void refresh();
    /** An online order by its code (scanned or typed). */
    Q_INVOKABLE void findCode(const QString& code);
    /** A sale picked from the recent ones. */
    Q_INVOKABLE void findSale(const QString& saleId);
    /** How many of a line go back (0 to what is left); the refund is quoted again. */
    Q_INVOKABLE void setQuantity(int row, int quantity);
    /** Every line, all that is left of it. */
    Q_INVOKABLE void chooseAll();
    /** Returns what is chosen: the reason, who (a manager above the threshold) and their PIN. */
    Q_INVOKABLE void submit(const QString& reason, const QString& staffId, const QString& pin);
    /** Back to the start: nothing found, nothing chosen. */
    Q_INVOKABLE void clear();
    /** The language changed: amounts and words again. */
    void relocalize();

    /** A refusal code as the cashier reads it. */
    static QString refusalText(const QString& code, int windowDays = 0, qint64 approvalAboveMinor = 0,
                               const QString& currency = {}, int attemptsLeft = 0, qint64 lockedUntilMs = 0);
    /** cash, card, other, voucher, online, as people say them. */
    static QString methodName(const QString& method);

Q_SIGNALS:
    void changed();
    void listsChanged();
    /** A return was recorded. */
    void returned(const QString& returnId);

private:
    void find(const QString& code, const QString& saleId);
    void quote();
    void refuse(const QString& code);
    void showOutcome(const ReturnOutcome& outcome);

    DatabaseThread* m_database;
    ReturnLinesModel m_lines;
    bool m_busy = false;
    bool m_found = false;
    bool m_isOrder = false;
    QString m_code; // the order's code while it is being returned (never logged)
    QString m_saleId;
    QString m_sourceText;
    QString m_sourceDescription;
    qint64 m_sourceAtMs = 0;
    QString m_currency;
    qint64 m_amountMinor = 0;
    QList<std::pair<QString, qint64>> m_refunds; // method, amount
    bool m_needsManager = false;
    qint64 m_approvalAboveMinor = -1;
    int m_windowDays = 0;
    int m_quoteSerial = 0;
    ReturnResultView m_result;
    QStringList m_saleIds, m_saleLabels, m_staffIds, m_staffLabels, m_managerIds, m_managerLabels;
};

} // namespace o2o
