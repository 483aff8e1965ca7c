#include "ui/salecontroller.h"

#include "core/codeinput.h"
#include "core/membercode.h"
#include "core/money.h"
#include "store/memberresolver.h"
#include "store/saleservice.h"
#include "store/staffstore.h"
#include "ui/databasethread.h"
#include "ui/uilog.h"

#include <QDateTime>
#include <QLocale>

namespace o2o {

/** The sale as its rules judge it now: each voucher's fate and the totals. Made on the database thread. */
struct SaleReckoning {
    QList<SaleVoucher> vouchers;
    SaleTotals totals;
};

/** What pay() got: the sale read back from the database, or why nothing was sold. */
struct SaleRecorded {
    bool cashierRefused = false;
    std::optional<Sale> sale;
    Reason refusal = Reason::None;
    bool memberRefused = false; // the refusal is the member code's
    QString storeId;
};

namespace {

SaleInput saleInput(const QList<SaleLine>& lines, const QString& cashier) {
    SaleInput input;
    for (const SaleLine& line : lines) {
        SaleLineInput in;
        in.sku = line.sku;
        in.quantity = line.quantity;
        input.lines.append(in);
    }
    input.cashier = cashier;
    return input;
}

// Runs on the database thread. Each voucher is tried on a quote with the ones accepted before it, in the
// order scanned, so a refusal names the voucher it belongs to and the others still apply; then one quote
// with all accepted gives the totals and each voucher's amount. Quotes roll back: nothing is written.
Result<SaleReckoning> reckonSale(Database& db, const QList<SaleLine>& lines, QList<SaleVoucher> vouchers,
                                 const QString& cashier) {
    SystemClock clock;
    SaleService sales(db, clock);
    RedemptionService redemptions(db, clock);
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return Unexpected(settings.error());
    SaleReckoning out;
    out.totals.currency = settings->currency;
    QHash<QString, QString> voucherIds; // code -> voucher id, to find each one's redemption in the quote
    for (SaleVoucher& v : vouchers) {
        RedeemInput lookup;
        lookup.code = v.code;
        auto looked = redemptions.check(lookup);
        if (!looked)
            return Unexpected(looked.error());
        v.state = SaleVoucher::State::Waiting;
        v.reason = Reason::None;
        v.amountMinor = 0;
        v.detailMinor = -1;
        v.currency = settings->currency;
        if (looked->voucher) {
            const Voucher& voucher = looked->voucher->voucher;
            v.description = voucher.description;
            v.paysPart = voucher.kind == VoucherKind::StoredValue;
            v.currency = voucher.currency;
            voucherIds.insert(v.code, voucher.id);
            v.detailMinor =
                voucher.kind == VoucherKind::StoredValue ? voucher.balanceMinor : voucher.minSpendMinor;
        }
    }
    if (lines.isEmpty()) {
        out.vouchers = vouchers;
        return out;
    }
    const SaleInput base = saleInput(lines, cashier);
    QStringList accepted;
    for (SaleVoucher& v : vouchers) {
        SaleInput input = base;
        input.voucherCodes = accepted;
        input.voucherCodes.append(v.code);
        auto quoted = sales.quote(input);
        if (!quoted)
            return Unexpected(quoted.error());
        if (quoted->sale) {
            v.state = SaleVoucher::State::Applied;
            accepted.append(v.code);
        } else {
            v.state = SaleVoucher::State::Refused;
            v.reason = quoted->refusal.reason;
        }
    }
    SaleInput input = base;
    input.voucherCodes = accepted;
    auto quoted = sales.quote(input);
    if (!quoted)
        return Unexpected(quoted.error());
    if (!quoted->sale) // each was accepted with those before it: a refusal now is a change under us
        return Unexpected(Error{ErrorCode::Internal,
                                QStringLiteral("the vouchers changed while the sale was reckoned"), true});
    const Sale& sale = *quoted->sale;
    out.totals.subtotalMinor = sale.subtotalMinor;
    out.totals.discountMinor = sale.discountMinor;
    out.totals.taxMinor = sale.taxMinor;
    out.totals.totalMinor = sale.totalMinor;
    for (SaleVoucher& v : vouchers) {
        if (v.state != SaleVoucher::State::Applied)
            continue;
        for (const RedemptionOutcome& r : quoted->redemptions)
            if (r.voucher && r.voucher->voucher.id == voucherIds.value(v.code))
                v.amountMinor = r.valueMinor;
        if (v.paysPart)
            out.totals.cardsMinor += v.amountMinor;
    }
    out.vouchers = vouchers;
    return out;
}

Result<SaleRecorded> recordSale(Database& db, const SaleInput& input) {
    SaleRecorded out;
    StaffStore staff(db);
    auto anyStaff = staff.any();
    if (!anyStaff)
        return Unexpected(anyStaff.error());
    if (*anyStaff) { // as the command line: once there is staff, a sale names an active member
        auto member = staff.find(input.cashier);
        if (!member)
            return Unexpected(member.error());
        if (!*member || !(*member)->active) {
            out.cashierRefused = true;
            return out;
        }
    }
    SystemClock clock;
    auto sold = SaleService(db, clock).sell(input);
    if (!sold)
        return Unexpected(sold.error());
    if (!sold->sale) {
        out.refusal = sold->refusal.reason;
        out.memberRefused = sold->memberRefused;
        return out;
    }
    // The receipt shows what the database holds, read back as `sale receipt` reads it.
    auto stored = SaleStore(db).find(sold->sale->id);
    if (!stored)
        return Unexpected(stored.error());
    out.sale = *stored;
    if (auto settings = TerminalSettings::load(db))
        out.storeId = settings->storeId;
    return out;
}

QString paymentName(int method) {
    switch (method) {
    case SaleController::Card:
        return QStringLiteral("card");
    case SaleController::Other:
        return QStringLiteral("other");
    default:
        return QStringLiteral("cash");
    }
}

} // namespace

QString SaleReceipt::atText() const {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs), QLocale::ShortFormat);
}

SaleController::SaleController(DatabaseThread* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_cashierId(qEnvironmentVariable("USER", QStringLiteral("terminal"))) {}

SaleController::~SaleController() = default;

void SaleController::setCashierId(const QString& id) {
    if (id == m_cashierId)
        return;
    m_cashierId = id;
    Q_EMIT cashierIdChanged();
}

void SaleController::setProblem(Problem problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

void SaleController::startJob() {
    if (m_pendingJobs++ == 0)
        Q_EMIT busyChanged();
}

void SaleController::finishJob() {
    if (--m_pendingJobs == 0)
        Q_EMIT busyChanged();
}

void SaleController::open() {
    startJob();
    m_database->run<std::pair<QList<CatalogItem>, QString>>(
        this,
        [](Database& db) -> Result<std::pair<QList<CatalogItem>, QString>> {
            auto items = CatalogStore(db).all();
            if (!items)
                return Unexpected(items.error());
            auto settings = TerminalSettings::load(db);
            if (!settings)
                return Unexpected(settings.error());
            QList<CatalogItem> active;
            for (const CatalogItem& item : *items)
                if (item.active)
                    active.append(item);
            return std::pair{active, settings->currency};
        },
        [this](Result<std::pair<QList<CatalogItem>, QString>> result) {
            finishJob();
            if (!result) {
                qCWarning(lcUi) << "sale: catalog:" << result.error().message;
                setProblem(DatabaseFailed);
                return;
            }
            m_currency = result->second;
            m_catalog.setItems(result->first, m_currency);
            if (m_lines.count() == 0)
                m_totals.currency = m_currency;
            Q_EMIT totalsChanged();
        });
}

void SaleController::addProduct(const QString& sku) {
    if (m_receipt.shown())
        newSale();
    const auto item = m_catalog.find(sku);
    if (!item)
        return;
    QList<SaleLine> lines = m_lines.lines();
    auto it = std::find_if(lines.begin(), lines.end(), [&](const SaleLine& l) { return l.sku == sku; });
    if (it != lines.end())
        it->quantity = std::min(it->quantity + 1, 1000);
    else
        lines.append(SaleLine{item->sku, item->name, item->priceMinor, 1});
    linesChanged(std::move(lines));
}

void SaleController::changeQuantity(int row, int delta) {
    QList<SaleLine> lines = m_lines.lines();
    if (row < 0 || row >= lines.size())
        return;
    const int quantity = std::clamp(lines[row].quantity + delta, 1, 1000);
    if (quantity == lines[row].quantity)
        return;
    lines[row].quantity = quantity;
    linesChanged(std::move(lines));
}

void SaleController::removeLine(int row) {
    QList<SaleLine> lines = m_lines.lines();
    if (row < 0 || row >= lines.size())
        return;
    lines.removeAt(row);
    linesChanged(std::move(lines));
}

void SaleController::linesChanged(QList<SaleLine> lines) {
    m_lines.setLines(std::move(lines), m_currency);
    setProblem(NoProblem);
    reckon();
}

void SaleController::addVoucherCode(const QString& code) {
    const std::optional<QString> normal = normalizeCode(code);
    const QString text = normal.value_or(code.trimmed());
    if (text.isEmpty())
        return;
    if (m_committing) { // the sale being recorded is closed: the code waits for the next one
        if (!m_heldCodes.contains(text)) {
            m_heldCodes.append(text);
            Q_EMIT heldVouchersChanged();
        }
        return;
    }
    if (m_receipt.shown()) // a scan on the receipt starts the next customer's sale
        newSale();
    if (looksLikeMemberCode(text)) {
        addMemberCode(text);
        return;
    }
    QList<SaleVoucher> vouchers = m_vouchers.vouchers();
    for (const SaleVoucher& v : vouchers)
        if (v.code == text) // the scanner read it twice: one voucher
            return;
    SaleVoucher added;
    added.code = text;
    added.currency = m_currency;
    vouchers.append(added);
    qCInfo(lcUi) << "sale: voucher" << maskCode(text);
    m_vouchers.setVouchers(std::move(vouchers));
    setProblem(NoProblem);
    reckon();
}

void SaleController::addMemberCode(const QString& code) {
    if (code == m_memberCode)
        return; // the scanner read it twice: the same member
    qCInfo(lcUi) << "sale: member code" << maskCode(code);
    const quint64 revision = ++m_memberRevision;
    startJob();
    // Checked offline, on the database thread: the trust list's keys and revocations, the trusted clock.
    m_database->run<ResolvedMember>(
        this,
        [code](Database& db) { return verifyMemberOn(db, code, QDateTime::currentSecsSinceEpoch(), false); },
        [this, revision, code](Result<ResolvedMember> result) {
            if (!result) {
                qCWarning(lcUi) << "sale: member check:" << result.error().message;
                if (revision == m_memberRevision)
                    setProblem(DatabaseFailed);
            } else if (revision == m_memberRevision) {
                SaleMember member;
                if (result->reason == Reason::None) {
                    member.memberId = result->memberId;
                    member.name = result->name;
                } else {
                    qCInfo(lcUi) << "sale: member code refused:" << reasonCode(result->reason);
                    member.refusal = result->reason;
                }
                setMember(member, result->reason == Reason::None ? code : QString());
            }
            finishJob();
        });
}

void SaleController::setMember(SaleMember member, const QString& code) {
    m_memberCode = code;
    if (member == m_member)
        return;
    m_member = std::move(member);
    Q_EMIT memberChanged();
}

void SaleController::removeMember() {
    ++m_memberRevision; // a check still under way is for the member taken off
    setMember(SaleMember{}, QString());
}

void SaleController::removeVoucher(int row) {
    QList<SaleVoucher> vouchers = m_vouchers.vouchers();
    if (row < 0 || row >= vouchers.size())
        return;
    vouchers.removeAt(row);
    m_vouchers.setVouchers(std::move(vouchers));
    reckon();
}

void SaleController::reckon() {
    const quint64 revision = ++m_revision;
    startJob();
    const QList<SaleLine> lines = m_lines.lines();
    const QList<SaleVoucher> vouchers = m_vouchers.vouchers();
    const QString cashier = m_cashierId;
    m_database->run<SaleReckoning>(
        this, [lines, vouchers, cashier](Database& db) { return reckonSale(db, lines, vouchers, cashier); },
        [this, revision](Result<SaleReckoning> result) {
            if (!result) {
                qCWarning(lcUi) << "sale: reckoning:" << result.error().message;
                if (revision == m_revision)
                    setProblem(DatabaseFailed);
            } else {
                onReckoned(revision, *result);
            }
            finishJob();
        });
}

void SaleController::onReckoned(quint64 revision, const SaleReckoning& reckoning) {
    if (revision != m_revision)
        return; // the sale changed since: a newer reckoning is on its way
    m_vouchers.setVouchers(reckoning.vouchers);
    m_totals = reckoning.totals;
    Q_EMIT totalsChanged();
    Q_EMIT cashChanged();
}

std::optional<qint64> SaleController::cashGivenMinor() const {
    QString text = m_cashGiven.trimmed();
    text.remove(u' '); // no group separators: in English "20,00" is a cashier's 20.00, not 2000
    text.replace(QLocale().decimalPoint(), QStringLiteral("."));
    text.replace(u',', u'.');
    if (text.isEmpty() || !Money::isWellFormedAmount(text))
        return std::nullopt;
    auto money = Money::parse(text, m_totals.currency);
    if (!money)
        return std::nullopt;
    return money->minor();
}

void SaleController::setCashGiven(const QString& text) {
    if (text == m_cashGiven)
        return;
    m_cashGiven = text;
    if (m_problem == CashTooLow)
        setProblem(NoProblem);
    Q_EMIT cashChanged();
}

bool SaleController::cashEnough() const {
    const auto given = cashGivenMinor();
    return given && *given >= m_totals.toPayMinor();
}

QString SaleController::changeText() const {
    const auto given = cashGivenMinor();
    const qint64 change = given ? *given - m_totals.toPayMinor() : 0;
    return localMoney(std::max<qint64>(change, 0), m_totals.currency);
}

QStringList SaleController::cashSuggestions() const {
    const qint64 toPay = m_totals.toPayMinor();
    if (toPay <= 0)
        return {};
    qint64 unit = 1;
    for (int i = 0; i < Money::minorDigits(m_totals.currency); ++i)
        unit *= 10;
    QList<qint64> amounts{toPay};
    for (const qint64 note : {5, 10, 20, 50, 100}) {
        const qint64 step = note * unit;
        const qint64 rounded = (toPay + step - 1) / step * step;
        if (!amounts.contains(rounded) && amounts.size() < 4)
            amounts.append(rounded);
    }
    QStringList out;
    for (const qint64 amount : amounts)
        out.append(Money(amount, m_totals.currency).amountText().replace(u'.', QLocale().decimalPoint()));
    return out;
}

bool SaleController::pay(int method) {
    if (!canPay())
        return false;
    std::optional<qint64> given;
    if (method == Cash && !m_cashGiven.trimmed().isEmpty()) {
        given = cashGivenMinor();
        if (!given || *given < m_totals.toPayMinor()) {
            setProblem(CashTooLow);
            return false;
        }
    }
    SaleInput input = saleInput(m_lines.lines(), m_cashierId);
    for (const SaleVoucher& v : m_vouchers.vouchers())
        if (v.state == SaleVoucher::State::Applied)
            input.voucherCodes.append(v.code);
    input.payment = paymentName(method);
    input.memberCode = m_memberCode;
    setProblem(NoProblem);
    m_committing = true;
    startJob();
    const qint64 cash = given.value_or(-1);
    m_database->run<SaleRecorded>(
        this, [input](Database& db) { return recordSale(db, input); },
        [this, method, cash](Result<SaleRecorded> result) {
            m_committing = false;
            if (!result) {
                qCWarning(lcUi) << "sale: not recorded:" << result.error().message;
                setProblem(DatabaseFailed);
            } else {
                onRecorded(*result, method, cash);
            }
            if (!m_receipt.shown()) // not sold: the codes scanned meanwhile join this sale
                addHeldCodes();
            finishJob();
        });
    return true;
}

void SaleController::onRecorded(const SaleRecorded& recorded, int method, qint64 cashGivenMinor) {
    if (recorded.cashierRefused) {
        setProblem(CashierNotActive);
        return;
    }
    if (!recorded.sale && recorded.memberRefused) { // revoked since it was scanned, say
        SaleMember refused;
        refused.refusal = recorded.refusal;
        setMember(refused, QString());
        setProblem(MemberRefused);
        return;
    }
    if (!recorded.sale) { // a voucher went elsewhere meanwhile: show the sale as it now stands
        setProblem(SaleRefused);
        reckon();
        return;
    }
    const Sale& sale = *recorded.sale;
    SaleReceipt receipt;
    receipt.saleId = sale.id;
    receipt.atMs = sale.atMs;
    receipt.cashier = sale.cashier;
    receipt.storeId = recorded.storeId;
    receipt.totals.currency = sale.currency;
    receipt.totals.subtotalMinor = sale.subtotalMinor;
    receipt.totals.discountMinor = sale.discountMinor;
    receipt.totals.taxMinor = sale.taxMinor;
    receipt.totals.totalMinor = sale.totalMinor;
    for (const QJsonValue payment : sale.payments) {
        const qint64 amount = payment[QStringLiteral("amount")].toInteger();
        if (payment[QStringLiteral("method")].toString() == QLatin1StringView("voucher"))
            receipt.totals.cardsMinor += amount;
        else
            receipt.paymentMinor += amount;
    }
    receipt.paymentMethod = method;
    receipt.cashGivenMinor = method == Cash ? cashGivenMinor : -1;
    QList<SaleLine> lines;
    for (const QJsonValue line : sale.lines)
        lines.append(SaleLine{line[QStringLiteral("sku")].toString(), line[QStringLiteral("name")].toString(),
                              line[QStringLiteral("unit_price")].toInteger(),
                              line[QStringLiteral("quantity")].toInt()});
    m_receiptLines.setLines(std::move(lines), sale.currency);
    m_receipt = receipt;
    qCInfo(lcUi) << "sale recorded" << sale.id << "total" << sale.totalMinor << sale.currency;
    Q_EMIT receiptChanged();
    Q_EMIT busyChanged(); // canPay: a receipt is up
    Q_EMIT saleRecorded(sale.id);
}

void SaleController::addHeldCodes() {
    const QStringList held = std::exchange(m_heldCodes, {});
    if (!held.isEmpty())
        Q_EMIT heldVouchersChanged();
    for (const QString& code : held)
        addVoucherCode(code);
}

void SaleController::newSale() {
    ++m_revision; // a reckoning still under way is for the old sale
    m_lines.setLines({}, m_currency);
    m_vouchers.setVouchers({});
    m_receiptLines.setLines({}, m_currency);
    m_receipt = SaleReceipt{};
    m_totals = SaleTotals{};
    m_totals.currency = m_currency;
    m_cashGiven.clear();
    removeMember();
    setProblem(NoProblem);
    Q_EMIT totalsChanged();
    Q_EMIT receiptChanged();
    Q_EMIT cashChanged();
    Q_EMIT busyChanged();
    addHeldCodes(); // scanned while the last sale was being recorded
}

void SaleController::relocalize() {
    m_catalog.relocalize();
    m_lines.relocalize();
    m_vouchers.relocalize();
    m_receiptLines.relocalize();
    Q_EMIT totalsChanged();
    Q_EMIT receiptChanged();
    Q_EMIT cashChanged();
    Q_EMIT memberChanged(); // its refusal is worded when read
}

} // namespace o2o
