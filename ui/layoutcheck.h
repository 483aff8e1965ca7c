#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QQuickWindow;

namespace o2o {

/** One text a person could not read whole: cut short, drawn past its box or the window, or under another. */
struct LayoutProblem {
    enum class Kind { Elided, Overflows, OutsideWindow, Overlaps };
    Kind kind;
    QString text;  // the text concerned (trimmed to 40 characters)
    QString other; // for Overlaps: the other text
    QRectF rect;   // where it is drawn, in window coordinates

    QString describe() const;
};

/**
 * Walks every visible text item of the window as it is drawn now and reports each one that is elided,
 * overflows its box, leaves the window, or overlaps another text of the same layer (the page, or the
 * popups above it). Text inside a scrolling view may leave it: a list scrolls, a label must not.
 */
QList<LayoutProblem> checkLayout(QQuickWindow* window);

} // namespace o2o
