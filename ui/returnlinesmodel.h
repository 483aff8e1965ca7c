#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace o2o {

/** One line of the purchase on the return screen: what was bought, what is left, how many go back. */
struct ReturnLineRow {
    QString key;
    QString name;
    int bought = 0;
    int left = 0;           // not yet returned
    int chosen = 0;         // to return now
    qint64 refundMinor = 0; // the quote for `chosen`
};

/** The lines of the sale or order being returned, for the return screen's list. */
class ReturnLinesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the return controller's")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { KeyRole = Qt::UserRole + 1, NameRole, BoughtRole, LeftRole, ChosenRole, RefundTextRole };
    using QAbstractListModel::QAbstractListModel;

    void setRows(QList<ReturnLineRow> rows, QString currency);
    const QList<ReturnLineRow>& rows() const { return m_rows; }
    /** Sets how many of a line go back (clamped to what is left); false when nothing changed. */
    bool setChosen(int row, int quantity);
    /** The quoted refund per line key; lines not named get none. */
    void setRefunds(const QHash<QString, qint64>& byKey);
    void relocalize();
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<ReturnLineRow> m_rows;
    QString m_currency;
};

} // namespace o2o
