#include "app/qrsheet.h"

#include "scanner/qrimage.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace o2o {

namespace {

constexpr int kColumns = 3;
constexpr int kRows = 4;
constexpr int kPerPage = kColumns * kRows;
constexpr int kMaxCodes = 120; // a demo with --count 100000 should not print a ream

void paintPage(QPainter& painter, const QRectF& page, const QList<VoucherRecord>& vouchers, qsizetype first) {
    painter.fillRect(page, Qt::white);
    const qreal margin = page.width() * 0.05;
    const QRectF area = page.adjusted(margin, margin, -margin, -margin);
    const qreal cellW = area.width() / kColumns;
    const qreal cellH = area.height() / kRows;
    QFont font = painter.font();
    font.setPixelSize(int(cellH * 0.045));
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < kPerPage && first + i < vouchers.size(); ++i) {
        const VoucherRecord& r = vouchers.at(first + i);
        const QRectF cell(area.left() + (i % kColumns) * cellW, area.top() + (i / kColumns) * cellH, cellW,
                          cellH);
        const qreal side = std::min(cellW, cellH) * 0.68;
        const QImage qr = renderQrCode(r.code, int(side));
        const QRectF qrRect(cell.center().x() - side / 2, cell.top() + cellH * 0.04, side, side);
        painter.drawImage(qrRect, qr);
        const QRectF text(cell.left(), qrRect.bottom(), cellW, cell.bottom() - qrRect.bottom());
        painter.drawText(
            text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            QStringLiteral("%1\n%2 (%3)").arg(r.code, r.voucher.description, kindName(r.voucher.kind)));
    }
}

} // namespace

Result<QrSheets> renderQrSheets(const QList<VoucherRecord>& all) {
    const QList<VoucherRecord> vouchers = all.mid(0, kMaxCodes);
    QrSheets sheets;
    {
        QBuffer pdfBuffer(&sheets.pdf);
        pdfBuffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&pdfBuffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(QStringLiteral("O2O demo vouchers"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(ErrorCode::Internal, QStringLiteral("cannot draw the QR sheet PDF"));
        for (qsizetype first = 0; first < vouchers.size(); first += kPerPage) {
            if (first > 0)
                pdf.newPage();
            paintPage(painter, QRectF(0, 0, pdf.width(), pdf.height()), vouchers, first);
        }
        painter.end();
    }
    QImage png(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
    QPainter painter(&png);
    paintPage(painter, QRectF(png.rect()), vouchers, 0);
    painter.end();
    QBuffer pngBuffer(&sheets.png);
    pngBuffer.open(QIODevice::WriteOnly);
    if (!png.save(&pngBuffer, "PNG"))
        return fail(ErrorCode::Internal, QStringLiteral("cannot draw the QR sheet PNG"));
    return sheets;
}

} // namespace o2o
