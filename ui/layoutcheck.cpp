#include "ui/layoutcheck.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace o2o {

namespace {

struct DrawnText {
    QQuickItem* item;
    QString text;
    QRectF rect;       // the glyphs' box in window coordinates
    QQuickItem* layer; // the popup that holds it, or nullptr for the page
};

bool isShown(const QQuickItem* item) {
    for (const QQuickItem* i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return true;
}

bool isTextItem(const QQuickItem* item) {
    return item->inherits("QQuickText");
}

QQuickItem* popupLayerOf(QQuickItem* item) {
    // Popups are drawn in the window's overlay: the child of the overlay that holds the item is its layer.
    for (QQuickItem* i = item; i && i->parentItem(); i = i->parentItem()) {
        if (i->parentItem()->inherits("QQuickOverlay"))
            return i;
    }
    return nullptr;
}

bool insideScrollingView(const QQuickItem* item) {
    for (const QQuickItem* i = item->parentItem(); i; i = i->parentItem()) {
        if (i->inherits("QQuickFlickable"))
            return true;
    }
    return false;
}

/** The glyphs' box: the text's content size placed by its alignment inside the item. */
QRectF glyphRect(QQuickItem* item) {
    const qreal w = item->property("contentWidth").toReal();
    const qreal h = item->property("contentHeight").toReal();
    const int hAlign = item->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = item->property("verticalAlignment").toInt();
    qreal x = 0;
    if (hAlign & Qt::AlignRight)
        x = item->width() - w;
    else if (hAlign & Qt::AlignHCenter)
        x = (item->width() - w) / 2;
    qreal y = 0;
    if (vAlign & Qt::AlignBottom)
        y = item->height() - h;
    else if (vAlign & Qt::AlignVCenter)
        y = (item->height() - h) / 2;
    return item->mapRectToScene(QRectF(x, y, w, h));
}

/** What of the glyphs is drawn: a clipping ancestor (a scrolled list) hides the rest. */
QRectF visiblePart(QQuickItem* item, QRectF rect) {
    for (QQuickItem* i = item->parentItem(); i; i = i->parentItem()) {
        if (i->clip())
            rect = rect.intersected(i->mapRectToScene(QRectF(0, 0, i->width(), i->height())));
    }
    return rect;
}

void collect(QQuickItem* item, QList<DrawnText>& out) {
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    if (isTextItem(item)) {
        const QString text = item->property("text").toString().trimmed();
        const QRectF drawn = visiblePart(item, glyphRect(item));
        if (!text.isEmpty() && item->width() > 0 && item->height() > 0 && isShown(item) && !drawn.isEmpty())
            out.append({item, text, drawn, popupLayerOf(item)});
    }
    for (QQuickItem* child : item->childItems())
        collect(child, out);
}

QString shortText(const QString& text) {
    QString simple = text.simplified();
    return simple.size() > 40 ? simple.left(39) + QChar(0x2026) : simple;
}

bool isAncestor(const QQuickItem* maybeAncestor, const QQuickItem* item) {
    for (const QQuickItem* i = item->parentItem(); i; i = i->parentItem()) {
        if (i == maybeAncestor)
            return true;
    }
    return false;
}

} // namespace

QString LayoutProblem::describe() const {
    const QString where = QStringLiteral("at %1,%2 %3x%4")
                              .arg(rect.x(), 0, 'f', 0)
                              .arg(rect.y(), 0, 'f', 0)
                              .arg(rect.width(), 0, 'f', 0)
                              .arg(rect.height(), 0, 'f', 0);
    switch (kind) {
    case Kind::Elided:
        return QStringLiteral("\"%1\" is elided %2").arg(text, where);
    case Kind::Overflows:
        return QStringLiteral("\"%1\" is wider or taller than its box %2").arg(text, where);
    case Kind::OutsideWindow:
        return QStringLiteral("\"%1\" runs out of the window %2").arg(text, where);
    case Kind::Overlaps:
        return QStringLiteral("\"%1\" overlaps \"%2\" %3").arg(text, other, where);
    }
    return {};
}

QList<LayoutProblem> checkLayout(QQuickWindow* window) {
    QList<DrawnText> texts;
    collect(window->contentItem(), texts);
    // The overlay (popups) is a sibling of the content item in Qt 6.4: walk it too.
    if (QQuickItem* root = window->contentItem()->parentItem()) {
        for (QQuickItem* child : root->childItems()) {
            if (child != window->contentItem())
                collect(child, texts);
        }
    }
    const QRectF windowRect(0, 0, window->width(), window->height());
    QList<LayoutProblem> problems;
    for (const DrawnText& t : texts) {
        const QRectF box = t.item->mapRectToScene(QRectF(0, 0, t.item->width(), t.item->height()));
        const bool scrolls = insideScrollingView(t.item);
        if (t.item->property("truncated").toBool())
            problems.append({LayoutProblem::Kind::Elided, shortText(t.text), {}, box});
        else if (t.rect.width() > box.width() + 1 || t.rect.height() > box.height() + 1)
            problems.append({LayoutProblem::Kind::Overflows, shortText(t.text), {}, t.rect});
        if (!scrolls && !windowRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(t.rect))
            problems.append({LayoutProblem::Kind::OutsideWindow, shortText(t.text), {}, t.rect});
    }
    for (int i = 0; i < texts.size(); ++i) {
        for (int j = i + 1; j < texts.size(); ++j) {
            const DrawnText& a = texts.at(i);
            const DrawnText& b = texts.at(j);
            if (a.layer != b.layer || isAncestor(a.item, b.item) || isAncestor(b.item, a.item))
                continue;
            const QRectF both = a.rect.intersected(b.rect);
            // A pixel or two of shared line spacing is not an overlap a reader sees.
            if (both.width() > 2 && both.height() > 2)
                problems.append({LayoutProblem::Kind::Overlaps, shortText(a.text), shortText(b.text), both});
        }
    }
    return problems;
}

} // namespace o2o
