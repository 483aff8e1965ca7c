#pragma once

#include "core/verdict.h"
#include "store/catalogstore.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace o2o {

/** An amount for the screen in the window's language ("12,50 €" in Spanish, "€12.50" in English). */
QString localMoney(qint64 minor, const QString& currency);

/** The store's catalog as the sale screen's grid shows it: tap a product to add it. */
class CatalogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the sale controller's")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { SkuRole = Qt::UserRole + 1, NameRole, PriceTextRole };
    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<CatalogItem> items, QString currency);
    const QList<CatalogItem>& items() const { return m_items; }
    std::optional<CatalogItem> find(const QString& sku) const;
    int count() const { return int(m_items.size()); }
    /** The language changed: prices are formatted again. */
    void relocalize();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<CatalogItem> m_items;
    QString m_currency;
};

/** One line of a sale: a product, how many, at which unit price (minor units, without tax). */
struct SaleLine {
    QString sku;
    QString name;
    qint64 unitMinor = 0;
    int quantity = 1;
    qint64 amountMinor() const { return unitMinor * quantity; }
};

/** The lines of the sale being rung up (and of the receipt): product, quantity, line total. */
class SaleLinesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the sale controller's")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { SkuRole = Qt::UserRole + 1, NameRole, QuantityRole, UnitPriceTextRole, AmountTextRole };
    using QAbstractListModel::QAbstractListModel;

    void setLines(QList<SaleLine> lines, QString currency);
    const QList<SaleLine>& lines() const { return m_lines; }
    int count() const { return int(m_lines.size()); }
    void relocalize();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<SaleLine> m_lines;
    QString m_currency;
};

/** A voucher scanned or typed during a sale, as the sale's rules judged it. */
struct SaleVoucher {
    enum class State {
        Waiting, // no items yet: judged once the sale has some
        Applied, // a discount (deal, pass) or part of the payment (stored-value card)
        Refused, // with its reason; left out of the sale
    };
    QString code; // in full, in memory only: never logged or shown
    State state = State::Waiting;
    Reason reason = Reason::None;
    QString description;
    bool paysPart = false;   // a stored-value card pays, a deal discounts
    qint64 amountMinor = 0;  // the discount, or what the card pays
    qint64 detailMinor = -1; // refused: the minimum spend or the balance that was short; -1: none
    QString currency;
};

/** The vouchers of the sale: applied with their amount, or refused with the reason in words. */
class SaleVouchersModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the sale controller's")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        CodeTailRole = Qt::UserRole + 1,
        DescriptionRole,
        AppliedRole,
        WaitingRole,
        PaysPartRole,
        AmountTextRole,
        ReasonCodeRole,
        MessageRole,
        DetailRole,
    };
    using QAbstractListModel::QAbstractListModel;

    void setVouchers(QList<SaleVoucher> vouchers);
    const QList<SaleVoucher>& vouchers() const { return m_vouchers; }
    int count() const { return int(m_vouchers.size()); }
    void relocalize();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<SaleVoucher> m_vouchers;
};

} // namespace o2o
