#pragma once

#include <QImage>
#include <QQuickPaintedItem>

namespace o2o {

/**
 * A QR code drawn from its text (black on white, square, as large as the item allows): the sale
 * screen's claim code. The image is made from the same text the receipt prints, once per text and size.
 */
class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    /** Whether the text makes a QR code (false for an empty text). */
    bool valid() const { return !m_text.isEmpty() && !image(64).isNull(); }
    void paint(QPainter* painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QImage image(int side) const;

    QString m_text;
    mutable QImage m_image; // the last one made, for m_text at m_imageSide
    mutable int m_imageSide = 0;
};

} // namespace o2o
