#include "ui/salemodels.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace o2o {

namespace {
QString currencySymbol(const QString& currency) {
    // The few a store here may use; any other shows its ISO code, which every cashier can read.
    if (currency == QLatin1StringView("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1StringView("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1StringView("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1StringView("CNY") || currency == QLatin1StringView("JPY"))
        return QStringLiteral("¥");
    return currency;
}

template <class Model> void resetAll(Model* model) {
    if (model->rowCount() > 0)
        Q_EMIT model->dataChanged(model->index(0), model->index(model->rowCount() - 1));
}
} // namespace

QString localMoney(qint64 minor, const QString& currency) {
    const int digits = Money::minorDigits(currency);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Minor units are exact; the double only carries them to the locale's digits and separators.
    return QLocale().toCurrencyString(double(minor) / scale, currencySymbol(currency), digits);
}

// --- CatalogModel

void CatalogModel::setItems(QList<CatalogItem> items, QString currency) {
    beginResetModel();
    m_items = std::move(items);
    m_currency = std::move(currency);
    endResetModel();
    Q_EMIT countChanged();
}

std::optional<CatalogItem> CatalogModel::find(const QString& sku) const {
    for (const CatalogItem& item : m_items)
        if (item.sku == sku)
            return item;
    return std::nullopt;
}

void CatalogModel::relocalize() {
    resetAll(this);
}

int CatalogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CatalogItem& item = m_items.at(index.row());
    switch (role) {
    case SkuRole:
        return item.sku;
    case NameRole:
    case Qt::DisplayRole:
        return item.name;
    case PriceTextRole:
        return localMoney(item.priceMinor, m_currency);
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const {
    return {{SkuRole, "sku"}, {NameRole, "name"}, {PriceTextRole, "priceText"}};
}

// --- SaleLinesModel

void SaleLinesModel::setLines(QList<SaleLine> lines, QString currency) {
    const bool sameRows = lines.size() == m_lines.size() && currency == m_currency &&
                          std::equal(lines.begin(), lines.end(), m_lines.begin(),
                                     [](const SaleLine& a, const SaleLine& b) { return a.sku == b.sku; });
    if (sameRows) { // a quantity changed: the list keeps its place and the button under the finger
        m_lines = std::move(lines);
        resetAll(this);
        return;
    }
    beginResetModel();
    m_lines = std::move(lines);
    m_currency = std::move(currency);
    endResetModel();
    Q_EMIT countChanged();
}

void SaleLinesModel::relocalize() {
    resetAll(this);
}

int SaleLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant SaleLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const SaleLine& line = m_lines.at(index.row());
    switch (role) {
    case SkuRole:
        return line.sku;
    case NameRole:
    case Qt::DisplayRole:
        return line.name;
    case QuantityRole:
        return line.quantity;
    case UnitPriceTextRole:
        return localMoney(line.unitMinor, m_currency);
    case AmountTextRole:
        return localMoney(line.amountMinor(), m_currency);
    default:
        return {};
    }
}

QHash<int, QByteArray> SaleLinesModel::roleNames() const {
    return {{SkuRole, "sku"},
            {NameRole, "name"},
            {QuantityRole, "quantity"},
            {UnitPriceTextRole, "unitPriceText"},
            {AmountTextRole, "amountText"}};
}

// --- SaleVouchersModel

void SaleVouchersModel::setVouchers(QList<SaleVoucher> vouchers) {
    beginResetModel();
    m_vouchers = std::move(vouchers);
    endResetModel();
    Q_EMIT countChanged();
}

void SaleVouchersModel::relocalize() {
    resetAll(this);
}

int SaleVouchersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_vouchers.size());
}

QVariant SaleVouchersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_vouchers.size())
        return {};
    const SaleVoucher& v = m_vouchers.at(index.row());
    switch (role) {
    case CodeTailRole:
        return v.code.right(4);
    case DescriptionRole:
    case Qt::DisplayRole:
        return v.description;
    case AppliedRole:
        return v.state == SaleVoucher::State::Applied;
    case WaitingRole:
        return v.state == SaleVoucher::State::Waiting;
    case PaysPartRole:
        return v.paysPart;
    case AmountTextRole:
        return v.state == SaleVoucher::State::Applied ? localMoney(v.amountMinor, v.currency) : QString();
    case ReasonCodeRole:
        return v.state == SaleVoucher::State::Refused ? reasonCode(v.reason) : QString();
    case MessageRole:
        return v.state == SaleVoucher::State::Refused ? cashierMessage(v.reason) : QString();
    case DetailRole:
        if (v.state != SaleVoucher::State::Refused || v.detailMinor < 0)
            return QString();
        if (v.reason == Reason::BelowMinSpend)
            return QCoreApplication::translate("SaleController", "Minimum spend %1.")
                .arg(localMoney(v.detailMinor, v.currency));
        if (v.reason == Reason::InsufficientBalance)
            return QCoreApplication::translate("SaleController", "Balance %1.")
                .arg(localMoney(v.detailMinor, v.currency));
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SaleVouchersModel::roleNames() const {
    return {{CodeTailRole, "codeTail"},     {DescriptionRole, "description"}, {AppliedRole, "applied"},
            {WaitingRole, "waiting"},       {PaysPartRole, "paysPart"},       {AmountTextRole, "amountText"},
            {ReasonCodeRole, "reasonCode"}, {MessageRole, "message"},         {DetailRole, "detail"}};
}

} // namespace o2o
