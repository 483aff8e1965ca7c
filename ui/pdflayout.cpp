#include "ui/pdflayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace o2o {

namespace {
const QColor kInk(0x20, 0x20, 0x20);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kStripe(0xf0, 0xf0, 0xf0);

void cells(QPainter& p, const QRectF& r, const QList<PdfLayout::Column>& columns, const QStringList& texts) {
    qreal x = r.left();
    const qreal pad = r.width() * 0.006;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const qreal w = columns.at(c).share * r.width();
        const QRectF cell(x + pad, r.top(), w - 2 * pad, r.height());
        const QString text =
            QFontMetricsF(p.font(), p.device()).elidedText(texts.value(c), Qt::ElideRight, cell.width());
        p.drawText(cell, columns.at(c).align | Qt::AlignVCenter, text);
        x += w;
    }
}
} // namespace

QFont printFont(qreal points, bool bold) {
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters when the printed text is searched or copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PdfLayout::heading(const QString& text) {
    m_blocks.push_back(Block{m_line * 2.4,
                             [text](QPainter& p, const QRectF& r) {
                                 p.setFont(printFont(12, true));
                                 p.setPen(kInk);
                                 p.drawText(r.adjusted(0, 0, 0, -r.height() * 0.12),
                                            Qt::AlignLeft | Qt::AlignBottom, text);
                             },
                             nullptr, m_line * 4});
}

void PdfLayout::note(const QString& text, const QColor& colour) {
    m_blocks.push_back(
        Block{m_line * 1.3, [text, colour](QPainter& p, const QRectF& r) {
                  p.setFont(printFont(9));
                  p.setPen(colour);
                  p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(p.font(), p.device()).elidedText(text, Qt::ElideRight, r.width()));
              }});
}

void PdfLayout::table(const QList<Column>& columns, const QList<QStringList>& rows) {
    m_blocks.push_back(Block{m_line * 1.5, [columns](QPainter& p, const QRectF& r) {
                                 p.setFont(printFont(9, true));
                                 p.setPen(kInk);
                                 QStringList titles;
                                 for (const Column& c : columns)
                                     titles.append(c.title);
                                 cells(p, r, columns, titles);
                                 p.setPen(QPen(kRule, r.height() * 0.04));
                                 p.drawLine(r.bottomLeft(), r.bottomRight());
                             }});
    const Block* header = &m_blocks.back();
    m_blocks.back().keepWithNext = rows.isEmpty() ? 0 : m_line * 1.3;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList row = rows.at(i);
        const bool stripe = i % 2 == 1;
        m_blocks.push_back(Block{m_line * 1.3,
                                 [columns, row, stripe](QPainter& p, const QRectF& r) {
                                     if (stripe)
                                         p.fillRect(r, kStripe);
                                     p.setFont(printFont(9));
                                     p.setPen(kInk);
                                     cells(p, r, columns, row);
                                 },
                                 header});
    }
}

void PdfLayout::drawn(qreal height, Painter paint) {
    m_blocks.push_back(Block{height, std::move(paint)});
}

QList<QList<const PdfLayout::Block*>> PdfLayout::paginate(qreal pageHeight) const {
    QList<QList<const Block*>> pages(1);
    qreal y = 0;
    for (const Block& b : m_blocks) {
        const qreal need = std::min(b.height + b.keepWithNext, pageHeight);
        if (y + need > pageHeight && !pages.last().isEmpty()) {
            pages.append(QList<const Block*>());
            y = 0;
            if (b.header) {
                pages.last().append(b.header);
                y += b.header->height;
            }
        }
        pages.last().append(&b);
        y += b.height;
    }
    return pages;
}

void PdfLayout::paint(QPdfWriter& writer, QPainter& painter, const QRectF& page, const QRectF& body,
                      const PageFrame& frame) const {
    const auto pages = paginate(body.height());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        frame(painter, page, int(i + 1), int(pages.size()));
        qreal y = body.top();
        for (const Block* b : pages.at(i)) {
            painter.save();
            b->paint(painter, QRectF(body.left(), y, body.width(), b->height));
            painter.restore();
            y += b->height;
        }
    }
}

} // namespace o2o
