#include "ui/reportcsv.h"

namespace o2o {

namespace {

const QStringList kColumns{QStringLiteral("section"),
                           QStringLiteral("key"),
                           QStringLiteral("label"),
                           QStringLiteral("redemptions"),
                           QStringLiteral("redemptions_value"),
                           QStringLiteral("uses"),
                           QStringLiteral("sales"),
                           QStringLiteral("sales_amount"),
                           QStringLiteral("voids"),
                           QStringLiteral("detail")};

// Text from people (cashier names, deal descriptions, reasons) must not become a formula.
QString safeText(const QString& text) {
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && kFormulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString field(const QString& value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

class CsvWriter {
public:
    void row(const QStringList& fields) {
        QStringList cells;
        for (const QString& f : fields)
            cells.append(field(f));
        while (cells.size() < kColumns.size())
            cells.append(QString());
        m_out.append(cells.join(u',').toUtf8()).append("\r\n");
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out = QByteArray("\xEF\xBB\xBF");
};

} // namespace

QByteArray reportCsv(const DayReport& r) {
    CsvWriter csv;
    csv.row(kColumns);
    const auto info = [&](const QString& key, const QString& value) {
        csv.row({QStringLiteral("info"), key, safeText(value)});
    };
    info(QStringLiteral("store"), r.storeId);
    info(QStringLiteral("terminal"), r.terminalId);
    info(QStringLiteral("from"), r.from.toString(Qt::ISODate));
    info(QStringLiteral("to"), r.to.toString(Qt::ISODate));
    info(QStringLiteral("time_zone"), r.timeZone);
    info(QStringLiteral("period_start"), r.localTime(r.span.fromMs));
    info(QStringLiteral("period_end"), r.localTime(r.span.toMs));
    info(QStringLiteral("generated_at"), r.localTime(r.generatedMs));
    info(QStringLiteral("currency"), r.currency);
    info(QStringLiteral("sales_tax"), r.amount(r.salesTaxMinor));
    info(QStringLiteral("sales_discount"), r.amount(r.salesDiscountMinor));
    info(QStringLiteral("conflicts"), QString::number(r.conflicts.size()));
    info(QStringLiteral("pending_events"), QString::number(r.pendingEvents));

    const auto groups = [&](const QString& section, const QList<ReportGroup>& list) {
        for (const ReportGroup& g : list)
            csv.row({section, safeText(g.key), safeText(g.label), QString::number(g.redemptions),
                     r.amount(g.redemptionsMinor), QString::number(g.uses), QString::number(g.sales),
                     r.amount(g.salesMinor), QString::number(g.voids)});
    };
    groups(QStringLiteral("total"), {r.totals});
    groups(QStringLiteral("kind"), r.byKind);
    groups(QStringLiteral("deal"), r.byDeal);
    groups(QStringLiteral("cashier"), r.byCashier);
    groups(QStringLiteral("channel"), r.byChannel);
    groups(QStringLiteral("payment"), r.byPayment);
    groups(QStringLiteral("day"), r.byDay);
    groups(QStringLiteral("hour"), r.byHour);
    // Refunds of returns by how the money went back: in the sales columns, counted and summed.
    for (const ReportGroup& g : r.refundsByPayment)
        csv.row({QStringLiteral("refund"),
                 safeText(g.key),
                 safeText(g.label),
                 {},
                 {},
                 {},
                 QString::number(g.sales),
                 r.amount(g.salesMinor),
                 {}});

    for (const ReportVoid& v : r.voids) {
        const bool sale = v.targetKind == QStringLiteral("sale");
        const QString amount = r.amount(v.amountMinor);
        csv.row({QStringLiteral("void"),
                 v.targetId,
                 safeText(v.description),
                 {},
                 sale ? QString() : amount,
                 {},
                 {},
                 sale ? amount : QString(),
                 QStringLiteral("1"),
                 safeText(QStringLiteral("%1 by %2 at %3; voided by %4 at %5: %6")
                              .arg(v.targetKind, v.cashier, r.localTime(v.atMs), v.by,
                                   r.localTime(v.voidedMs), v.reason))});
    }
    for (const ConflictRecord& c : r.conflicts)
        csv.row({QStringLiteral("conflict"),
                 c.redemptionId,
                 c.voucherId,
                 {},
                 {},
                 {},
                 {},
                 {},
                 {},
                 QStringLiteral("redeemed at %1; first redeemed by terminal %2 at %3 (redemption %4)")
                     .arg(r.localTime(c.atMs), c.firstTerminalId, r.localTime(c.firstAtMs),
                          c.firstRedemptionId)});
    return csv.take();
}

} // namespace o2o
