#include "ui/returncontroller.h"

#include "core/clock.h"
#include "core/codeinput.h"
#include "store/returnservice.h"
#include "store/returnsettings.h"
#include "store/salestore.h"
#include "store/staffstore.h"
#include "ui/databasethread.h"
#include "ui/managerwords.h"
#include "ui/salemodels.h"
#include "ui/uilog.h"

#include <QJsonObject>

namespace o2o {

namespace {

constexpr int kRecentSales = 20;

/** The recent sales and the staff, read together. */
struct ReturnLists {
    QList<Sale> sales; // newest first
    QList<StaffMember> staff;
};

} // namespace

ReturnController::ReturnController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database) {}

int ReturnController::chosenCount() const {
    int n = 0;
    for (const ReturnLineRow& r : m_lines.rows())
        n += r.chosen;
    return n;
}

QString ReturnController::amountText() const {
    return m_found ? localMoney(m_amountMinor, m_currency) : QString();
}

QString ReturnController::refundsText() const {
    QStringList parts;
    for (const auto& [method, amount] : m_refunds)
        parts.append(tr("%1: %2").arg(methodName(method), localMoney(amount, m_currency)));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString ReturnController::approvalText() const {
    if (!m_needsManager)
        return {};
    return tr("Above %1 a manager approves: the manager enters their PIN.")
        .arg(localMoney(m_approvalAboveMinor, m_currency));
}

QString ReturnController::methodName(const QString& method) {
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("card"))
        return tr("Card");
    if (method == QLatin1String("voucher"))
        return tr("Back on the gift card");
    if (method == QLatin1String("online"))
        return tr("Online payment");
    return tr("Other");
}

QString ReturnController::refusalText(const QString& code, int windowDays, qint64 approvalAboveMinor,
                                      const QString& currency, int attemptsLeft, qint64 lockedUntilMs) {
    if (code == QLatin1String("unknown_entry"))
        return tr("No order or sale with this code on this terminal.");
    if (code == QLatin1String("not_an_order"))
        return tr("This code is not an online order: void its redemption instead.");
    if (code == QLatin1String("not_handed_over"))
        return tr("This order has not been handed over yet: cancel it instead of returning it.");
    if (code == QLatin1String("already_refunded"))
        return tr("The platform has already refunded this order.");
    if (code == QLatin1String("already_voided"))
        return tr("This sale was voided: there is nothing to return.");
    if (code == QLatin1String("return_window_passed"))
        return tr("Bought more than %1 days ago: past the return window.").arg(windowDays);
    if (code == QLatin1String("over_quantity"))
        return tr("More than was bought, counting earlier returns.");
    if (code == QLatin1String("unknown_line"))
        return tr("That line is not part of this purchase.");
    if (code == QLatin1String("nothing_to_return"))
        return tr("Everything bought has been returned already.");
    if (code == QLatin1String("manager_approval_required"))
        return tr("Above %1 a manager must approve: choose a manager and enter their PIN.")
            .arg(localMoney(approvalAboveMinor, currency));
    if (code == QLatin1String("not_permitted"))
        return tr("Returns are for cashiers and managers.");
    if (code == QLatin1String("nothing_chosen"))
        return tr("Choose at least one item to return.");
    if (code == QLatin1String("reason_required") || code == QLatin1String("staff_required") ||
        code == QLatin1String("pin_required") || code == QLatin1String("wrong_pin") ||
        code == QLatin1String("locked"))
        return ManagerWords::refusal(code, attemptsLeft, lockedUntilMs);
    return tr("The return could not be recorded (%1).").arg(code);
}

void ReturnController::refresh() {
    m_database->run<ReturnLists>(
        this,
        [](Database& db) -> Result<ReturnLists> {
            SystemClock clock;
            auto settings = ReturnSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            const qint64 now = clock.nowMsecs();
            auto sales =
                SaleStore(db).between(now - qint64(settings->windowDays) * 86'400'000, now + 86'400'000);
            if (!sales)
                return Unexpected(sales.error());
            auto staff = StaffStore(db).all();
            if (!staff)
                return Unexpected(staff.error());
            ReturnLists lists;
            for (auto it = sales->crbegin(); it != sales->crend() && lists.sales.size() < kRecentSales; ++it)
                if (!it->voided)
                    lists.sales.append(*it);
            lists.staff = *staff;
            return lists;
        },
        [this](Result<ReturnLists> lists) {
            if (!lists) {
                qCWarning(lcUi) << "returns:" << lists.error().message;
                return;
            }
            m_saleIds.clear();
            m_saleLabels.clear();
            for (const Sale& s : lists->sales) {
                QStringList names;
                for (const QJsonValue line : s.lines)
                    names.append(line[QStringLiteral("name")].toString());
                m_saleIds.append(s.id);
                m_saleLabels.append(QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                                        .arg(ManagerWords::time(s.atMs), names.join(QStringLiteral(", ")),
                                             localMoney(s.totalMinor, s.currency)));
            }
            m_staffIds.clear();
            m_staffLabels.clear();
            m_managerIds.clear();
            m_managerLabels.clear();
            for (const StaffMember& m : lists->staff) {
                if (!m.active || m.role == StaffRole::Installer)
                    continue;
                m_staffIds.append(m.id);
                m_staffLabels.append(m.name);
                if (m.role == StaffRole::Manager) {
                    m_managerIds.append(m.id);
                    m_managerLabels.append(m.name);
                }
            }
            Q_EMIT listsChanged();
        });
}

void ReturnController::clear() {
    ++m_quoteSerial; // an answer on its way belongs to what was cleared
    m_busy = false;
    m_found = m_isOrder = m_needsManager = false;
    m_code.clear();
    m_saleId.clear();
    m_sourceText.clear();
    m_amountMinor = 0;
    m_refunds.clear();
    m_result = {};
    m_lines.setRows({}, {});
    Q_EMIT changed();
}

void ReturnController::refuse(const QString& code) {
    m_result = {};
    m_result.refused = true;
    m_result.refusalCode = code;
    m_result.message = refusalText(code, m_windowDays, m_approvalAboveMinor, m_currency);
    Q_EMIT changed();
}

void ReturnController::findCode(const QString& code) {
    const auto normalized = normalizeCode(code);
    if (!normalized || normalized->isEmpty())
        return;
    find(*normalized, {});
}

void ReturnController::findSale(const QString& saleId) {
    if (!saleId.isEmpty())
        find({}, saleId);
}

void ReturnController::find(const QString& code, const QString& saleId) {
    clear();
    m_busy = true;
    Q_EMIT changed();
    const int serial = m_quoteSerial;
    m_database->run<ReturnOutcome>(
        this,
        [code, saleId](Database& db) {
            SystemClock clock;
            return ReturnService(db, clock).find(code, saleId);
        },
        [this, code, saleId, serial](Result<ReturnOutcome> outcome) {
            if (serial != m_quoteSerial)
                return;
            m_busy = false;
            if (!outcome) {
                qCWarning(lcUi) << "return lookup:" << outcome.error().message;
                return refuse(QStringLiteral("error"));
            }
            m_windowDays = outcome->windowDays;
            m_approvalAboveMinor = outcome->approvalAboveMinor;
            if (!outcome->source) {
                qCInfo(lcUi) << "return lookup refused:" << outcome->refusal;
                return refuse(outcome->refusal);
            }
            const ReturnSource& source = *outcome->source;
            m_code = code;
            m_saleId = saleId;
            m_isOrder = source.kind == QLatin1String("order");
            m_currency = source.currency;
            m_sourceDescription = source.description;
            m_sourceAtMs = source.atMs;
            QList<ReturnLineRow> rows;
            for (const ReturnableLine& l : source.lines)
                rows.append(ReturnLineRow{l.key, l.name, l.bought, l.left(), 0, 0});
            m_lines.setRows(rows, m_currency);
            m_found = true;
            relocalize();
            if (!outcome->refusal.isEmpty()) // the window passed: shown, nothing can be chosen
                return refuse(outcome->refusal);
            Q_EMIT changed();
        });
}

void ReturnController::relocalize() {
    if (!m_found)
        return;
    const QString when = m_sourceAtMs > 0 ? ManagerWords::time(m_sourceAtMs) : QString();
    if (m_isOrder)
        m_sourceText = when.isEmpty()
                           ? tr("Online order: %1").arg(m_sourceDescription)
                           : tr("Online order: %1 \u00b7 handed over %2").arg(m_sourceDescription, when);
    else
        m_sourceText = tr("Sale of %1").arg(when);
    m_lines.relocalize();
    if (m_result.refused)
        m_result.message = refusalText(m_result.refusalCode, m_windowDays, m_approvalAboveMinor, m_currency);
    Q_EMIT changed();
}

void ReturnController::setQuantity(int row, int quantity) {
    if (!m_found || m_result.done || !m_lines.setChosen(row, quantity))
        return;
    quote();
}

void ReturnController::chooseAll() {
    if (!m_found || m_result.done)
        return;
    bool any = false;
    for (int i = 0; i < m_lines.count(); ++i)
        any = m_lines.setChosen(i, m_lines.rows()[i].left) || any;
    if (any)
        quote();
}

static QList<ReturnLineAsk> chosenAsks(const ReturnLinesModel& lines) {
    QList<ReturnLineAsk> asks;
    for (const ReturnLineRow& r : lines.rows())
        if (r.chosen > 0)
            asks.append(ReturnLineAsk{r.key, r.chosen});
    return asks;
}

void ReturnController::quote() {
    const int serial = ++m_quoteSerial;
    m_result = {};
    const QList<ReturnLineAsk> asks = chosenAsks(m_lines);
    if (asks.isEmpty()) {
        m_busy = false;
        m_amountMinor = 0;
        m_refunds.clear();
        m_needsManager = false;
        m_lines.setRefunds({});
        Q_EMIT changed();
        return;
    }
    m_busy = true; // until the quote is in: nothing is returned on an old amount
    Q_EMIT changed();
    const ReturnRequest request{m_code, m_saleId, asks, {}, {}, {}};
    m_database->run<ReturnOutcome>(
        this,
        [request](Database& db) {
            SystemClock clock;
            return ReturnService(db, clock).quote(request);
        },
        [this, serial](Result<ReturnOutcome> outcome) {
            if (serial != m_quoteSerial)
                return; // the cashier changed the lines since
            m_busy = false;
            if (!outcome) {
                qCWarning(lcUi) << "return quote:" << outcome.error().message;
                return refuse(QStringLiteral("error"));
            }
            if (!outcome->refusal.isEmpty())
                return refuse(outcome->refusal);
            showOutcome(*outcome);
            Q_EMIT changed();
        });
}

void ReturnController::showOutcome(const ReturnOutcome& outcome) {
    m_amountMinor = outcome.amountMinor;
    m_needsManager = outcome.needsManager;
    m_refunds.clear();
    for (const QJsonValue v : outcome.refunds)
        m_refunds.append({v[QStringLiteral("method")].toString(), v[QStringLiteral("amount")].toInteger()});
    QHash<QString, qint64> byKey;
    for (const QJsonValue v : outcome.lines)
        byKey.insert(v[QStringLiteral("key")].toString(), v[QStringLiteral("amount")].toInteger());
    m_lines.setRefunds(byKey);
}

void ReturnController::submit(const QString& reason, const QString& staffId, const QString& pin) {
    if (m_busy || !m_found || m_result.done)
        return;
    // What the form can tell before any PIN is checked: nothing is counted against the person.
    const QList<ReturnLineAsk> asks = chosenAsks(m_lines);
    if (asks.isEmpty())
        return refuse(QStringLiteral("nothing_chosen"));
    if (reason.trimmed().isEmpty())
        return refuse(QStringLiteral("reason_required"));
    if (staffId.isEmpty())
        return refuse(QStringLiteral("staff_required"));
    if (pin.isEmpty())
        return refuse(QStringLiteral("pin_required"));
    m_busy = true;
    m_result = {};
    Q_EMIT changed();
    const ReturnRequest request{m_code, m_saleId, asks, reason.trimmed().left(200), staffId, pin};
    const int serial = ++m_quoteSerial;
    m_database->run<ReturnOutcome>(
        this,
        [request](Database& db) {
            SystemClock clock;
            return ReturnService(db, clock).process(request);
        },
        [this, serial](Result<ReturnOutcome> outcome) {
            if (serial != m_quoteSerial)
                return;
            m_busy = false;
            if (!outcome) {
                qCWarning(lcUi) << "return:" << outcome.error().message;
                return refuse(QStringLiteral("error"));
            }
            if (!outcome->refusal.isEmpty()) {
                qCInfo(lcUi) << "return refused:" << outcome->refusal;
                m_result = {};
                m_result.refused = true;
                m_result.refusalCode = outcome->refusal;
                m_result.message = refusalText(outcome->refusal, m_windowDays, outcome->approvalAboveMinor,
                                               m_currency, outcome->attemptsLeft, outcome->lockedUntilMs);
                Q_EMIT changed();
                return;
            }
            qCInfo(lcUi) << "returned" << outcome->returnId;
            showOutcome(*outcome);
            m_result = {};
            m_result.done = true;
            m_result.message = tr("Returned: %1 refunded.").arg(localMoney(outcome->amountMinor, m_currency));
            Q_EMIT changed();
            Q_EMIT returned(outcome->returnId); // the screen reads the lists again for the next customer
        });
}

} // namespace o2o
