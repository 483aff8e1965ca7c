#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <deque>
#include <functional>
#include <memory>

class QPainter;
class QPdfWriter;

namespace o2o {

/** A font for printed pages: Latin first, Chinese falling to the CJK font Debian installs. */
QFont printFont(qreal points, bool bold = false);

/**
 * A simple top-to-bottom page layout for printed reports: headings, notes, tables whose header row comes
 * again above rows continued on a new page, and drawn blocks (charts). Pages are counted before anything
 * is drawn, so each page can say "Page i of n".
 */
class PdfLayout {
public:
    struct Column {
        QString title;
        qreal share; // of the text width
        Qt::Alignment align = Qt::AlignLeft;
    };
    using Painter = std::function<void(QPainter&, const QRectF&)>;
    /** Draws the header and footer of page `page` (1-based) of `pages` into the page's full area. */
    using PageFrame = std::function<void(QPainter&, const QRectF& page, int pageNumber, int pages)>;

    /** line: the height of one line of 9-point text in device units. */
    explicit PdfLayout(qreal line)
        : m_line(line) {}

    void heading(const QString& text);
    void note(const QString& text, const QColor& colour = QColor(0x70, 0x70, 0x70));
    void table(const QList<Column>& columns, const QList<QStringList>& rows);
    void drawn(qreal height, Painter paint);

    /** Paginates into body (the area between header and footer of each page) and paints every page. */
    void paint(QPdfWriter& writer, QPainter& painter, const QRectF& page, const QRectF& body,
               const PageFrame& frame) const;

private:
    struct Block {
        qreal height = 0;
        Painter paint;
        const Block* header = nullptr; // a table's header row, repeated above a row that starts a page
        qreal keepWithNext = 0;        // space the following blocks need on the same page
    };
    QList<QList<const Block*>> paginate(qreal pageHeight) const;

    qreal m_line;
    std::deque<Block> m_blocks; // stable addresses: pages point into it
};

} // namespace o2o
