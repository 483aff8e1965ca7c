#include "store/returnservice.h"

#include "store/auditlog.h"
#include "store/redemptionledger.h"
#include "store/returnsettings.h"
#include "store/salestore.h"
#include "store/staffstore.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"
#include "store/voucherrestore.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace o2o {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

ReturnOutcome refused(const QString& code, const QString& text) {
    ReturnOutcome outcome;
    outcome.refusal = code;
    outcome.refusalText = text;
    return outcome;
}

// The share of a total that `units` of `of` units carry, so that the shares of every unit add up to the
// total exactly whatever order they come back in: floor(total * after / of) - floor(total * before / of).
qint64 shareOf(qint64 total, int before, int units, int of) {
    if (of <= 0)
        return 0;
    return total * (before + units) / of - total * before / of;
}

QString paymentKey(const QJsonObject& p) {
    return p.value(QStringLiteral("method")).toString() + u'|' +
           p.value(QStringLiteral("redemption_id")).toString();
}

// The refund spread over the sale's payments: stored-value cards first (the money goes back on the card),
// then the others in the order they were paid; each never beyond what it paid less earlier refunds.
QJsonArray allocateRefunds(const ReturnSource& source, qint64 amount) {
    if (source.kind == QStringLiteral("order"))
        return QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("online")},
                                      {QStringLiteral("amount"), amount}}};
    QHash<QString, qint64> refunded;
    for (const ReturnRecord& r : source.earlier)
        for (const QJsonValue v : r.refunds)
            refunded[paymentKey(v.toObject())] += v.toObject().value(QStringLiteral("amount")).toInteger();
    QList<QJsonObject> ordered;
    for (const QJsonValue v : source.payments)
        if (v.toObject().value(QStringLiteral("method")) == QStringLiteral("voucher"))
            ordered.append(v.toObject());
    for (const QJsonValue v : source.payments)
        if (v.toObject().value(QStringLiteral("method")) != QStringLiteral("voucher"))
            ordered.append(v.toObject());
    QJsonArray refunds;
    for (const QJsonObject& p : ordered) {
        if (amount <= 0)
            break;
        const qint64 left = p.value(QStringLiteral("amount")).toInteger() - refunded.value(paymentKey(p));
        const qint64 take = std::min(left, amount);
        if (take <= 0)
            continue;
        QJsonObject refund{{QStringLiteral("method"), p.value(QStringLiteral("method"))},
                           {QStringLiteral("amount"), take}};
        if (p.contains(QStringLiteral("redemption_id")))
            refund.insert(QStringLiteral("redemption_id"), p.value(QStringLiteral("redemption_id")));
        refunds.append(refund);
        amount -= take;
    }
    return refunds;
}

// The lines asked for, priced; a refusal when one is unknown or more than is left.
void priceAsk(ReturnOutcome& outcome, const QList<ReturnLineAsk>& asks) {
    const ReturnSource& source = *outcome.source;
    QList<int> units(source.lines.size(), 0);
    if (asks.isEmpty()) {
        for (qsizetype i = 0; i < source.lines.size(); ++i)
            units[i] = source.lines[i].left();
    }
    for (const ReturnLineAsk& ask : asks) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < source.lines.size() && index < 0; ++i)
            if (source.lines[i].key.compare(ask.key, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0) {
            outcome.refusal = QStringLiteral("unknown_line");
            outcome.refusalText = QStringLiteral("%1 is not a line of this %2").arg(ask.key, source.kind);
            return;
        }
        units[index] += ask.quantity > 0 ? ask.quantity : source.lines[index].left();
    }
    int orderUnits = 0, orderReturned = 0;
    for (const ReturnableLine& l : source.lines) {
        orderUnits += l.bought;
        orderReturned += l.returned;
    }
    int total = 0;
    for (qsizetype i = 0; i < source.lines.size(); ++i) {
        const ReturnableLine& l = source.lines[i];
        if (units[i] > l.left()) {
            outcome.refusal = QStringLiteral("over_quantity");
            outcome.refusalText = QStringLiteral("%1: %2 asked, %3 bought, %4 returned already")
                                      .arg(l.key)
                                      .arg(units[i])
                                      .arg(l.bought)
                                      .arg(l.returned);
            return;
        }
        if (units[i] == 0)
            continue;
        // An order has one price for everything: each unit carries its share of it.
        const qint64 amount = source.kind == QStringLiteral("order")
                                  ? shareOf(source.totalMinor, orderReturned, units[i], orderUnits)
                                  : shareOf(l.totalMinor, l.returned, units[i], l.bought);
        if (source.kind == QStringLiteral("order"))
            orderReturned += units[i];
        outcome.lines.append(QJsonObject{{QStringLiteral("key"), l.key},
                                         {QStringLiteral("sku"), l.sku},
                                         {QStringLiteral("name"), l.name},
                                         {QStringLiteral("quantity"), units[i]},
                                         {QStringLiteral("amount"), amount}});
        outcome.amountMinor += amount;
        total += units[i];
    }
    if (total == 0) {
        outcome.refusal = QStringLiteral("nothing_to_return");
        outcome.refusalText = QStringLiteral("everything bought has been returned already");
    }
}

void countEarlier(ReturnSource& source) {
    for (const ReturnRecord& r : source.earlier) {
        source.refundedMinor += r.amountMinor;
        for (const QJsonValue v : r.lines)
            for (ReturnableLine& l : source.lines)
                if (l.key == v[QStringLiteral("key")].toString())
                    l.returned += v[QStringLiteral("quantity")].toInt();
    }
}

} // namespace

std::pair<int, QString> parseOrderItem(const QString& item) {
    static const QRegularExpression counted(QStringLiteral("^\\s*(\\d{1,4})\\s*[xX×]\\s+(.+?)\\s*$"));
    const auto match = counted.match(item);
    if (match.hasMatch() && match.captured(1).toInt() > 0)
        return {match.captured(1).toInt(), match.captured(2)};
    return {1, item.trimmed()};
}

Result<ReturnOutcome> ReturnService::loadSale(const QString& saleId) {
    auto sale = SaleStore(m_db).find(saleId);
    if (!sale)
        return Unexpected(sale.error());
    if (!*sale)
        return refused(QStringLiteral("unknown_entry"),
                       QStringLiteral("no sale %1 on this terminal").arg(saleId));
    const Sale& s = **sale;
    if (s.voided)
        return refused(QStringLiteral("already_voided"), QStringLiteral("the sale was voided"));
    ReturnSource source;
    source.kind = QStringLiteral("sale");
    source.id = s.id;
    source.eventId = s.eventId;
    source.currency = s.currency;
    source.atMs = s.atMs;
    source.totalMinor = s.totalMinor;
    source.payments = s.payments;
    for (const QJsonValue v : s.lines) {
        ReturnableLine l;
        l.sku = v[QStringLiteral("sku")].toString();
        l.name = v[QStringLiteral("name")].toString();
        l.key = l.sku.isEmpty() ? l.name : l.sku;
        l.bought = v[QStringLiteral("quantity")].toInt();
        l.totalMinor = v[QStringLiteral("amount")].toInteger() - v[QStringLiteral("discount")].toInteger() +
                       v[QStringLiteral("tax")].toInteger();
        source.lines.append(l);
    }
    QStringList names;
    for (const ReturnableLine& l : source.lines)
        names.append(l.name);
    source.description = names.join(QStringLiteral(", "));
    ReturnOutcome outcome;
    outcome.source = source;
    return outcome;
}

Result<ReturnOutcome> ReturnService::loadOrder(const QString& code) {
    auto cached = VoucherCache(m_db).find(code);
    if (!cached)
        return Unexpected(cached.error());
    if (!*cached)
        return refused(QStringLiteral("unknown_entry"),
                       QStringLiteral("no order with this code on this terminal"));
    const Voucher& v = (*cached)->voucher;
    if (v.kind != VoucherKind::PickupOrder)
        return refused(QStringLiteral("not_an_order"),
                       QStringLiteral("a %1 voucher is not an order: void its redemption instead")
                           .arg(kindName(v.kind)));
    if (v.status == VoucherStatus::Refunded)
        return refused(QStringLiteral("already_refunded"),
                       QStringLiteral("the platform refunded this order already"));
    if (v.usesLeft > 0)
        return refused(
            QStringLiteral("not_handed_over"),
            QStringLiteral("the order has not been handed over: cancel it instead of returning it"));
    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    auto handed = RedemptionLedger(m_db).latestOf((*cached)->codeHash, settings->terminalId);
    if (!handed)
        return Unexpected(handed.error());
    ReturnSource source;
    source.kind = QStringLiteral("order");
    source.id = v.id;
    source.codeHash = (*cached)->codeHash;
    source.codeTail = (*cached)->codeTail;
    source.description = v.description;
    source.currency = v.currency;
    source.atMs = *handed ? (*handed)->atMs : 0;
    source.totalMinor = v.faceValueMinor;
    for (const QString& item : v.items) {
        const auto [quantity, name] = parseOrderItem(item);
        source.lines.append(ReturnableLine{name, {}, name, quantity, 0, 0});
    }
    if (source.lines.isEmpty())
        source.lines.append(
            ReturnableLine{QStringLiteral("order"), {}, v.description, 1, 0, v.faceValueMinor});
    ReturnOutcome outcome;
    outcome.source = source;
    return outcome;
}

Result<ReturnOutcome> ReturnService::load(const QString& code, const QString& saleId, qint64 nowMs) {
    auto loaded = saleId.isEmpty() ? loadOrder(code) : loadSale(saleId);
    if (!loaded || !loaded->refusal.isEmpty())
        return loaded;
    auto settings = ReturnSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    loaded->windowDays = settings->windowDays;
    loaded->approvalAboveMinor = settings->approvalAboveMinor;
    ReturnSource& source = *loaded->source;
    auto earlier = ReturnStore(m_db).ofSource(source.id);
    if (!earlier)
        return Unexpected(earlier.error());
    source.earlier = *earlier;
    countEarlier(source);
    if (source.atMs > 0 && nowMs - source.atMs > qint64(settings->windowDays) * kDayMs) {
        loaded->refusal = QStringLiteral("return_window_passed");
        loaded->refusalText = QStringLiteral("bought more than %1 days ago").arg(settings->windowDays);
    }
    return loaded;
}

Result<ReturnOutcome> ReturnService::find(const QString& code, const QString& saleId) {
    sql::ReadSnapshot snapshot(m_db.connection());
    O2O_TRY(snapshot.begin());
    return load(code, saleId, m_clock.nowMsecs());
}

Result<ReturnOutcome> ReturnService::quote(const ReturnRequest& request) {
    sql::ReadSnapshot snapshot(m_db.connection());
    O2O_TRY(snapshot.begin());
    auto outcome = load(request.code, request.saleId, m_clock.nowMsecs());
    if (!outcome || !outcome->refusal.isEmpty())
        return outcome;
    priceAsk(*outcome, request.lines);
    if (outcome->refusal.isEmpty()) {
        outcome->refunds = allocateRefunds(*outcome->source, outcome->amountMinor);
        outcome->needsManager =
            outcome->approvalAboveMinor >= 0 && outcome->amountMinor > outcome->approvalAboveMinor;
    }
    return outcome;
}

Result<ReturnOutcome> ReturnService::process(const ReturnRequest& request) {
    const qint64 nowMs = m_clock.nowMsecs();
    // The PIN first, in its own transactions: a wrong one counts even if the return is refused later.
    auto pin = StaffStore(m_db).checkPin(request.byStaff, request.pin, nowMs);
    if (!pin)
        return Unexpected(pin.error());
    if (const QString refusal = pin->refusalCode(); !refusal.isEmpty()) {
        ReturnOutcome outcome = refused(refusal, QStringLiteral("the PIN was not accepted"));
        outcome.attemptsLeft = pin->attemptsLeft;
        outcome.lockedUntilMs = pin->lockedUntilMs;
        return outcome;
    }
    const StaffMember& by = *pin->member;
    if (by.role == StaffRole::Installer)
        return refused(QStringLiteral("not_permitted"),
                       QStringLiteral("returns are for cashiers and managers"));

    sql::Transaction transaction(m_db.connection());
    O2O_TRY(transaction.begin());
    auto outcome = load(request.code, request.saleId, nowMs);
    if (!outcome || !outcome->refusal.isEmpty())
        return outcome;
    priceAsk(*outcome, request.lines);
    if (!outcome->refusal.isEmpty())
        return outcome;
    outcome->needsManager =
        outcome->approvalAboveMinor >= 0 && outcome->amountMinor > outcome->approvalAboveMinor;
    if (outcome->needsManager && by.role != StaffRole::Manager) {
        outcome->refusal = QStringLiteral("manager_approval_required");
        outcome->refusalText = QStringLiteral("a refund above the threshold needs a manager's PIN");
        return outcome;
    }
    const ReturnSource& source = *outcome->source;
    outcome->refunds = allocateRefunds(source, outcome->amountMinor);
    O2O_TRY(giveBackToCards(outcome->refunds));

    auto settings = TerminalSettings::load(m_db);
    if (!settings)
        return Unexpected(settings.error());
    auto latest = RedemptionLedger(m_db).latestMs();
    if (!latest)
        return Unexpected(latest.error());
    ReturnRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.sourceKind = source.kind;
    record.sourceId = source.id;
    record.codeHash = source.codeHash;
    record.sourceEventId = source.eventId;
    record.lines = outcome->lines;
    record.amountMinor = outcome->amountMinor;
    record.currency = source.currency;
    record.refunds = outcome->refunds;
    record.reason = request.reason;
    record.byStaff = by.id;
    record.terminalId = settings->terminalId;
    record.storeId = settings->storeId;
    record.wallMs = nowMs;
    record.atMs = std::max({nowMs, settings->platformTimeMs, *latest});
    O2O_TRY(ReturnStore(m_db).record(record));
    auto audited = AuditLog(m_db).append(by.id, QStringLiteral("return"), record.id, request.reason, nowMs);
    if (!audited)
        return Unexpected(audited.error());
    O2O_TRY(transaction.commit());
    outcome->returnId = record.id;
    return outcome;
}

Result<void> ReturnService::giveBackToCards(const QJsonArray& refunds) {
    RedemptionLedger ledger(m_db);
    for (const QJsonValue v : refunds) {
        const QString redemptionId = v[QStringLiteral("redemption_id")].toString();
        if (redemptionId.isEmpty())
            continue;
        auto found = ledger.find(redemptionId);
        if (!found)
            return Unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("the card payment %1 is not in the ledger").arg(redemptionId));
        O2O_TRY(giveBackToVoucher(m_db, (*found)->first, (*found)->second, 0,
                                  v[QStringLiteral("amount")].toInteger()));
    }
    return {};
}

} // namespace o2o
