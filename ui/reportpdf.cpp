#include "ui/reportpdf.h"

#include "ui/pdflayout.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace o2o {

namespace {

constexpr int kDpi = 300;
constexpr int kMaxDeals = 40; // the rest are in the JSON and CSV
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kRedemptionBar(0x2b, 0x6c, 0xb0);
const QColor kSaleBar(0xe0, 0x8a, 0x1e);
const QColor kAlert(0xb0, 0x20, 0x20);

using Column = PdfLayout::Column;
constexpr Qt::Alignment kRight = Qt::AlignRight;

// 1, 2 or 5 times a power of ten: at most five grid steps up to the top value.
qint64 gridStep(qint64 top) {
    for (qint64 power = 1;; power *= 10)
        for (qint64 m : {1, 2, 5})
            if (m * power * 5 >= top)
                return m * power;
}

void paintHourChart(QPainter& p, const QRectF& area, const DayReport& r) {
    p.setFont(printFont(8));
    const QFontMetricsF metrics(p.font(), p.device());
    const qreal labelH = metrics.height() * 1.5;
    const qreal axisW = metrics.horizontalAdvance(QStringLiteral("000000"));
    const QRectF plot(area.left() + axisW, area.top() + labelH * 0.5, area.width() - axisW,
                      area.height() - 3 * labelH);
    qint64 top = 1;
    for (const ReportGroup& g : r.byHour)
        top = std::max({top, g.redemptions, g.sales});
    const qint64 step = gridStep(top);
    const qint64 scaleTop = (top + step - 1) / step * step;
    for (qint64 v = 0; v <= scaleTop; v += step) {
        const qreal y = plot.bottom() - plot.height() * double(v) / double(scaleTop);
        p.setPen(QPen(kRule, metrics.height() * 0.04));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), y - labelH / 2, axisW * 0.85, labelH),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    const qreal slot = plot.width() / 24;
    const qreal barW = slot * 0.36;
    for (qsizetype h = 0; h < r.byHour.size() && h < 24; ++h) {
        const ReportGroup& g = r.byHour.at(h);
        const qreal x = plot.left() + slot * qreal(h) + slot * 0.14;
        for (const auto& [offset, value, colour] :
             {std::tuple{0.0, g.redemptions, kRedemptionBar}, std::tuple{barW, g.sales, kSaleBar}}) {
            const qreal height = plot.height() * double(value) / double(scaleTop);
            p.fillRect(QRectF(x + offset, plot.bottom() - height, barW, height), colour);
        }
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() + slot * qreal(h), plot.bottom(), slot, labelH), Qt::AlignCenter,
                   g.key);
    }
    const qreal ly = plot.bottom() + labelH * 1.3;
    const qreal box = metrics.height() * 0.7;
    qreal lx = plot.left();
    for (const auto& [colour, text] : {std::pair{kRedemptionBar, QStringLiteral("Redemptions")},
                                       std::pair{kSaleBar, QStringLiteral("Sales")}}) {
        p.fillRect(QRectF(lx, ly + (labelH - box) / 2, box, box), colour);
        p.setPen(kInk);
        p.drawText(QRectF(lx + box * 1.5, ly, plot.width() / 3, labelH), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        lx += box * 4.5 + metrics.horizontalAdvance(text);
    }
    p.setPen(kMuted);
    p.drawText(QRectF(plot.left(), ly, plot.width(), labelH), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("count per hour of the day, %1").arg(r.timeZone));
}

QString hhmm(const DayReport& r, qint64 ms) {
    return r.localTime(ms).mid(11, 5);
}

// "2025-11-18 22:00" and, once, the offset: what a person reads, where JSON has ISO 8601.
QString readableTime(const DayReport& r, qint64 ms) {
    return r.localTime(ms).left(16).replace(u'T', u' ');
}

QString count(qint64 n) {
    return QLocale(QLocale::English).toString(n);
}

QList<QStringList> groupRows(const DayReport& r, const QList<ReportGroup>& groups, bool withSales,
                             bool withLabel, qsizetype limit = -1, bool labelOnly = false) {
    QList<QStringList> rows;
    for (const ReportGroup& g : groups) {
        if (limit >= 0 && rows.size() >= limit)
            break;
        QStringList row{labelOnly ? g.label : g.key};
        if (withLabel)
            row.append(g.label);
        row << count(g.redemptions) << r.amount(g.redemptionsMinor);
        if (withSales)
            row << count(g.sales) << r.amount(g.salesMinor);
        row << count(g.voids);
        rows.append(row);
    }
    return rows;
}

void layOut(PdfLayout& doc, const DayReport& r, qreal line) {
    const QString cur = r.currency;
    doc.heading(QStringLiteral("Totals"));
    const ReportGroup& t = r.totals;
    doc.table(
        {{QStringLiteral("What"), 0.6},
         {QStringLiteral("Count"), 0.2, kRight},
         {QStringLiteral("Amount (%1)").arg(cur), 0.2, kRight}},
        {{QStringLiteral("Redemptions (voids excluded)"), count(t.redemptions), r.amount(t.redemptionsMinor)},
         {QStringLiteral("Sales (voids excluded)"), count(t.sales), r.amount(t.salesMinor)},
         {QStringLiteral("  of which tax"), QString(), r.amount(r.salesTaxMinor)},
         {QStringLiteral("  discounts given"), QString(), r.amount(r.salesDiscountMinor)},
         {QStringLiteral("Voids"), count(t.voids), QString()},
         {QStringLiteral("Conflicts reported by the platform"), count(r.conflicts.size()), QString()},
         {QStringLiteral("Events waiting to upload"), count(r.pendingEvents), QString()}});
    if (r.pendingEvents > 0)
        doc.note(QStringLiteral("%1 events have not reached the platform yet: these figures may still change "
                                "there.")
                     .arg(r.pendingEvents),
                 kAlert);

    doc.heading(QStringLiteral("By hour"));
    doc.drawn(line * 16, [&r](QPainter& p, const QRectF& area) { paintHourChart(p, area, r); });

    const QString value = QStringLiteral("Value (%1)").arg(cur);
    const QString amount = QStringLiteral("Amount (%1)").arg(cur);
    doc.heading(QStringLiteral("By cashier"));
    doc.table({{QStringLiteral("Cashier"), 0.12},
               {QStringLiteral("Name"), 0.2},
               {QStringLiteral("Redemptions"), 0.16, kRight},
               {value, 0.15, kRight},
               {QStringLiteral("Sales"), 0.09, kRight},
               {amount, 0.17, kRight},
               {QStringLiteral("Voids"), 0.11, kRight}},
              groupRows(r, r.byCashier, true, true));
    doc.heading(QStringLiteral("By voucher kind"));
    doc.table({{QStringLiteral("Kind"), 0.4},
               {QStringLiteral("Redemptions"), 0.2, kRight},
               {value, 0.2, kRight},
               {QStringLiteral("Voids"), 0.2, kRight}},
              groupRows(r, r.byKind, false, false, -1, true));
    doc.heading(QStringLiteral("Online and offline"));
    doc.table({{QStringLiteral("Redeemed"), 0.4},
               {QStringLiteral("Redemptions"), 0.2, kRight},
               {value, 0.2, kRight},
               {QStringLiteral("Voids"), 0.2, kRight}},
              groupRows(r, r.byChannel, false, false));
    if (!r.byPayment.isEmpty()) {
        QList<QStringList> rows;
        for (const ReportGroup& g : r.byPayment)
            rows.append({g.key, count(g.sales), r.amount(g.salesMinor)});
        doc.heading(QStringLiteral("Sales by payment method"));
        doc.table({{QStringLiteral("Method"), 0.4},
                   {QStringLiteral("Payments"), 0.3, kRight},
                   {amount, 0.3, kRight}},
                  rows);
    }
    if (!r.refundsByPayment.isEmpty()) {
        QList<QStringList> rows;
        for (const ReportGroup& g : r.refundsByPayment)
            rows.append({g.key, count(g.sales), r.amount(g.salesMinor)});
        doc.heading(QStringLiteral("Refunds of returns by payment method"));
        doc.table({{QStringLiteral("Method"), 0.4},
                   {QStringLiteral("Refunds"), 0.3, kRight},
                   {amount, 0.3, kRight}},
                  rows);
    }
    if (r.byDay.size() > 1) {
        doc.heading(QStringLiteral("By day"));
        doc.table({{QStringLiteral("Day"), 0.25},
                   {QStringLiteral("Redemptions"), 0.15, kRight},
                   {value, 0.15, kRight},
                   {QStringLiteral("Sales"), 0.15, kRight},
                   {amount, 0.15, kRight},
                   {QStringLiteral("Voids"), 0.15, kRight}},
                  groupRows(r, r.byDay, true, false));
    }
    doc.heading(QStringLiteral("By deal"));
    doc.table({{QStringLiteral("Deal"), 0.4},
               {QStringLiteral("Kind"), 0.15},
               {QStringLiteral("Redemptions"), 0.15, kRight},
               {value, 0.15, kRight},
               {QStringLiteral("Voids"), 0.15, kRight}},
              groupRows(r, r.byDeal, false, true, kMaxDeals));
    if (r.byDeal.size() > kMaxDeals)
        doc.note(
            QStringLiteral("%1 more deals: see the JSON or CSV report.").arg(r.byDeal.size() - kMaxDeals));

    doc.heading(QStringLiteral("Voids"));
    QList<QStringList> voids;
    for (const ReportVoid& v : r.voids)
        voids.append({hhmm(r, v.atMs), v.targetKind, v.description, v.cashier, r.amount(v.amountMinor), v.by,
                      v.reason});
    if (voids.isEmpty())
        doc.note(QStringLiteral("No voids."));
    else
        doc.table({{QStringLiteral("Time"), 0.07},
                   {QStringLiteral("Entry"), 0.13},
                   {QStringLiteral("Deal"), 0.19},
                   {QStringLiteral("Cashier"), 0.09},
                   {QStringLiteral("Amount"), 0.1, kRight},
                   {QStringLiteral("Voided by"), 0.12},
                   {QStringLiteral("Reason"), 0.3}},
                  voids);
    doc.heading(QStringLiteral("Conflicts"));
    QList<QStringList> conflicts;
    for (const ConflictRecord& c : r.conflicts)
        conflicts.append({hhmm(r, c.atMs), c.voucherId, c.firstTerminalId, readableTime(r, c.firstAtMs)});
    if (conflicts.isEmpty())
        doc.note(QStringLiteral("No conflicts reported."));
    else
        doc.table({{QStringLiteral("Time"), 0.1},
                   {QStringLiteral("Voucher"), 0.3},
                   {QStringLiteral("Redeemed first by terminal"), 0.3},
                   {QStringLiteral("at"), 0.3}},
                  conflicts);
}

QString period(const DayReport& r) {
    return r.from == r.to
               ? r.from.toString(Qt::ISODate)
               : QStringLiteral("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
}

} // namespace

Result<QByteArray> reportPdf(const DayReport& r, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                  QPageLayout::Millimeter));
    pdf.setTitle(QStringLiteral("%1 %2 %3").arg(title, r.storeId, period(r)));
    pdf.setCreator(QStringLiteral("o2o-terminal"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(ErrorCode::Internal, QStringLiteral("cannot draw the report PDF"));
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const qreal line = QFontMetricsF(printFont(9), &pdf).height();
    const qreal headerH = line * 5.2;
    const qreal footerH = line * 2;
    const QRectF body = page.adjusted(0, headerH, 0, -footerH);

    PdfLayout doc(line);
    layOut(doc, r, line);
    const QString heading = QStringLiteral("%1 · %2").arg(title, period(r));
    const QString store = QStringLiteral("Store %1 · terminal %2").arg(r.storeId, r.terminalId);
    const QString offset = r.localTime(r.span.fromMs).mid(19);
    QString when = QStringLiteral("From %1 to %2 (%3, UTC%4) · amounts in %5")
                       .arg(readableTime(r, r.span.fromMs), readableTime(r, r.span.toMs), r.timeZone,
                            offset == QStringLiteral("Z") ? QString() : offset, r.currency);
    if (r.closedMs > 0)
        when += QStringLiteral(" · closed by %1 at %2").arg(r.closedBy, readableTime(r, r.closedMs));
    else if (r.from == r.to)
        when += QStringLiteral(" · day not closed");
    const QString generated =
        QStringLiteral("o2o-terminal · report made %1").arg(readableTime(r, r.generatedMs));
    doc.paint(pdf, painter, page, body, [&](QPainter& p, const QRectF& area, int number, int pages) {
        p.setPen(kInk);
        p.setFont(printFont(16, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), line * 2.2),
                   Qt::AlignLeft | Qt::AlignVCenter, heading);
        p.setFont(printFont(10));
        p.drawText(QRectF(area.left(), area.top() + line * 2.2, area.width(), line * 1.3),
                   Qt::AlignLeft | Qt::AlignVCenter, store);
        p.setPen(kMuted);
        p.setFont(printFont(9));
        p.drawText(QRectF(area.left(), area.top() + line * 3.5, area.width(), line * 1.2),
                   Qt::AlignLeft | Qt::AlignVCenter, when);
        p.setPen(QPen(kInk, line * 0.06));
        p.drawLine(QPointF(area.left(), area.top() + headerH - line * 0.4),
                   QPointF(area.right(), area.top() + headerH - line * 0.4));
        const QRectF foot(area.left(), area.bottom() - footerH * 0.8, area.width(), footerH * 0.8);
        p.setPen(kMuted);
        p.setFont(printFont(8));
        p.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, generated);
        p.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("Page %1 of %2").arg(number).arg(pages));
    });
    if (!painter.end())
        return fail(ErrorCode::Internal, QStringLiteral("cannot finish the report PDF"));
    return bytes;
}

} // namespace o2o
