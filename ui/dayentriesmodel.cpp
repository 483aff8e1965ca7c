#include "ui/dayentriesmodel.h"

#include "ui/managerwords.h"

namespace o2o {

int DayEntriesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DayEntriesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DayLogEntry& e = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case IsSaleRole:
        return e.sale;
    case TimeRole:
        return ManagerWords::time(e.atMs);
    case KindRole:
        return e.kind;
    case KindLabelRole:
        return ManagerWords::kind(e.kind);
    case DescriptionRole:
        return e.description;
    case CodeTailRole:
        return e.codeTail;
    case UsesRole:
        return e.uses;
    case AmountRole:
        return e.amountMinor != 0 || e.sale ? ManagerWords::money(e.amountMinor, e.currency) : QString();
    case CashierRole:
        return e.cashierName.isEmpty() ? e.cashier : e.cashierName;
    case OnlineRole:
        return e.online;
    case VoidedRole:
        return e.voided;
    case VoidReasonRole:
        return e.voidReason;
    default:
        return {};
    }
}

QHash<int, QByteArray> DayEntriesModel::roleNames() const {
    return {{EntryIdRole, "entryId"},
            {IsSaleRole, "isSale"},
            {TimeRole, "time"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {DescriptionRole, "description"},
            {CodeTailRole, "codeTail"},
            {UsesRole, "uses"},
            {AmountRole, "amount"},
            {CashierRole, "cashier"},
            {OnlineRole, "online"},
            {VoidedRole, "voided"},
            {VoidReasonRole, "voidReason"}};
}

void DayEntriesModel::setRows(QList<DayLogEntry> rows) {
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

const DayLogEntry* DayEntriesModel::find(const QString& id) const {
    for (const DayLogEntry& e : m_rows)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace o2o
