#include "app/saleviews.h"

#include "app/jsonviews.h"
#include "core/money.h"
#include "core/timeformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace o2o {

namespace {

constexpr int kReceiptColumns = 42;

QString amount(qint64 minor, const QString& currency) {
    return Money(minor, currency).amountText();
}

// "Label ........ 12.50" in kReceiptColumns characters (the label cut if it must be).
QString twoColumns(const QString& label, const QString& value) {
    const int room = kReceiptColumns - int(value.size()) - 1;
    return label.left(room).leftJustified(room) + u' ' + value;
}

QString methodName(const QString& method) {
    if (method == QStringLiteral("voucher"))
        return QStringLiteral("Voucher");
    if (method == QStringLiteral("card"))
        return QStringLiteral("Card");
    if (method == QStringLiteral("cash"))
        return QStringLiteral("Cash");
    return QStringLiteral("Other");
}

} // namespace

QJsonObject saleView(const Sale& sale, const QList<RedemptionOutcome>& redemptions) {
    QJsonArray lines;
    for (const QJsonValue v : sale.lines) {
        QJsonObject line = v.toObject();
        for (const char* key : {"unit_price", "amount", "discount", "tax"})
            line.insert(QLatin1StringView(key),
                        amount(line.value(QLatin1StringView(key)).toInteger(), sale.currency));
        line.insert(QStringLiteral("tax_rate"),
                    QString::number(line.value(QStringLiteral("tax_rate_bp")).toInteger() / 100.0, 'f', 2));
        line.remove(QStringLiteral("tax_rate_bp"));
        lines.append(line);
    }
    QJsonArray payments;
    for (const QJsonValue v : sale.payments) {
        QJsonObject payment = v.toObject();
        payment.insert(QStringLiteral("amount"),
                       amount(payment.value(QStringLiteral("amount")).toInteger(), sale.currency));
        payments.append(payment);
    }
    QJsonArray redeemed;
    for (const RedemptionOutcome& r : redemptions)
        redeemed.append(outcomeView(r));
    QJsonObject view{{QStringLiteral("sale_id"), sale.id},
                     {QStringLiteral("at"), localIsoTime(sale.atMs)},
                     {QStringLiteral("cashier"), sale.cashier},
                     {QStringLiteral("currency"), sale.currency},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("subtotal"), amount(sale.subtotalMinor, sale.currency)},
                     {QStringLiteral("discount"), amount(sale.discountMinor, sale.currency)},
                     {QStringLiteral("tax"), amount(sale.taxMinor, sale.currency)},
                     {QStringLiteral("total"), amount(sale.totalMinor, sale.currency)},
                     {QStringLiteral("payments"), payments},
                     {QStringLiteral("redemptions"),
                      redemptions.isEmpty() ? QJsonArray::fromStringList(sale.redemptionIds) : redeemed},
                     {QStringLiteral("voided"), sale.voided}};
    if (!sale.memberId.isEmpty())
        view.insert(QStringLiteral("member"), sale.memberId);
    return view;
}

QJsonObject catalogItemView(const CatalogItem& item, const QString& currency) {
    return QJsonObject{{QStringLiteral("sku"), item.sku},
                       {QStringLiteral("name"), item.name},
                       {QStringLiteral("price"), amount(item.priceMinor, currency)},
                       {QStringLiteral("tax_rate"), QString::number(item.taxRateBp / 100.0, 'f', 2)}};
}

QStringList receiptText(const Sale& sale, const QString& storeName) {
    const QString rule(kReceiptColumns, u'-');
    QStringList out{
        storeName.left(kReceiptColumns), localIsoTime(sale.atMs).left(19).replace(u'T', u' '),
        QStringLiteral("Sale %1  Cashier %2").arg(sale.id.left(8), sale.cashier).left(kReceiptColumns), rule};
    for (const QJsonValue v : sale.lines) {
        const QJsonObject line = v.toObject();
        const int quantity = line.value(QStringLiteral("quantity")).toInt();
        out.append(twoColumns(quantity > 1 ? QStringLiteral("%1 x %2").arg(quantity).arg(
                                                 line.value(QStringLiteral("name")).toString())
                                           : line.value(QStringLiteral("name")).toString(),
                              amount(line.value(QStringLiteral("amount")).toInteger(), sale.currency)));
    }
    out.append(rule);
    out.append(twoColumns(QStringLiteral("Subtotal"), amount(sale.subtotalMinor, sale.currency)));
    if (sale.discountMinor > 0)
        out.append(twoColumns(QStringLiteral("Vouchers"), u'-' + amount(sale.discountMinor, sale.currency)));
    out.append(twoColumns(QStringLiteral("Tax"), amount(sale.taxMinor, sale.currency)));
    out.append(
        twoColumns(QStringLiteral("TOTAL %1").arg(sale.currency), amount(sale.totalMinor, sale.currency)));
    for (const QJsonValue v : sale.payments)
        out.append(twoColumns(methodName(v[QStringLiteral("method")].toString()),
                              amount(v[QStringLiteral("amount")].toInteger(), sale.currency)));
    // The member it counts for, by the last 8 hex digits of the id (the customer can tell it's theirs).
    if (!sale.memberId.isEmpty())
        out.append(twoColumns(QStringLiteral("Member"), QStringLiteral("…") + sale.memberId.right(8)));
    if (sale.voided)
        out.append(QStringLiteral("*** VOIDED ***").rightJustified(28));
    return out;
}

Result<QByteArray> receiptPdf(const Sale& sale, const QString& storeName) {
    const QStringList lines = receiptText(sale, storeName);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    // 80 mm roll paper, as long as the receipt needs.
    pdf.setPageSize(QPageSize(QSizeF(80, 20 + 5.0 * lines.size()), QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(3, 5, 3, 5), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(QStringLiteral("Receipt %1").arg(sale.id));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(ErrorCode::Internal, QStringLiteral("cannot draw the receipt"));
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(int(pdf.width() / (kReceiptColumns * 0.62)));
    painter.setFont(font);
    const int lineHeight = QFontMetrics(font, &pdf).lineSpacing();
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(0, int((i + 1) * lineHeight), lines.at(i));
    painter.end();
    return bytes;
}

} // namespace o2o
