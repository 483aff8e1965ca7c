#pragma once

#include "core/clock.h"
#include "store/returnstore.h"

#include <optional>

namespace o2o {

/** One line the cashier returns: its key (the SKU, or the item's name when it has none) and how many. */
struct ReturnLineAsk {
    QString key;
    int quantity = 0; // 0: every unit still returnable
};

/** A line of what was bought, and how much of it came back already. */
struct ReturnableLine {
    QString key; // the SKU, or the name when the line has none (pickup-order items, free-text items)
    QString sku;
    QString name;
    int bought = 0;
    int returned = 0;      // by earlier returns
    qint64 totalMinor = 0; // what the whole line cost: after its share of discounts, with tax
    int left() const { return bought - returned; }
};

/** What can be returned: an in-store sale or an online (pickup) order, with what came back already. */
struct ReturnSource {
    QString kind; // sale, order
    QString id;   // the sale id, or the order's voucher id
    QByteArray codeHash;
    QString eventId; // the sale's event
    QString description;
    QString currency;
    QString codeTail;
    qint64 atMs = 0; // sold, or handed over (0: the order was handed over elsewhere, time unknown)
    qint64 totalMinor = 0;
    qint64 refundedMinor = 0;
    QList<ReturnableLine> lines;
    QJsonArray payments; // a sale's: [{method, amount, redemption_id?}]
    QList<ReturnRecord> earlier;
};

/** A return as the cashier asks for it: the order's code or the sale's id, the lines (none: all). */
struct ReturnRequest {
    QString code;
    QString saleId;
    QList<ReturnLineAsk> lines;
    QString reason;
    QString byStaff;
    QString pin;
};

/**
 * Refused (refusal set, a reason code of README's `return` row) or returned (returnId set). A quote
 * fills the same fields without a PIN and writes nothing.
 */
struct ReturnOutcome {
    QString refusal;
    QString refusalText; // the sentence for people (English; the window words its own)
    std::optional<ReturnSource> source;
    QString returnId;
    QJsonArray lines; // [{key, sku, name, quantity, amount}]
    qint64 amountMinor = 0;
    QJsonArray refunds; // [{method, amount, redemption_id?}]
    bool needsManager = false;
    qint64 approvalAboveMinor = -1;
    int windowDays = 0;
    int attemptsLeft = 0;
    qint64 lockedUntilMs = 0;
};

/**
 * Returns at the counter. An in-store sale gives its refund back by payment method (stored-value cards
 * first, onto the card, then the other payments in the order they were made); an online order's refund
 * goes to its online payment, which the platform makes from the `return` event. Rules: a pickup order
 * not yet handed over is cancelled, not returned; quantities never exceed what was bought less earlier
 * returns; the return window and the manager threshold are settings (ReturnSettings). The PIN, the
 * staff's rights, the stored value given back, the return row, its event and the audit entry: one
 * transaction, as voids.
 */
class ReturnService {
public:
    ReturnService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock) {}

    /** What the sale or order holds and what is still returnable (the window's first step). */
    [[nodiscard]] Result<ReturnOutcome> find(const QString& code, const QString& saleId);
    /** The lines, the amount and the refunds as process() would make them; nothing is written. */
    [[nodiscard]] Result<ReturnOutcome> quote(const ReturnRequest& request);
    [[nodiscard]] Result<ReturnOutcome> process(const ReturnRequest& request);

private:
    [[nodiscard]] Result<ReturnOutcome> load(const QString& code, const QString& saleId, qint64 nowMs);
    [[nodiscard]] Result<ReturnOutcome> loadSale(const QString& saleId);
    [[nodiscard]] Result<ReturnOutcome> loadOrder(const QString& code);
    [[nodiscard]] Result<void> giveBackToCards(const QJsonArray& refunds);

    Database& m_db;
    const Clock& m_clock;
};

/** Splits "2 x Flat white" into 2 and "Flat white"; an item without a count is one. */
std::pair<int, QString> parseOrderItem(const QString& item);

} // namespace o2o
