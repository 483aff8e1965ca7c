#pragma once

#include "ui/salemodels.h"

#include <QObject>
#include <QQmlEngine>

namespace o2o {

class DatabaseThread;
struct SaleReckoning;
struct SaleRecorded;

/** What the sale comes to, as the sale's rules reckon it (minor units; the texts in the window's language).
 */
class SaleTotals {
    Q_GADGET
    QML_VALUE_TYPE(saleTotals)
    Q_PROPERTY(QString subtotalText READ subtotalText CONSTANT)
    Q_PROPERTY(QString discountText READ discountText CONSTANT)
    Q_PROPERTY(QString taxText READ taxText CONSTANT)
    Q_PROPERTY(QString totalText READ totalText CONSTANT)
    Q_PROPERTY(QString cardsPaidText READ cardsPaidText CONSTANT)
    Q_PROPERTY(QString toPayText READ toPayText CONSTANT)
    Q_PROPERTY(bool hasDiscount READ hasDiscount CONSTANT)
    Q_PROPERTY(bool hasCardsPaid READ hasCardsPaid CONSTANT)
public:
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0; // subtotal - discount + tax
    qint64 cardsMinor = 0; // what stored-value cards pay of the total

    qint64 toPayMinor() const { return totalMinor - cardsMinor; }
    QString subtotalText() const { return localMoney(subtotalMinor, currency); }
    QString discountText() const { return localMoney(discountMinor, currency); }
    QString taxText() const { return localMoney(taxMinor, currency); }
    QString totalText() const { return localMoney(totalMinor, currency); }
    QString cardsPaidText() const { return localMoney(cardsMinor, currency); }
    QString toPayText() const { return localMoney(toPayMinor(), currency); }
    bool hasDiscount() const { return discountMinor > 0; }
    bool hasCardsPaid() const { return cardsMinor > 0; }
    bool operator==(const SaleTotals&) const = default;
};

/** The recorded sale as the receipt shows it, read back from the database after the commit. */
class SaleReceipt {
    Q_GADGET
    QML_VALUE_TYPE(saleReceipt)
    Q_PROPERTY(bool shown READ shown CONSTANT)
    Q_PROPERTY(QString saleId MEMBER saleId CONSTANT)
    Q_PROPERTY(QString shortId READ shortId CONSTANT)
    Q_PROPERTY(QString atText READ atText CONSTANT)
    Q_PROPERTY(QString cashier MEMBER cashier CONSTANT)
    Q_PROPERTY(QString storeId MEMBER storeId CONSTANT)
    Q_PROPERTY(o2o::SaleTotals totals MEMBER totals CONSTANT)
    Q_PROPERTY(int paymentMethod MEMBER paymentMethod CONSTANT)
    Q_PROPERTY(QString paymentText READ paymentText CONSTANT)
    Q_PROPERTY(bool hasCashGiven READ hasCashGiven CONSTANT)
    Q_PROPERTY(QString cashGivenText READ cashGivenText CONSTANT)
    Q_PROPERTY(QString changeText READ changeText CONSTANT)
public:
    QString saleId;
    qint64 atMs = 0;
    QString cashier;
    QString storeId;
    SaleTotals totals;
    int paymentMethod = 0;      // SaleController::PaymentMethod
    qint64 paymentMinor = 0;    // what the method paid (the total less the cards)
    qint64 cashGivenMinor = -1; // cash: what the customer handed over; -1: not counted

    bool shown() const { return !saleId.isEmpty(); }
    QString shortId() const { return saleId.left(8); }
    QString atText() const;
    QString paymentText() const { return localMoney(paymentMinor, totals.currency); }
    bool hasCashGiven() const { return cashGivenMinor >= 0; }
    QString cashGivenText() const { return localMoney(std::max<qint64>(cashGivenMinor, 0), totals.currency); }
    QString changeText() const {
        return localMoney(std::max<qint64>(cashGivenMinor - paymentMinor, 0), totals.currency);
    }
    bool operator==(const SaleReceipt&) const = default;
};

/** The member attached to the sale by a scanned member code, or why the last member code was refused. */
class SaleMember {
    Q_GADGET
    QML_VALUE_TYPE(saleMember)
    Q_PROPERTY(bool attached READ attached CONSTANT)
    Q_PROPERTY(bool refused READ refused CONSTANT)
    Q_PROPERTY(QString memberId MEMBER memberId CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString shortId READ shortId CONSTANT)
    Q_PROPERTY(QString reasonCode READ reasonCodeText CONSTANT)
    Q_PROPERTY(QString refusalText READ refusalText CONSTANT)
public:
    QString memberId; // hex; empty: no member attached
    QString name;
    Reason refusal = Reason::None; // the last member code scanned was refused (none is attached then)

    bool attached() const { return !memberId.isEmpty(); }
    bool refused() const { return refusal != Reason::None; }
    /** What a cashier can read back to the member: the last 8 hex digits of the id. */
    QString shortId() const { return memberId.right(8); }
    QString reasonCodeText() const { return refused() ? reasonCode(refusal) : QString(); }
    /** The refusal in the window's language (worded when read, so a language switch rewords it). */
    QString refusalText() const { return refused() ? cashierMessage(refusal) : QString(); }
    bool operator==(const SaleMember&) const = default;
};

/**
 * The sale screen's controller: the catalog, the lines being rung up, the vouchers scanned during the sale
 * (each judged against the sale by SaleService's own rules, on a rolled-back quote), the totals, the
 * payment and the receipt. Every database call runs on the screens' DatabaseThread; only pay() records.
 */
class SaleController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(o2o::CatalogModel* catalog READ catalog CONSTANT)
    Q_PROPERTY(o2o::SaleLinesModel* lines READ lines CONSTANT)
    Q_PROPERTY(o2o::SaleVouchersModel* vouchers READ vouchers CONSTANT)
    Q_PROPERTY(o2o::SaleLinesModel* receiptLines READ receiptLines CONSTANT)
    Q_PROPERTY(o2o::SaleTotals totals READ totals NOTIFY totalsChanged)
    Q_PROPERTY(o2o::SaleReceipt receipt READ receipt NOTIFY receiptChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool canPay READ canPay NOTIFY busyChanged)
    Q_PROPERTY(QString cashierId READ cashierId WRITE setCashierId NOTIFY cashierIdChanged)
    Q_PROPERTY(QString cashGiven READ cashGiven WRITE setCashGiven NOTIFY cashChanged)
    Q_PROPERTY(bool cashEnough READ cashEnough NOTIFY cashChanged)
    Q_PROPERTY(QString changeText READ changeText NOTIFY cashChanged)
    Q_PROPERTY(QStringList cashSuggestions READ cashSuggestions NOTIFY cashChanged)
    Q_PROPERTY(o2o::SaleController::Problem problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString lastSaleId READ lastSaleId NOTIFY receiptChanged)
    Q_PROPERTY(int heldVoucherCount READ heldVoucherCount NOTIFY heldVouchersChanged)
    Q_PROPERTY(o2o::SaleMember member READ member NOTIFY memberChanged)
public:
    /** What pays the part the vouchers do not: SaleInput::payment's cash, card, other. */
    enum PaymentMethod { Cash, Card, Other };
    Q_ENUM(PaymentMethod)
    /** Why the last action did not go through; the screen words it. */
    enum Problem {
        NoProblem,
        DatabaseFailed,   // the terminal's database did not answer (logged)
        CashierNotActive, // the terminal has staff and the cashier is not an active member
        CashTooLow,       // the cash handed over is less than what is to pay
        SaleRefused,      // a voucher was refused at the commit (used elsewhere meanwhile): nothing sold
        MemberRefused,    // the member code was refused at the commit (revoked meanwhile): nothing sold
    };
    Q_ENUM(Problem)

    explicit SaleController(DatabaseThread* database, QObject* parent = nullptr);
    ~SaleController() override;

    CatalogModel* catalog() { return &m_catalog; }
    SaleLinesModel* lines() { return &m_lines; }
    SaleVouchersModel* vouchers() { return &m_vouchers; }
    SaleLinesModel* receiptLines() { return &m_receiptLines; }
    SaleTotals totals() const { return m_totals; }
    SaleReceipt receipt() const { return m_receipt; }
    bool busy() const { return m_pendingJobs > 0; }
    bool canPay() const { return !busy() && m_lines.count() > 0 && !m_receipt.shown(); }
    QString cashierId() const { return m_cashierId; }
    void setCashierId(const QString& id);
    QString cashGiven() const { return m_cashGiven; }
    void setCashGiven(const QString& text);
    bool cashEnough() const;
    QString changeText() const;
    /** Amounts a customer is likely to hand over for what is to pay (exact, then round notes). */
    QStringList cashSuggestions() const;
    Problem problem() const { return m_problem; }
    QString lastSaleId() const { return m_receipt.saleId; }
    /** Vouchers scanned while the last sale was being recorded: they go into the next sale. */
    int heldVoucherCount() const { return int(m_heldCodes.size()); }

    /** The screen is up: (re)reads the catalog. */
    Q_INVOKABLE void open();
    /** Adds one of the product (a second tap on the same product adds to its line). */
    Q_INVOKABLE void addProduct(const QString& sku);
    Q_INVOKABLE void changeQuantity(int row, int delta);
    Q_INVOKABLE void removeLine(int row);
    /**
     * A code scanned or typed during the sale: a member code (O2OM:, O2OMW:) attaches the member, checked
     * offline against the trust list; anything else is a voucher, and the same code twice is one voucher.
     */
    Q_INVOKABLE void addVoucherCode(const QString& code);
    SaleMember member() const { return m_member; }
    /** The member is taken off the sale (the sale is then made without one). */
    Q_INVOKABLE void removeMember();
    Q_INVOKABLE void removeVoucher(int row);
    /** Records the sale (PaymentMethod); false when it cannot be paid now (see problem). */
    Q_INVOKABLE bool pay(int method);
    /** Clears the sale and the receipt for the next customer. */
    Q_INVOKABLE void newSale();
    /** The window's language changed: amounts and reasons are worded again. */
    void relocalize();

Q_SIGNALS:
    void totalsChanged();
    void receiptChanged();
    void busyChanged();
    void cashierIdChanged();
    void cashChanged();
    void problemChanged();
    /** The sale was recorded (its receipt is up). */
    void saleRecorded(const QString& saleId);
    void heldVouchersChanged();
    void memberChanged();

private:
    void addMemberCode(const QString& code);
    void setMember(SaleMember member, const QString& code);
    void linesChanged(QList<SaleLine> lines);
    void reckon();
    void onReckoned(quint64 revision, const SaleReckoning& reckoning);
    void onRecorded(const SaleRecorded& recorded, int method, qint64 cashGivenMinor);
    void setProblem(Problem problem);
    void startJob();
    void finishJob();
    std::optional<qint64> cashGivenMinor() const;
    void addHeldCodes();

    DatabaseThread* m_database;
    CatalogModel m_catalog;
    SaleLinesModel m_lines;
    SaleVouchersModel m_vouchers;
    SaleLinesModel m_receiptLines;
    QString m_currency;
    SaleTotals m_totals;
    SaleReceipt m_receipt;
    QString m_cashierId;
    QString m_cashGiven;
    Problem m_problem = NoProblem;
    int m_pendingJobs = 0;
    bool m_committing = false;
    QStringList m_heldCodes; // scanned while a sale was being recorded: for the next sale
    SaleMember m_member;
    QString m_memberCode;         // the verified member code (never logged whole); goes with pay()
    quint64 m_memberRevision = 0; // bumped by each member scan; an older check's answer is dropped
    quint64 m_revision = 0;       // bumped by every change; an older reckoning is dropped
};

} // namespace o2o
