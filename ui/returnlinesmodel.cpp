#include "ui/returnlinesmodel.h"

#include "ui/salemodels.h"

namespace o2o {

void ReturnLinesModel::setRows(QList<ReturnLineRow> rows, QString currency) {
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = std::move(currency);
    endResetModel();
    Q_EMIT countChanged();
}

bool ReturnLinesModel::setChosen(int row, int quantity) {
    if (row < 0 || row >= m_rows.size())
        return false;
    const int clamped = std::clamp(quantity, 0, m_rows[row].left);
    if (clamped == m_rows[row].chosen)
        return false;
    m_rows[row].chosen = clamped;
    Q_EMIT dataChanged(index(row), index(row), {ChosenRole});
    return true;
}

void ReturnLinesModel::setRefunds(const QHash<QString, qint64>& byKey) {
    for (ReturnLineRow& r : m_rows)
        r.refundMinor = byKey.value(r.key);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {RefundTextRole});
}

void ReturnLinesModel::relocalize() {
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {RefundTextRole});
}

int ReturnLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReturnLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReturnLineRow& r = m_rows[index.row()];
    switch (role) {
    case KeyRole:
        return r.key;
    case NameRole:
        return r.name;
    case BoughtRole:
        return r.bought;
    case LeftRole:
        return r.left;
    case ChosenRole:
        return r.chosen;
    case RefundTextRole:
        return r.chosen > 0 ? localMoney(r.refundMinor, m_currency) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ReturnLinesModel::roleNames() const {
    return {{KeyRole, "key"},        {NameRole, "name"},     {BoughtRole, "bought"},
            {LeftRole, "remaining"}, {ChosenRole, "chosen"}, {RefundTextRole, "refundText"}};
}

} // namespace o2o
