#pragma once

#include "store/daylog.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace o2o {

/** The day list's rows (redemptions and sales, newest first) for a ListView. */
class DayEntriesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by DayController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        IsSaleRole,
        TimeRole,
        KindRole,
        KindLabelRole,
        DescriptionRole,
        CodeTailRole,
        UsesRole,
        AmountRole,
        CashierRole,
        OnlineRole,
        VoidedRole,
        VoidReasonRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    void setRows(QList<DayLogEntry> rows);
    /** The row with this id, or nullptr. */
    const DayLogEntry* find(const QString& id) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<DayLogEntry> m_rows;
};

} // namespace o2o
