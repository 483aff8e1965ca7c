#include "ui/campaignreportexport.h"

#include "core/money.h"
#include "ui/pdflayout.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace o2o {

namespace {

constexpr int kDpi = 300;
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);

QString field(const QString& value) {
    // Campaign ids are [A-Za-z0-9._-]: nothing to quote, nothing a spreadsheet would run as a formula.
    return value;
}

QString hourText(int h) {
    return QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
}

QString period(const CampaignReport& r) {
    return r.from == r.to
               ? r.from.toString(Qt::ISODate)
               : QStringLiteral("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
}

} // namespace

QByteArray campaignReportCsv(const CampaignReport& r) {
    const auto amount = [&](qint64 minor) { return Money(minor, r.currency).amountText(); };
    QByteArray out("section,campaign,key,redemptions,spend,sales,members_new,members_returning\r\n");
    const auto row = [&](const QStringList& cells) { out.append(cells.join(u',').toUtf8()).append("\r\n"); };
    for (const CampaignTotals& c : r.campaigns)
        row({QStringLiteral("campaign"), field(c.campaign), QString(), QString::number(c.redemptions),
             amount(c.spendMinor), QString::number(c.sales), QString::number(c.membersNew),
             QString::number(c.membersReturning)});
    for (const CampaignTotals& c : r.campaigns)
        for (const auto& [day, bucket] : c.byDay)
            row({QStringLiteral("day"), field(c.campaign), day.toString(Qt::ISODate),
                 QString::number(bucket.redemptions), amount(bucket.spendMinor), QString(), QString(),
                 QString()});
    for (const CampaignTotals& c : r.campaigns)
        for (int h = 0; h < 24; ++h) {
            const CampaignBucket& bucket = c.byHour[size_t(h)];
            if (bucket.redemptions || bucket.spendMinor)
                row({QStringLiteral("hour"), field(c.campaign), hourText(h),
                     QString::number(bucket.redemptions), amount(bucket.spendMinor), QString(), QString(),
                     QString()});
        }
    return out;
}

Result<QByteArray> campaignReportPdf(const CampaignReport& r) {
    const auto amount = [&](qint64 minor) { return Money(minor, r.currency).amountText(); };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                  QPageLayout::Millimeter));
    pdf.setTitle(QStringLiteral("Campaign report %1 %2").arg(r.storeId, period(r)));
    pdf.setCreator(QStringLiteral("o2o-terminal"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(ErrorCode::Internal, QStringLiteral("cannot draw the report PDF"));
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const qreal line = QFontMetricsF(printFont(9), &pdf).height();
    const qreal headerH = line * 4.2;
    const qreal footerH = line * 2;
    const QRectF body = page.adjusted(0, headerH, 0, -footerH);

    constexpr Qt::Alignment kRight = Qt::AlignRight;
    PdfLayout doc(line);
    doc.heading(QStringLiteral("Campaigns"));
    QList<QStringList> totals;
    for (const CampaignTotals& c : r.campaigns)
        totals.append({c.campaign, QString::number(c.redemptions), QString::number(c.sales),
                       amount(c.spendMinor), QString::number(c.membersNew),
                       QString::number(c.membersReturning)});
    if (totals.isEmpty())
        doc.note(QStringLiteral("No voucher of a campaign was redeemed in this period."));
    else
        doc.table({{QStringLiteral("Campaign"), 0.24},
                   {QStringLiteral("Redemptions"), 0.16, kRight},
                   {QStringLiteral("Sales"), 0.1, kRight},
                   {QStringLiteral("Spend"), 0.14, kRight},
                   {QStringLiteral("New members"), 0.18, kRight},
                   {QStringLiteral("Returning"), 0.18, kRight}},
                  totals);
    for (const CampaignTotals& c : r.campaigns) {
        doc.heading(QStringLiteral("%1 by day and hour").arg(c.campaign));
        QList<QStringList> rows;
        for (const auto& [day, bucket] : c.byDay)
            rows.append(
                {day.toString(Qt::ISODate), QString::number(bucket.redemptions), amount(bucket.spendMinor)});
        for (int h = 0; h < 24; ++h) {
            const CampaignBucket& bucket = c.byHour[size_t(h)];
            if (bucket.redemptions || bucket.spendMinor)
                rows.append({QStringLiteral("%1:00").arg(hourText(h)), QString::number(bucket.redemptions),
                             amount(bucket.spendMinor)});
        }
        doc.table({{QStringLiteral("Day or hour"), 0.4},
                   {QStringLiteral("Redemptions"), 0.3, kRight},
                   {QStringLiteral("Spend"), 0.3, kRight}},
                  rows);
    }
    const QString heading = QStringLiteral("Campaign report · %1").arg(period(r));
    const QString store = QStringLiteral("Store %1 · terminal %2 · %3 · amounts in %4")
                              .arg(r.storeId, r.terminalId, r.timeZone, r.currency);
    doc.paint(pdf, painter, page, body, [&](QPainter& p, const QRectF& area, int number, int pages) {
        p.setPen(kInk);
        p.setFont(printFont(16, true));
        p.drawText(QRectF(area.left(), area.top(), area.width(), line * 2.2),
                   Qt::AlignLeft | Qt::AlignVCenter, heading);
        p.setFont(printFont(10));
        p.drawText(QRectF(area.left(), area.top() + line * 2.2, area.width(), line * 1.3),
                   Qt::AlignLeft | Qt::AlignVCenter, store);
        p.setPen(QPen(kInk, line * 0.06));
        p.drawLine(QPointF(area.left(), area.top() + headerH - line * 0.4),
                   QPointF(area.right(), area.top() + headerH - line * 0.4));
        const QRectF foot(area.left(), area.bottom() - footerH * 0.8, area.width(), footerH * 0.8);
        p.setPen(kMuted);
        p.setFont(printFont(8));
        p.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("Page %1 of %2").arg(number).arg(pages));
    });
    if (!painter.end())
        return fail(ErrorCode::Internal, QStringLiteral("cannot finish the report PDF"));
    return bytes;
}

} // namespace o2o
